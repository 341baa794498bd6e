import Foundation
import PrevailModel

/// Renders an evaluation as plain text: two score tables, then one line per miss, false alarm
/// and violated equivalence. Deterministic (gold order, report order), so runs diff well.
public enum EvaluationReport {
  public static func text(_ evaluation: Evaluation, goldPath: String) -> String {
    let gold = evaluation.gold
    let governing = gold.governing ?? "zh"
    let translation = governing == "en" ? "zh" : "en"
    let scored = evaluation.findings.filter { $0.finding.severity > .neutral }
    var lines: [String] = []
    lines.append(
      "gold: \(goldPath): \(gold.discrepancies.count) discrepancies "
        + "(\(gold.discrepancies.filter { $0.severity >= .major }.count) major or critical), "
        + "\(gold.equivalences.count) equivalences; governing \(governing)")
    lines.append(
      "findings: \(scored.count) scored (\(scored.filter { $0.finding.severity >= .major }.count) "
        + "major or critical), \(evaluation.neutral) neutral not scored, "
        + "\(evaluation.duplicates) duplicates; line tolerance ±\(evaluation.matcher.lineTolerance)"
    )
    for view in [evaluation.majorAndCritical, evaluation.allSeverities] {
      lines.append("")
      lines.append(view.threshold == .major ? "major and critical" : "all severities")
      lines.append(contentsOf: table(view))
    }
    let sides = (governing, translation)
    for view in [evaluation.majorAndCritical, evaluation.allSeverities] {
      let name = view.threshold == .major ? "major and critical" : "all severities"
      lines.append("")
      lines.append("misses (\(name)): \(view.misses.count)")
      for item in view.misses {
        let below = view.foundBelowThreshold.contains(item.id) ? " [found below threshold]" : ""
        lines.append(
          "  MISS \(item.id) \(item.severity.rawValue) \(item.category.rawValue) "
            + "\(place(item.governing?.line, item.translation?.line, sides))\(below): "
            + oneLine(item.note))
      }
    }
    for view in [evaluation.majorAndCritical, evaluation.allSeverities] {
      let name = view.threshold == .major ? "major and critical" : "all severities"
      lines.append("")
      lines.append("false alarms (\(name)): \(view.falseAlarms.count)")
      for located in view.falseAlarms { lines.append("  FALSE " + describe(located, sides)) }
    }
    lines.append("")
    lines.append("equivalences violated: \(evaluation.violations.count)")
    for violation in evaluation.violations {
      lines.append(
        "  VIOLATED " + describe(violation.finding, sides) + " | equivalence: "
          + oneLine(violation.equivalence.note))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The table for one view: a row per category with gold or findings, then the overall row.
  static func table(_ view: EvaluationView) -> [String] {
    var rows = [
      pad("category", 30) + pad("gold", 6) + pad("found", 7) + pad("recall", 8)
        + pad("findings", 10) + pad("correct", 9) + pad("precision", 11) + "F1"
    ]
    for category in IssueCategory.allCases {
      guard let score = view.categories[category] else { continue }
      rows.append(row(category.rawValue, score))
    }
    rows.append(row("overall", view.overall))
    return rows
  }

  private static func row(_ name: String, _ score: EvaluationScore) -> String {
    pad(name, 30) + pad("\(score.gold)", 6) + pad("\(score.found)", 7)
      + pad(fixed(score.recall), 8) + pad("\(score.findings)", 10) + pad("\(score.correct)", 9)
      + pad(fixed(score.precision), 11) + fixed(score.f1)
  }

  private static func describe(_ located: LocatedFinding, _ sides: (String, String)) -> String {
    let finding = located.finding
    return "\(finding.severity.rawValue) \(finding.category.rawValue) [\(finding.check)] "
      + "\(place(finding.governing?.line, finding.translation?.line, sides)): "
      + oneLine(finding.message)
  }

  private static func place(_ governing: Int?, _ translation: Int?, _ sides: (String, String))
    -> String
  {
    "\(sides.0) \(governing.map(String.init) ?? "-") \(sides.1) "
      + (translation.map(String.init) ?? "-")
  }

  static func fixed(_ value: Double?) -> String {
    guard let value else { return "-" }
    return String(format: "%.3f", value)
  }

  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
