import Foundation
import PrevailModel

/// Baseline, waivers and threshold together: what `prevail check --baseline --waivers` applies
/// to a result before it is reported.
public struct GatePolicy: Sendable {
  public var baseline: Baseline?
  public var waivers: Waivers?
  public var failOn: Severity?
  public var today: WaiverDay

  public init(
    baseline: Baseline? = nil, waivers: Waivers? = nil, failOn: Severity?,
    today: WaiverDay = .today()
  ) {
    self.baseline = baseline
    self.waivers = waivers
    self.failOn = failOn
    self.today = today
  }

  /// Loads the files named (nil: none); errors are `GateFileError`s (one line).
  public static func load(
    baseline: String?, waivers: String?, failOn: Severity?, today: WaiverDay = .today()
  ) throws -> GatePolicy {
    GatePolicy(
      baseline: try baseline.map { try Baseline.load(path: $0) },
      waivers: try waivers.map { try Waivers.load(path: $0) }, failOn: failOn, today: today)
  }

  /// Applies the baseline (hiding what it accounts for), then the waivers (marking what they
  /// cover and reporting stale waivers), then the gate.
  public func apply(to result: CheckResult) -> GatedResult {
    let document = BaselinePath.relative(result.document.path)
    var active = result.findings
    var suppressed: [Finding] = []
    if let baseline {
      let filtered = baseline.filter(result.findings, document: document)
      active = filtered.new
      suppressed = Self.removed(filtered.new, from: result.findings)
    }
    var waived: [WaivedFinding] = []
    var problems: [Finding] = []
    if let waivers {
      let outcome = waivers.apply(
        to: active, accepted: suppressed, document: document, today: today)
      active = outcome.remaining
      waived = outcome.waived
      problems = outcome.problems
    }
    let gated = active + problems
    let reported = CheckResult(
      aligned: result.aligned, findings: gated + waived.map(\.reported), failOn: failOn,
      toolVersion: result.toolVersion)
    return GatedResult(
      result: reported, findings: gated, suppressed: suppressed.count, waived: waived,
      baselineMissesDocument: baseline.map { !$0.documents.contains(document) } ?? false,
      outcome: Gate.evaluate(
        gated, failOn: failOn, suppressed: suppressed.count, waived: waived.count))
  }

  /// `all` minus the findings of `kept`, counted by fingerprint.
  private static func removed(_ kept: [Finding], from all: [Finding]) -> [Finding] {
    var keep: [String: Int] = [:]
    for finding in kept { keep[finding.fingerprint, default: 0] += 1 }
    return all.filter { finding in
      guard let count = keep[finding.fingerprint], count > 0 else { return true }
      keep[finding.fingerprint] = count - 1
      return false
    }
  }
}

/// A check result after the gate policy: what to report, what was hidden, what was waived.
public struct GatedResult: Sendable {
  /// For the report writers: new findings, waiver findings and waived findings (as neutral).
  public var result: CheckResult
  /// The findings the gate judged: new (not in the baseline, not waived) and waiver findings.
  public var findings: [Finding]
  public var suppressed: Int
  public var waived: [WaivedFinding]
  /// A baseline was given but records nothing for this document (paths are relative to the
  /// directory `baseline write` ran in).
  public var baselineMissesDocument: Bool
  public var outcome: GateOutcome

  /// Lines for stderr after the report: suppressed and waived counts, if any.
  public var notes: [String] {
    var lines: [String] = []
    if baselineMissesDocument {
      lines.append(
        "the baseline records no findings for \(BaselinePath.relative(result.document.path))")
    }
    if suppressed > 0 {
      lines.append("\(suppressed) finding\(suppressed == 1 ? "" : "s") suppressed by the baseline")
    }
    if !waived.isEmpty {
      lines.append(
        "\(waived.count) finding\(waived.count == 1 ? "" : "s") waived (shown as neutral)")
    }
    return lines
  }
}
