import PrevailModel

/// Renders findings for the HTML report: the explanation block, and the highlights a finding
/// leaves in the text of both versions.
struct HTMLFinding {
  let document: BilingualDocument

  /// The `id` of a finding's block: the fingerprint, which is stable across runs.
  static func anchor(_ finding: Finding) -> String { "f-\(finding.fingerprint)" }

  /// `data-` attributes the filter script reads.
  static func filterAttributes(_ finding: Finding) -> String {
    "data-severity=\"\(finding.severity.rawValue)\" "
      + "data-category=\"\(HTMLText.attribute(finding.category.rawValue))\""
  }

  /// A `<details>` block: severity, check and category, then message, evidence and places.
  func block(_ finding: Finding) -> String {
    let severity = finding.severity.rawValue
    var html =
      "<details open class=\"finding sev-\(severity)\" id=\"\(Self.anchor(finding))\" "
      + "\(Self.filterAttributes(finding))>"
    html += "<summary><span class=\"sev\">\(severity)</span> "
    html += "<span class=\"check\">\(HTMLText.escape(finding.check))</span> · "
    html += "\(HTMLText.escape(finding.category.rawValue))</summary>"
    html += "<p class=\"message\">\(HTMLText.escape(finding.message))</p>"
    if !finding.evidence.isEmpty {
      html += "<dl class=\"evidence\">"
      for evidence in finding.evidence {
        html += "<dt>\(HTMLText.escape(evidence.kind))</dt><dd>"
        html += Self.value(evidence.value)
        if !evidence.details.isEmpty {
          let details = evidence.details.map {
            "<span lang=\"\(HTMLText.language(of: $0))\">\(HTMLText.escape($0))</span>"
          }
          html += ": " + details.joined(separator: "; ")
        }
        html += "</dd>"
      }
      html += "</dl>"
    }
    html += "<p class=\"meta\">"
    var meta = ["confidence \(HTMLText.decimal(finding.confidence))"]
    for (role, excerpt) in [
      (Role.governing, finding.governing), (.translation, finding.translation),
    ] {
      guard let excerpt else { continue }
      let language = document.version(role).language.name
      meta.append(
        "\(language) \(HTMLText.escape(excerpt.segment)) at line \(excerpt.line), "
          + "column \(excerpt.column)")
    }
    meta.append("id \(finding.fingerprint)")
    html += meta.joined(separator: " · ") + "</p></details>"
    return html
  }

  /// An evidence value; a long one (a whole sentence) folded after its first words, since the
  /// table shows it in full.
  private static func value(_ value: String) -> String {
    let language = HTMLText.language(of: value)
    let scalars = Array(value.unicodeScalars)
    guard scalars.count > 120 else {
      return "<span lang=\"\(language)\">\(HTMLText.escape(value))</span>"
    }
    return "<details class=\"long\"><summary><span lang=\"\(language)\">"
      + "\(HTMLText.escape(string(scalars[..<80])))</span>… (\(scalars.count) characters)</summary>"
      + "<span lang=\"\(language)\">\(HTMLText.escape(value))</span></details>"
  }

  /// Ranges of a text to mark for the findings: every occurrence of each evidence value (the
  /// first evidence first; a later value overlapping an earlier mark is left out). A value that
  /// is the whole text is not marked: the row's colour already says so.
  static func marks(in text: [Unicode.Scalar], findings: [Finding]) -> [(Range<Int>, Finding)] {
    var marks: [(Range<Int>, Finding)] = []
    let ordered = findings.sorted { $0.severity > $1.severity }
    for finding in ordered {
      for evidence in finding.evidence {
        let value = Array(evidence.value.unicodeScalars)
        guard !value.isEmpty, value.count < text.count else { continue }
        for range in occurrences(of: value, in: text)
        where !marks.contains(where: { $0.0.overlaps(range) }) {
          marks.append((range, finding))
        }
      }
    }
    return marks.sorted { $0.0.lowerBound < $1.0.lowerBound }
  }

  /// The text of one segment with marks, escaped.
  static func marked(_ text: String, findings: [Finding]) -> String {
    let scalars = Array(text.unicodeScalars)
    var html = ""
    var position = 0
    for (range, finding) in marks(in: scalars, findings: findings) {
      html += HTMLText.escape(string(scalars[position..<range.lowerBound]))
      html += "<mark class=\"sev-\(finding.severity.rawValue)\" \(filterAttributes(finding))>"
      html += HTMLText.escape(string(scalars[range])) + "</mark>"
      position = range.upperBound
    }
    return html + HTMLText.escape(string(scalars[position...]))
  }

  /// For each finding, the first short evidence value found in `present` but not in `absent`:
  /// what the side holding `absent` lacks (老人 in the English cell of an omitted list item).
  static func missing(present: String, absent: String, findings: [Finding]) -> [(
    String, Finding
  )] {
    let presentScalars = Array(present.unicodeScalars)
    let absentScalars = Array(absent.unicodeScalars)
    var result: [(String, Finding)] = []
    for finding in findings {
      let value = finding.evidence.lazy.map(\.value).first { value in
        let scalars = Array(value.unicodeScalars)
        return !scalars.isEmpty && scalars.count <= 40
          && !occurrences(of: scalars, in: presentScalars).isEmpty
          && occurrences(of: scalars, in: absentScalars).isEmpty
      }
      if let value { result.append((value, finding)) }
    }
    return result
  }

  private static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar])
    -> [Range<Int>]
  {
    guard !needle.isEmpty, needle.count <= text.count else { return [] }
    var result: [Range<Int>] = []
    var start = 0
    while start + needle.count <= text.count {
      if text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle) {
        result.append(start..<(start + needle.count))
        start += needle.count
      } else {
        start += 1
      }
    }
    return result
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
