/// Everything a report writer needs: the aligned document, its findings and the run's settings.
public struct CheckResult: Sendable {
  public var aligned: AlignedDocument
  /// Findings in report order.
  public var findings: [Finding]
  /// The gate threshold: findings at or above it fail the run.
  public var failOn: Severity?
  /// Prevail's version, for report headers.
  public var toolVersion: String
  /// When the reports were generated (ISO 8601, UTC), only when asked for (`--timestamp`):
  /// without it, the same input gives byte-identical reports.
  public var generatedAt: String?

  public init(aligned: AlignedDocument, findings: [Finding], failOn: Severity?, toolVersion: String) {
    self.aligned = aligned
    self.findings = findings.sorted(by: Finding.reportOrder)
    self.failOn = failOn
    self.toolVersion = toolVersion
  }

  public var document: BilingualDocument { aligned.document }

  /// Findings at or above the gate threshold.
  public var gateFailures: [Finding] {
    guard let failOn else { return [] }
    return findings.filter { $0.severity >= failOn }
  }

  /// Count of findings per severity.
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

  /// MQM penalty points per 1,000 governing-text characters.
  public var mqmScore: Double {
    let characters = document.governing.side.scalars.filter { !$0.properties.isWhitespace }.count
    guard characters > 0 else { return 0 }
    let points = findings.reduce(0) { $0 + $1.severity.weight }
    return Double(points) * 1000 / Double(characters)
  }
}
