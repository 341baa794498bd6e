import PrevailModel

/// One line per finding, `path:line:col: severity: [check-id] message`, the format compilers use
/// so editors and CI logs can jump to the place; then a summary line.
public enum ConsoleReportWriter {
  public static func write(_ result: CheckResult) -> String {
    var lines: [String] = []
    for finding in result.findings {
      let role: Role = finding.governing != nil ? .governing : .translation
      let path = result.document.version(role).side.path
      let position = finding.primary.map { "\($0.line):\($0.column)" } ?? "1:1"
      lines.append(
        "\(path):\(position): \(finding.severity.rawValue): [\(finding.check)] \(finding.message)")
      if role == .governing, let translation = finding.translation {
        let translationPath = result.document.translation.side.path
        lines.append(
          "\(translationPath):\(translation.line):\(translation.column): note: "
            + "translation counterpart (\(translation.segment))")
      }
    }
    lines.append(summary(result))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `N findings (critical 0, major 2, minor 1, neutral 5); MQM 1.23 per 1,000 characters; gate …`
  public static func summary(_ result: CheckResult) -> String {
    let counts = Severity.allCases.reversed().map { "\($0.rawValue) \(result.count($0))" }
    let score = (result.mqmScore * 100).rounded() / 100
    let gate: String
    if let failOn = result.failOn {
      gate =
        result.gateFailures.isEmpty
        ? "gate passed (fail-on \(failOn.rawValue))"
        : "gate failed: \(result.gateFailures.count) at or above \(failOn.rawValue)"
    } else {
      gate = "gate off"
    }
    return "\(result.document.name): \(result.findings.count) findings "
      + "(\(counts.joined(separator: ", "))); MQM \(score) per 1,000 governing characters; \(gate)"
  }
}
