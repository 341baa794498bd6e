import PrevailModel

/// Console lines for gate and diff output, in the `path:line:col: severity: [check] message`
/// form of the console report.
public enum GateConsole {
  /// One finding of `document`, optionally prefixed (`introduced: `).
  public static func line(_ finding: Finding, in document: BilingualDocument, prefix: String = "")
    -> String
  {
    let role: Role = finding.governing != nil ? .governing : .translation
    let path = document.version(role).side.path
    let position = finding.primary.map { "\($0.line):\($0.column)" } ?? "1:1"
    return "\(prefix)\(path):\(position): \(finding.severity.rawValue): [\(finding.check)] "
      + finding.message
  }

  /// One baseline entry (`added: path: fingerprint ×count severity [check] message`).
  public static func line(_ entry: Baseline.Entry, prefix: String) -> String {
    let document = entry.document.isEmpty ? "-" : entry.document
    return "\(prefix)\(document): \(entry.fingerprint) ×\(entry.count) \(entry.severity.rawValue): "
      + "[\(entry.check)] \(entry.message)"
  }

  /// The closing line of `prevail diff`.
  public static func summary(_ diff: RevisionDiff, outcome: GateOutcome) -> String {
    "\(diff.introduced.count) introduced, \(diff.resolved.count) resolved, "
      + "\(diff.changedGoverning.count) governing sentences changed, "
      + "\(diff.stale.count) possibly stale translations; \(outcome.verdict)"
  }
}
