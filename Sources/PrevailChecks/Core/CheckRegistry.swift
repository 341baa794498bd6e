import Foundation
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
    UnrenderedPhraseCheck(),
    MergedSentenceCheck(),
    ModalityCheck(),
    CrossReferenceCheck(),
    GlossaryCheck(),
    TermConsistencyCheck(),
    StructureCheck(),
    ParagraphSplitCheck(),
    NonCorrespondingCheck(),
  ]

  /// Runs every check and returns the findings in report order, deduplicated by place.
  ///
  /// Checks are pure and independent, so they run concurrently (one per core); results are
  /// merged in registry order, so the output does not depend on scheduling.
  public static func run(_ context: CheckContext, checks: [any Check] = all) -> [Finding] {
    let results = CheckResults(count: checks.count)
    DispatchQueue.concurrentPerform(iterations: checks.count) { index in
      results.store(checks[index].findings(in: context), at: index)
    }
    // The same finding at the same place once; the same finding at two places twice (so a
    // baseline can count copies).
    var seen = Set<String>()
    var findings: [Finding] = []
    for checkFindings in results.all {
      for finding in checkFindings {
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

/// Per-check result slots filled from concurrent workers.
private final class CheckResults: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[Finding]]

  init(count: Int) {
    slots = Array(repeating: [], count: count)
  }

  func store(_ findings: [Finding], at index: Int) {
    lock.lock()
    slots[index] = findings
    lock.unlock()
  }

  var all: [[Finding]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
