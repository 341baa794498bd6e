import ArgumentParser
import Foundation
import PrevailKit
import PrevailLexicon
import PrevailModel

/// Injected-discrepancy benchmark: one change at a time in faithful UN translations.
struct InjectBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inject",
    abstract: "Inject one discrepancy at a time into UDHR and SDG; measure what the checks find.",
    discussion: """
      Takes the faithful line-paired UN texts (UDHR lines 13-92, from Article 1; SDG all lines), \
      applies one change at a time to the English (drop a list item, change a number, drop a \
      sentence, insert a sentence, flip may/shall, drop a negation, change a cross-reference), \
      and counts a change as found when a new finding of a fitting category appears on the \
      changed line. Also reports the unchanged pairs' major findings per 100 aligned units.

      flip-modality swaps shall/should/must with may (and may with shall) only where the swap \
      changes the meaning. A modal in the scope of a negation is not eligible: a negator earlier \
      in its clause (no one, no, nothing, none, not, never, nor, neither: since the last . ; or \
      :), or "not", "never", "in no case", "under no circumstances" right after it. "No one \
      shall be held" and "No one may be held", "may not" and "shall not", "nor shall" and "nor \
      may", "may in no case" and "shall in no case" all forbid in English drafting; reporting \
      such a swap would be a false alarm on real statutes.

      drop-sentence removes one sentence (at ". " before a capital) from a line holding two or \
      more; a leading label ("2.") stays.
      """
  )

  @Option(help: "The shared folder holding corpus/udhr and corpus/sdg.")
  var shared = "../shared"

  @Option(help: "At most this many changes of each kind per document.")
  var perKind = 20

  @Option(help: "Offsets the every-k-th site selection.")
  var seed = 0

  @Option(name: .customLong("kind"), help: "Only these kinds (repeat), e.g. --kind change-number.")
  var kinds: [String] = []

  @Flag(help: "One line per injected change.")
  var verbose = false

  @Flag(help: "List the unchanged pairs' findings at major or above.")
  var showBaseline = false

  func run() throws {
    let corpus = URL(fileURLWithPath: shared).appendingPathComponent("corpus")
    guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("udhr").path)
    else {
      print("No corpus at \(corpus.path); nothing to benchmark.")
      return
    }
    var selected: [InjectionKind] = []
    for name in kinds {
      guard let kind = InjectionKind(rawValue: name) else {
        throw ValidationError(
          "unknown kind \(name); one of "
            + InjectionKind.allCases.map(\.rawValue).joined(separator: ", "))
      }
      selected.append(kind)
    }
    if selected.isEmpty { selected = InjectionKind.allCases }
    let clock = ContinuousClock()
    let start = clock.now
    let harness = InjectionHarness(
      pipeline: try Pipeline.bundled(governing: .zh, failOn: nil), perKind: perKind, seed: seed)
    let pairs = [
      try pair(corpus, "udhr", lines: 13...92),
      try pair(corpus, "sdg", lines: nil),
    ]
    var runs: [InjectionRun] = []
    for pair in pairs {
      let run = try harness.run(pair, kinds: selected)
      runs.append(run)
      if verbose { printChanges(run, pair: pair) }
    }
    printTable(runs, kinds: selected)
    printBaseline(runs, pairs: pairs)
    print("time: \(String(format: "%.1f", seconds(clock.now - start))) s")
  }

  private func pair(_ corpus: URL, _ name: String, lines: ClosedRange<Int>?) throws
    -> InjectionPair
  {
    let folder = corpus.appendingPathComponent(name)
    let zh = try InjectionHarness.lines(
      path: folder.appendingPathComponent("zh.txt").path, range: lines)
    let en = try InjectionHarness.lines(
      path: folder.appendingPathComponent("en.txt").path, range: lines)
    guard zh.count == en.count else {
      throw ValidationError("\(name): \(zh.count) Chinese lines against \(en.count) English")
    }
    return InjectionPair(
      name: name, governingLines: zh, translationLines: en, firstLine: lines?.lowerBound ?? 1)
  }

  private func printChanges(_ run: InjectionRun, pair: InjectionPair) {
    for outcome in run.outcomes {
      let line = outcome.site.line + pair.firstLine
      let status = outcome.foundMajor ? "FOUND-MAJOR" : outcome.found ? "FOUND-MINOR" : "MISSED"
      let checks = outcome.findingsAtLine.map {
        "\($0.check)/\($0.severity.rawValue)/\($0.category.rawValue)"
      }
      print(
        "\(run.pair):\(line) \(outcome.site.kind.rawValue) \(status) \(outcome.site.description)"
          + (checks.isEmpty ? "" : " [" + checks.joined(separator: ", ") + "]"))
    }
  }

  private func printTable(_ runs: [InjectionRun], kinds: [InjectionKind]) {
    print(
      pad("document", 10) + pad("change", 24) + pad("eligible", 10) + pad("injected", 10)
        + pad("found", 7) + pad("found %", 9) + pad("major", 7) + "major %")
    var totals: [InjectionKind: (injected: Int, found: Int, major: Int)] = [:]
    for run in runs {
      var all = (injected: 0, found: 0, major: 0)
      for kind in kinds {
        let outcomes = run.outcomes.filter { $0.site.kind == kind }
        let found = outcomes.filter(\.found).count
        let major = outcomes.filter(\.foundMajor).count
        print(
          pad(run.pair, 10) + pad(kind.rawValue, 24) + pad("\(run.eligible[kind] ?? 0)", 10)
            + pad("\(outcomes.count)", 10) + pad("\(found)", 7)
            + pad(percent(found, outcomes.count), 9) + pad("\(major)", 7)
            + percent(major, outcomes.count))
        all.injected += outcomes.count
        all.found += found
        all.major += major
        let total = totals[kind] ?? (0, 0, 0)
        totals[kind] = (total.injected + outcomes.count, total.found + found, total.major + major)
      }
      print(
        pad(run.pair, 10) + pad("all", 24) + pad("", 10) + pad("\(all.injected)", 10)
          + pad("\(all.found)", 7) + pad(percent(all.found, all.injected), 9)
          + pad("\(all.major)", 7) + percent(all.major, all.injected))
    }
    var grand = (injected: 0, found: 0, major: 0)
    for kind in kinds {
      let total = totals[kind] ?? (0, 0, 0)
      print(
        pad("both", 10) + pad(kind.rawValue, 24) + pad("", 10) + pad("\(total.injected)", 10)
          + pad("\(total.found)", 7) + pad(percent(total.found, total.injected), 9)
          + pad("\(total.major)", 7) + percent(total.major, total.injected))
      grand.injected += total.injected
      grand.found += total.found
      grand.major += total.major
    }
    print(
      pad("both", 10) + pad("all", 24) + pad("", 10) + pad("\(grand.injected)", 10)
        + pad("\(grand.found)", 7) + pad(percent(grand.found, grand.injected), 9)
        + pad("\(grand.major)", 7) + percent(grand.major, grand.injected))
  }

  private func printBaseline(_ runs: [InjectionRun], pairs: [InjectionPair]) {
    print("")
    print(
      pad("unchanged", 10) + pad("lines", 7) + pad("units", 7) + pad("findings", 10)
        + pad("major+", 8) + "major+ per 100 units")
    for (run, pair) in zip(runs, pairs) {
      let baseline = run.baseline
      print(
        pad(run.pair, 10) + pad("\(baseline.lines)", 7) + pad("\(baseline.units)", 7)
          + pad("\(baseline.findings.count)", 10) + pad("\(baseline.majorFindings)", 8)
          + String(format: "%.2f", baseline.majorPer100Units))
      guard showBaseline else { continue }
      for finding in baseline.findings where finding.severity >= .major {
        let line = (finding.governing?.line ?? finding.translation?.line ?? 1) + pair.firstLine - 1
        print(
          "  \(run.pair):\(line) \(finding.severity.rawValue) [\(finding.check)] \(finding.message)"
        )
      }
    }
  }

  private func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "-" : String(format: "%.1f", Double(part) * 100 / Double(whole))
  }

  private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
