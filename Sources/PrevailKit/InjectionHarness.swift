import Foundation
import PrevailIngest
import PrevailModel

/// A faithful document pair whose lines correspond one to one (line i of each is a unit).
public struct InjectionPair: Sendable {
  public var name: String
  public var governingLines: [String]
  public var translationLines: [String]
  /// The source-file line number of the first line, for reports (13 for UDHR from Article 1).
  public var firstLine: Int

  public init(
    name: String, governingLines: [String], translationLines: [String], firstLine: Int = 1
  ) {
    self.name = name
    self.governingLines = governingLines
    self.translationLines = translationLines
    self.firstLine = firstLine
  }
}

/// What the checks said about one injected change.
public struct InjectionOutcome: Hashable, Sendable {
  public var site: InjectionSite
  /// New findings (not in the unchanged pair's) on the changed line, on either side.
  public var findingsAtLine: [Finding]
  /// Some new finding at the line, of a category that fits the change, at minor or above.
  public var found: Bool { findingsAtLine.contains { $0.severity >= .minor && fits($0) } }
  /// The same at major or above.
  public var foundMajor: Bool { findingsAtLine.contains { $0.severity >= .major && fits($0) } }

  private func fits(_ finding: Finding) -> Bool {
    site.kind.acceptedCategories.contains(finding.category)
  }
}

/// The unchanged pair's findings: what a faithful translation costs in false alarms.
public struct InjectionBaseline: Hashable, Sendable {
  public var lines: Int
  /// Sentence beads of the alignment (the aligned units).
  public var units: Int
  public var findings: [Finding]

  public var majorFindings: Int { findings.filter { $0.severity >= .major }.count }
  /// Findings at major or above per 100 aligned units.
  public var majorPer100Units: Double {
    units == 0 ? 0 : Double(majorFindings) * 100 / Double(units)
  }
}

/// The harness's result for one pair.
public struct InjectionRun: Hashable, Sendable {
  public var pair: String
  public var baseline: InjectionBaseline
  public var outcomes: [InjectionOutcome]
  /// Eligible sites per kind, before selection.
  public var eligible: [InjectionKind: Int]
}

/// Injects one change at a time into the translation of a faithful pair, checks each changed
/// pair, and records whether a finding appeared at the changed line.
public struct InjectionHarness: Sendable {
  public var pipeline: Pipeline
  public var injector: Injector
  /// At most this many changes of each kind per pair.
  public var perKind: Int
  /// Offsets the every-k-th selection, so another seed measures other sites.
  public var seed: Int

  public init(pipeline: Pipeline, injector: Injector = Injector(), perKind: Int = 20, seed: Int = 0)
  {
    self.pipeline = pipeline
    self.injector = injector
    self.perKind = max(1, perKind)
    self.seed = max(0, seed)
  }

  /// Every eligible site of a kind, in line and text order.
  public func eligibleSites(_ kind: InjectionKind, in pair: InjectionPair) -> [InjectionSite] {
    pair.translationLines.enumerated().flatMap { index, line in
      injector.sites(kind, in: line, line: index)
    }
  }

  /// Deterministic selection: all sites when there are few, else every k-th from `seed % k`.
  public func select(_ sites: [InjectionSite]) -> [InjectionSite] {
    guard sites.count > perKind else { return sites }
    let stride = (sites.count + perKind - 1) / perKind
    return Array(
      Swift.stride(from: seed % stride, to: sites.count, by: stride).map { sites[$0] }
        .prefix(perKind))
  }

  /// Reads and checks the pair with some translation lines replaced.
  public func check(_ pair: InjectionPair, translation: [String]) throws -> CheckResult {
    let reader = DocumentReader(oracle: pipeline.wordOracle, governing: .zh)
    let document = try reader.readPair(
      original: RawText(path: "\(pair.name)/zh.txt", text: Self.text(pair.governingLines)),
      translation: RawText(path: "\(pair.name)/en.txt", text: Self.text(translation)),
      name: pair.name, onePerLine: true)
    return pipeline.check(document)
  }

  /// Runs the unchanged pair, then each selected change of each kind.
  public func run(_ pair: InjectionPair, kinds: [InjectionKind] = InjectionKind.allCases)
    throws -> InjectionRun
  {
    let unchanged = try check(pair, translation: pair.translationLines)
    let baseline = InjectionBaseline(
      lines: pair.translationLines.count, units: unchanged.aligned.beads(at: .sentence).count,
      findings: unchanged.findings)
    let known = Set(unchanged.findings.map(Self.key))
    var outcomes: [InjectionOutcome] = []
    var eligible: [InjectionKind: Int] = [:]
    for kind in kinds {
      let sites = eligibleSites(kind, in: pair)
      eligible[kind] = sites.count
      for site in select(sites) {
        var translation = pair.translationLines
        translation[site.line] = site.apply(to: translation[site.line])
        let result = try check(pair, translation: translation)
        let line = site.line + 1
        let atLine = result.findings.filter { finding in
          (finding.governing?.line == line || finding.translation?.line == line)
            && !known.contains(Self.key(finding))
        }
        outcomes.append(InjectionOutcome(site: site, findingsAtLine: atLine))
      }
    }
    return InjectionRun(pair: pair.name, baseline: baseline, outcomes: outcomes, eligible: eligible)
  }

  /// Identity of a finding across runs whose texts differ: check, message, category, lines and
  /// evidence values.
  static func key(_ finding: Finding) -> String {
    [
      finding.check, finding.messageID, finding.category.rawValue,
      "\(finding.governing?.line ?? 0)", "\(finding.translation?.line ?? 0)",
    ].joined(separator: "|") + "|" + finding.evidence.map(\.value).joined(separator: "\u{1F}")
  }

  static func text(_ lines: [String]) -> String {
    lines.joined(separator: "\n") + "\n"
  }

  /// Lines `range` (1-based, inclusive) of a UTF-8 file, without the final line break.
  public static func lines(path: String, range: ClosedRange<Int>? = nil) throws -> [String] {
    var lines = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    guard let range else { return lines }
    let lower = max(1, range.lowerBound)
    let upper = min(lines.count, range.upperBound)
    return lower <= upper ? Array(lines[(lower - 1)..<upper]) : []
  }
}
