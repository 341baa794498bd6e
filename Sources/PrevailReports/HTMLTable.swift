import PrevailModel

/// The HTML report's body: the side-by-side table (one row per sentence bead, in order), the
/// matter present in one version only by design, and findings placed on neither.
struct HTMLTable {
  let result: CheckResult
  let rows: SentenceRows

  private var document: BilingualDocument { result.document }
  private var finding: HTMLFinding { HTMLFinding(document: document) }

  func table() -> String {
    let governing = document.governing.language
    let translation = document.translation.language
    var html = "<h2 id=\"alignment-title\">The two versions, sentence by sentence</h2>"
    html += "<table class=\"alignment\" aria-labelledby=\"alignment-title\">"
    html += "<colgroup><col class=\"num\"><col class=\"governing\"><col class=\"translation\">"
    html += "<col class=\"findings\"></colgroup>\n"
    html += "<thead><tr><th scope=\"col\">Row</th>"
    html += "<th scope=\"col\">\(governing.name) (governing)</th>"
    html += "<th scope=\"col\">\(translation.name) (translation)</th>"
    html += "<th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n"
    // A translation section aligned with a governing one is the same group.
    var counterpart: [String: String] = [:]
    for bead in result.aligned.beads where bead.level < .sentence {
      for id in bead.translation where counterpart[id] == nil {
        counterpart[id] = bead.governing.first
      }
    }
    var group: String?
    for row in rows.rows {
      let key = row.group.map { entry in
        entry.role == .governing
          ? entry.segment.id : counterpart[entry.segment.id] ?? entry.segment.id
      }
      if let entry = row.group, key != group {
        group = key
        let language = document.version(entry.role).language.rawValue
        html += "<tr class=\"group\"><th colspan=\"4\" scope=\"colgroup\" lang=\"\(language)\">"
        html += "\(HTMLText.escape(Self.title(of: entry.segment)))</th></tr>\n"
      } else if row.group == nil, group != nil {
        group = nil
      }
      html += self.row(row) + "\n"
    }
    if rows.rows.isEmpty {
      html += "<tr><td colspan=\"4\">No aligned sentences.</td></tr>"
    }
    return html + "</tbody></table>"
  }

  private func row(_ row: SentenceRows.Row) -> String {
    let governingText = row.governing.compactMap(\.segment?.text).joined(separator: " ")
    let translationText = row.translation.compactMap(\.segment?.text).joined(separator: " ")
    var classes = ["row"]
    if let worst = row.findings.map(\.severity).max() { classes.append("sev-\(worst.rawValue)") }
    let oneSided = row.governing.isEmpty || row.translation.isEmpty
    if oneSided { classes.append("unmatched") }
    var html = "<tr class=\"\(classes.joined(separator: " "))\" id=\"row-\(row.number)\">"
    html += "<th scope=\"row\">\(row.number)<br>\(row.bead.shape)</th>"
    html += cell(
      row.governing, language: document.governing.language, findings: row.findings,
      missing: HTMLFinding.missing(
        present: translationText, absent: governingText, findings: row.findings))
    html += cell(
      row.translation, language: document.translation.language, findings: row.findings,
      missing: HTMLFinding.missing(
        present: governingText, absent: translationText, findings: row.findings))
    html += "<td class=\"notes\">"
    html += row.findings.map(finding.block).joined()
    return html + "</td></tr>"
  }

  private func cell(
    _ parts: [SentenceRows.Part], language: Language, findings: [Finding],
    missing: [(String, Finding)]
  ) -> String {
    var html = "<td class=\"text\" lang=\"\(language.rawValue)\">"
    if parts.isEmpty {
      html += "<span class=\"gap\" lang=\"en\">no counterpart</span>"
    }
    for part in parts {
      html += "<span class=\"segment\">"
      if let segment = part.segment {
        html += HTMLFinding.marked(segment.text, findings: findings)
      } else {
        html += "<span class=\"gap\" lang=\"en\">segment not found</span>"
      }
      html += "<span class=\"sid\" lang=\"en\">\(HTMLText.escape(part.id))</span></span>"
    }
    for (value, finding) in missing where !parts.isEmpty {
      html += "<span class=\"absent\" lang=\"en\" \(HTMLFinding.filterAttributes(finding))>"
      html += "<span class=\"label\">missing</span><span lang=\"\(HTMLText.language(of: value))\">"
      html += "\(HTMLText.escape(value))</span></span>"
    }
    return html + "</td>"
  }

  /// Matter in one version only by design (author lists, the governing note, appendices),
  /// with any findings on it.
  func unaligned() -> String {
    guard !rows.nonCorresponding.isEmpty else { return "" }
    var html = "<section class=\"unaligned\" id=\"non-corresponding\" "
    html += "aria-labelledby=\"non-corresponding-title\">"
    html += "<h2 id=\"non-corresponding-title\">In one version only, by design</h2>"
    html += "<p>Author lists, the governing note and appendices with no counterpart. They are "
    html += "listed here and not aligned.</p><ul>"
    for entry in rows.nonCorresponding {
      let version = document.version(entry.role)
      html += "<li><span class=\"role\">\(version.language.name) only · "
      html += "\(HTMLText.escape(entry.segment.kind.rawValue)) · "
      html += "\(HTMLText.escape(entry.segment.id))</span><br>"
      html += "<span lang=\"\(version.language.rawValue)\">"
      html += HTMLFinding.marked(entry.segment.text, findings: entry.findings) + "</span>"
      html += entry.findings.map(finding.block).joined()
      html += "</li>"
    }
    return html + "</ul></section>"
  }

  /// Findings on neither a sentence row nor non-corresponding matter (whole-document findings).
  func unplaced() -> String {
    guard !rows.unplaced.isEmpty else { return "" }
    var html = "<section class=\"unplaced\" id=\"other-findings\" "
    html += "aria-labelledby=\"other-findings-title\">"
    html += "<h2 id=\"other-findings-title\">Findings outside the aligned sentences</h2>"
    for entry in rows.unplaced {
      html += finding.block(entry)
      for (role, excerpt) in [(Role.governing, entry.governing), (.translation, entry.translation)]
      {
        guard let excerpt else { continue }
        let language = document.version(role).language.rawValue
        html += "<blockquote lang=\"\(language)\">"
        html += HTMLFinding.marked(excerpt.text, findings: [entry]) + "</blockquote>"
      }
    }
    return html + "</section>"
  }

  /// A group row's title: the heading of the section, else its kind and label.
  static func title(of segment: Segment) -> String {
    if let heading = segment.children.first(where: { $0.kind == .heading }) {
      return heading.text
    }
    let label = segment.label.map { " \($0)" } ?? ""
    return segment.kind.rawValue.capitalized + label
  }
}
