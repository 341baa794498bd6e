import PrevailModel

/// The HTML report's header: the document, which version governs and why, counts by severity
/// and category, the MQM score, the gate, and the filter form.
struct HTMLSummary {
  let result: CheckResult

  private var document: BilingualDocument { result.document }

  func header() -> String {
    var html = "<header><h1>Prevail report: \(HTMLText.escape(document.name))</h1>"
    html += "<p class=\"source\">\(HTMLText.escape(document.path)) · Prevail "
    html += "\(HTMLText.escape(result.toolVersion))"
    if let generatedAt = result.generatedAt {
      html += " · <time datetime=\"\(HTMLText.escape(generatedAt))\">"
        + "\(HTMLText.escape(generatedAt))</time>"
    }
    html += "</p>"
    html += "<p class=\"governs\">\(governs())</p></header>"
    return html
  }

  /// "The Chinese version governs: the document says “…”."
  private func governs() -> String {
    let governing = document.governing.language
    var html = "<strong>The \(governing.name) version governs</strong>; the "
    html += "\(document.translation.language.name) is audited against it. "
    switch document.governingSource {
    case "clause":
      html += "The document says so"
      if let statement = document.governingStatement {
        html += ": <q lang=\"\(HTMLText.language(of: statement))\">"
        html += "\(HTMLText.escape(statement))</q>"
      }
      if !(document.governingStatement?.last.map { ".。!！".contains($0) } ?? false) {
        html += "."
      }
    case "option": html += "Chosen with <code>--governing</code>."
    case "default": html += "By default: the document states no governing version."
    default: html += "Source: \(HTMLText.escape(document.governingSource))."
    }
    return html
  }

  func summary() -> String {
    var html = "<section class=\"summary\" aria-labelledby=\"summary-title\">"
    html += "<h2 id=\"summary-title\" hidden>Summary</h2>"
    html += countTable(
      caption: "Findings by severity",
      rows: Severity.allCases.reversed().map { ($0.rawValue, result.count($0)) },
      total: result.findings.count)
    let categories = IssueCategory.allCases.map { category in
      (category.rawValue, result.findings.filter { $0.category == category }.count)
    }
    html += countTable(
      caption: "Findings by category", rows: categories.filter { $0.1 > 0 },
      total: result.findings.count)
    html += "<div class=\"score\">"
    html += "<p><strong>MQM score \(HTMLText.decimal(result.mqmScore))</strong> penalty points "
    html += "per 1,000 governing characters (critical 25, major 5, minor 1, neutral 0).</p>"
    html += "<p>\(gate())</p>"
    let beads = result.aligned.beads(at: .sentence)
    let unmatched = beads.filter { $0.governing.isEmpty || $0.translation.isEmpty }.count
    html += "<p>\(beads.count) aligned sentence rows, \(unmatched) with no counterpart; "
    let unaligned = result.aligned.nonCorresponding.count
    html += "\(unaligned) segment\(unaligned == 1 ? "" : "s") in one version only by design."
    html += "</p></div></section>"
    return html
  }

  private func gate() -> String {
    guard let failOn = result.failOn else { return "Gate off (<code>--fail-on none</code>)." }
    let failures = result.gateFailures.count
    if failures == 0 {
      return "<span class=\"gate-passed\">Gate passed</span>: no finding at or above "
        + "\(failOn.rawValue)."
    }
    return "<span class=\"gate-failed\">Gate failed</span>: \(failures) "
      + "finding\(failures == 1 ? "" : "s") at or above \(failOn.rawValue)."
  }

  private func countTable(caption: String, rows: [(String, Int)], total: Int) -> String {
    var html = "<table><caption>\(caption)</caption><tbody>"
    for (name, count) in rows {
      html += "<tr><th scope=\"row\">\(HTMLText.escape(name))</th>"
      html += "<td class=\"n\">\(count)</td></tr>"
    }
    html += "<tr><th scope=\"row\">total</th><td class=\"n\">\(total)</td></tr>"
    return html + "</tbody></table>"
  }

  /// Check boxes for every severity and every category with findings; hidden until the script
  /// runs, since without it they would do nothing.
  func filters() -> String {
    var html = "<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter findings\">"
    html += "<fieldset><legend>Severity</legend>"
    for severity in Severity.allCases.reversed() {
      html += checkbox(name: "severity", value: severity.rawValue)
    }
    html += "</fieldset><fieldset><legend>Category</legend>"
    let categories = IssueCategory.allCases.filter { category in
      result.findings.contains { $0.category == category }
    }
    for category in categories { html += checkbox(name: "category", value: category.rawValue) }
    html += "</fieldset><fieldset><legend>Rows</legend><label>"
    html += "<input type=\"checkbox\" id=\"only-findings\"> only rows with findings</label>"
    html += "</fieldset></form>"
    return html
  }

  private func checkbox(name: String, value: String) -> String {
    let value = HTMLText.attribute(value)
    return "<label><input type=\"checkbox\" name=\"\(name)\" value=\"\(value)\" checked> "
      + "\(value)</label>"
  }
}
