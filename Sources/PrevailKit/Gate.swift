import PrevailModel

/// The CI gate: findings at or above a severity fail the run (exit 1); none pass (exit 0).
public enum Gate {
  /// Evaluates findings already filtered by baseline and waivers.
  public static func evaluate(
    _ findings: [Finding], failOn: Severity?, suppressed: Int = 0, waived: Int = 0
  ) -> GateOutcome {
    var counts: [Severity: Int] = [:]
    for severity in Severity.allCases { counts[severity] = 0 }
    for finding in findings { counts[finding.severity, default: 0] += 1 }
    let failures = failOn.map { threshold in findings.filter { $0.severity >= threshold } } ?? []
    return GateOutcome(
      failOn: failOn, counts: counts, failures: failures, suppressed: suppressed, waived: waived)
  }
}

/// The gate's verdict and what it counted.
public struct GateOutcome: Equatable, Sendable {
  public var failOn: Severity?
  /// Findings per severity (after baseline and waivers).
  public var counts: [Severity: Int]
  /// The findings at or above `failOn`.
  public var failures: [Finding]
  /// Findings the baseline accounted for.
  public var suppressed: Int
  /// Findings a waiver covers (reported as waived).
  public var waived: Int

  public var passed: Bool { failures.isEmpty }

  /// 0 pass, 1 gate failed.
  public var exitCode: Int32 { passed ? 0 : 1 }

  /// `gate passed (fail-on major)`, `gate failed: 2 at or above major`, `gate off`.
  public var verdict: String {
    guard let failOn else { return "gate off" }
    return passed
      ? "gate passed (fail-on \(failOn.rawValue))"
      : "gate failed: \(failures.count) at or above \(failOn.rawValue)"
  }
}
