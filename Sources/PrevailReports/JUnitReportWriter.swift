import Foundation
import PrevailModel
import PrevailXML

/// Writes a check result as JUnit XML for CI dashboards: one `<testsuite>` per check, one
/// `<testcase>` per aligned sentence bead in it, a `<failure>` for each finding at or above the
/// gate threshold and `<system-out>` lines for the others. Findings on no sentence (author lists,
/// whole-document findings) go to one extra test case per suite, named after the document.
///
/// Built as an element tree and written by libxml2; no timestamps or durations.
public enum JUnitReportWriter {
  /// The report as UTF-8 XML. `checks` lists the check ids that ran, so that a check without
  /// findings still shows as a passing suite; checks with findings are added if missing.
  public static func write(_ result: CheckResult, checks: [String] = []) throws -> Data {
    try XMLSerializer.data(document(result, checks: checks))
  }

  /// The report as an element tree (the `<testsuites>` root).
  public static func document(_ result: CheckResult, checks: [String] = []) -> XElement {
    var result = result
    result.findings.sort(by: Finding.reportOrder)
    let rows = SentenceRows(result)
    var order = checks
    var seen = Set(checks)
    for finding in result.findings where seen.insert(finding.check).inserted {
      order.append(finding.check)
    }
    var seenSuites: Set<String> = []
    order = order.filter { seenSuites.insert($0).inserted }

    let suites = order.map { suite(check: $0, result: result, rows: rows) }
    let tests = suites.reduce(0) { $0 + (Int($1.attribute("tests") ?? "") ?? 0) }
    let failures = suites.reduce(0) { $0 + (Int($1.attribute("failures") ?? "") ?? 0) }
    return XElement(
      "testsuites",
      attributes: [
        XAttribute("name", "prevail: \(result.document.name)"),
        XAttribute("tests", String(tests)), XAttribute("failures", String(failures)),
        XAttribute("errors", "0"),
      ], children: suites.map(XNode.element))
  }

  private static func suite(check: String, result: CheckResult, rows: SentenceRows) -> XElement {
    let name = result.document.name
    var cases: [XElement] = rows.rows.map { row in
      let ids = row.governing.isEmpty ? row.translation.map(\.id) : row.governing.map(\.id)
      return testCase(
        name: ids.joined(separator: " "), classname: name,
        findings: row.findings.filter { $0.check == check }, result: result)
    }
    let elsewhere =
      (rows.nonCorresponding.flatMap(\.findings) + rows.unplaced)
      .filter { $0.check == check }
      .sorted(by: Finding.reportOrder)
    if !elsewhere.isEmpty {
      cases.append(
        testCase(
          name: "\(name) (outside aligned sentences)", classname: name, findings: elsewhere,
          result: result))
    }
    let failures = cases.reduce(0) { $0 + $1.elements(named: "failure").count }
    return XElement(
      "testsuite",
      attributes: [
        XAttribute("name", "prevail: \(name): \(check)"),
        XAttribute("tests", String(cases.count)), XAttribute("failures", String(failures)),
        XAttribute("errors", "0"), XAttribute("skipped", "0"),
      ] + (result.generatedAt.map { [XAttribute("timestamp", $0)] } ?? []),
      children: cases.map(XNode.element))
  }

  private static func testCase(
    name: String, classname: String, findings: [Finding], result: CheckResult
  ) -> XElement {
    var element = XElement(
      "testcase", attributes: [XAttribute("name", name), XAttribute("classname", classname)])
    var notes: [String] = []
    for finding in findings {
      if let failOn = result.failOn, finding.severity >= failOn {
        element.append(
          XElement(
            "failure",
            attributes: [
              XAttribute("message", finding.message),
              XAttribute("type", finding.category.rawValue),
            ], text: describe(finding, result: result)))
      } else {
        notes.append(describe(finding, result: result))
      }
    }
    if !notes.isEmpty {
      element.append(XElement("system-out", text: notes.joined(separator: "\n\n")))
    }
    return element
  }

  /// `major [list-items/list-item-omitted] message`, then places and evidence, one per line.
  private static func describe(_ finding: Finding, result: CheckResult) -> String {
    var lines = [
      "\(finding.severity.rawValue) [\(finding.check)/\(finding.messageID)] \(finding.message)"
    ]
    for (role, excerpt) in [
      (Role.governing, finding.governing), (.translation, finding.translation),
    ] {
      guard let excerpt else { continue }
      let path = result.document.version(role).side.path
      lines.append("\(path):\(excerpt.line):\(excerpt.column): \(excerpt.segment): \(excerpt.text)")
    }
    for evidence in finding.evidence {
      let details = evidence.details.isEmpty ? "" : " (\(evidence.details.joined(separator: "; ")))"
      lines.append("\(evidence.kind): \(evidence.value)\(details)")
    }
    lines.append("fingerprint \(finding.fingerprint)")
    return lines.joined(separator: "\n")
  }
}
