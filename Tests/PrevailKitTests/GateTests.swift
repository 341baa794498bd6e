import Foundation
import PrevailKit
import PrevailModel
import XCTest

final class GateTests: XCTestCase {
  private func finding(_ severity: Severity, line: Int) -> Finding {
    var finding = GateFixtures.omission(line: line, item: "item\(line)")
    finding.severity = severity
    return finding
  }

  func testThresholds() {
    let findings = [finding(.minor, line: 1), finding(.neutral, line: 2)]
    XCTAssertTrue(Gate.evaluate(findings, failOn: .major).passed)
    XCTAssertEqual(Gate.evaluate(findings, failOn: .major).exitCode, 0)
    let minor = Gate.evaluate(findings, failOn: .minor)
    XCTAssertFalse(minor.passed)
    XCTAssertEqual(minor.exitCode, 1)
    XCTAssertEqual(minor.failures.count, 1)
    XCTAssertEqual(minor.verdict, "gate failed: 1 at or above minor")
    XCTAssertTrue(Gate.evaluate(findings + [finding(.critical, line: 3)], failOn: nil).passed)
    XCTAssertEqual(Gate.evaluate(findings, failOn: nil).verdict, "gate off")
    let counts = Gate.evaluate(findings, failOn: .critical).counts
    XCTAssertEqual(counts[.minor], 1)
    XCTAssertEqual(counts[.neutral], 1)
    XCTAssertEqual(counts[.critical], 0)
  }

  func testPolicyWithoutFilesReportsEverything() throws {
    let result = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let gated = GatePolicy(failOn: .major).apply(to: result)
    XCTAssertEqual(gated.result.findings, result.findings)
    XCTAssertEqual(gated.suppressed, 0)
    XCTAssertEqual(gated.notes, [])
    XCTAssertEqual(gated.outcome.passed, result.gateFailures.isEmpty)
    XCTAssertFalse(gated.outcome.passed)
  }

  func testPolicyAppliesBaselineThenWaivers() throws {
    let before = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let after = try GateFixtures.check(
      zh: [GateFixtures.zhList], en: ["We value the rights of women."])
    let document = BaselinePath.relative(after.document.path)
    let baseline = Baseline(findings: before.findings, document: document)
    let today = try XCTUnwrap(WaiverDay("2026-01-01"))

    let gated = GatePolicy(baseline: baseline, failOn: .major, today: today).apply(to: after)
    XCTAssertEqual(gated.findings.map { $0.evidence.first?.value }, ["儿童"])
    XCTAssertEqual(gated.suppressed, after.findings.count - 1)
    XCTAssertFalse(gated.outcome.passed)
    XCTAssertEqual(gated.notes.first, "\(gated.suppressed) finding suppressed by the baseline")

    let new = try XCTUnwrap(gated.findings.first)
    let waivers = Waivers(waivers: [
      Waiver(fingerprint: new.fingerprint, reason: "Children are named in 1.2", reviewer: "R."),
      Waiver(check: "numbers", line: 1, reason: "Old", reviewer: "R.", expires: "2025-12-31"),
    ])
    let waived = GatePolicy(baseline: baseline, waivers: waivers, failOn: .major, today: today)
      .apply(to: after)
    XCTAssertTrue(waived.outcome.passed, "the new finding is waived; the expired waiver is minor")
    XCTAssertEqual(waived.waived.map(\.finding), [new])
    XCTAssertEqual(waived.findings.map(\.messageID), ["waiver-expired"])
    XCTAssertEqual(waived.result.findings.count, 2, "the waived finding is shown, as neutral")
    XCTAssertTrue(waived.result.gateFailures.isEmpty)
    XCTAssertTrue(waived.notes.contains("1 finding waived (shown as neutral)"))
    XCTAssertFalse(
      GatePolicy(baseline: baseline, waivers: waivers, failOn: .minor, today: today)
        .apply(to: after).outcome.passed, "the expired waiver fails a minor gate")
  }

  func testABaselineForOtherDocumentsSaysSo() throws {
    let result = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let baseline = Baseline(findings: result.findings, document: "elsewhere/source.txt")
    let gated = GatePolicy(baseline: baseline, failOn: .major).apply(to: result)
    XCTAssertEqual(gated.suppressed, 0)
    XCTAssertTrue(gated.baselineMissesDocument)
    XCTAssertTrue(gated.notes.first?.hasPrefix("the baseline records no findings for") ?? false)
  }

  func testLoadingNamesTheBadFile() throws {
    let directory = try GateFixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("waivers.json").path
    try Data("[]".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(try GatePolicy.load(baseline: nil, waivers: path, failOn: .major)) {
      XCTAssertTrue(String(describing: $0).hasPrefix("\(path): waivers file: "))
    }
  }
}
