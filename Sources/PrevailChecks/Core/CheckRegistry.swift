import PrevailModel

/// Every check Prevail runs, in report order. A test fails when a check file is not listed here
/// or two checks share an id.
public enum CheckRegistry {
  public static let all: [any Check] = [
    UnmatchedTextCheck(),
    ListItemCheck(),
    NumberCheck(),
    AcronymCheck(),
    ContentTermCheck(),
    ModalityCheck(),
    CrossReferenceCheck(),
    GlossaryCheck(),
    TermConsistencyCheck(),
    StructureCheck(),
    NonCorrespondingCheck(),
  ]

  /// Runs every check and returns the findings in report order, deduplicated by fingerprint.
  public static func run(_ context: CheckContext, checks: [any Check] = all) -> [Finding] {
    // The same finding at the same place once; the same finding at two places twice (so a
    // baseline can count copies).
    var seen = Set<String>()
    var findings: [Finding] = []
    for check in checks {
      for finding in check.findings(in: context) {
        let place = [finding.governing, finding.translation].map { excerpt in
          excerpt.map { "\($0.segment)@\($0.line):\($0.column)" } ?? "-"
        }
        guard seen.insert(([finding.fingerprint] + place).joined(separator: "|")).inserted else {
          continue
        }
        findings.append(finding)
      }
    }
    return findings.sorted(by: Finding.reportOrder)
  }
}
