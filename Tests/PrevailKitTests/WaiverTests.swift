import Foundation
import PrevailKit
import PrevailModel
import XCTest

final class WaiverTests: XCTestCase {
  private let today = WaiverDay("2026-03-15")

  private func day() throws -> WaiverDay { try XCTUnwrap(today) }

  private func waiver(
    fingerprint: String? = nil, check: String? = nil, segment: String? = nil, line: Int? = nil,
    expires: String? = nil
  ) -> Waiver {
    Waiver(
      fingerprint: fingerprint, check: check, segment: segment, line: line,
      reason: "Covered by the paragraph before", reviewer: "R. Reviewer", expires: expires)
  }

  func testAFingerprintWaiverMarksTheFindingWaivedNotHidden() throws {
    let finding = GateFixtures.omission(line: 4)
    let other = GateFixtures.omission(line: 8, item: "儿童")
    let waivers = Waivers(waivers: [waiver(fingerprint: finding.fingerprint)])
    let outcome = waivers.apply(to: [finding, other], today: try day())
    XCTAssertEqual(outcome.remaining, [other])
    XCTAssertEqual(outcome.waived.map(\.finding), [finding])
    XCTAssertEqual(outcome.problems, [])
    let shown = try XCTUnwrap(outcome.waived.first?.reported)
    XCTAssertEqual(shown.severity, .neutral)
    XCTAssertEqual(shown.fingerprint, finding.fingerprint)
    XCTAssertTrue(shown.message.hasPrefix("Waived (major; R. Reviewer: Covered by"), shown.message)
    XCTAssertEqual(shown.evidence.last?.kind, "waiver")
  }

  func testCheckWithSegmentOrLineMatches() throws {
    let finding = GateFixtures.omission(line: 4)
    XCTAssertTrue(waiver(check: "list-items", segment: "zh.sec0.para1.s1").matches(finding))
    XCTAssertTrue(waiver(check: "list-items", segment: "zh.sec0").matches(finding))
    XCTAssertTrue(waiver(check: "list-items", segment: "en.sec0.para1").matches(finding))
    XCTAssertFalse(waiver(check: "list-items", segment: "zh.sec0.para1.s").matches(finding))
    XCTAssertFalse(waiver(check: "numbers", segment: "zh.sec0").matches(finding))
    XCTAssertTrue(waiver(check: "list-items", line: 4).matches(finding))
    XCTAssertTrue(waiver(check: "list-items", line: 104).matches(finding), "translation line")
    XCTAssertFalse(waiver(check: "list-items", line: 5).matches(finding))
  }

  func testAnExpiredWaiverNoLongerWaivesAndIsReported() throws {
    let finding = GateFixtures.omission(line: 4)
    let expired = waiver(fingerprint: finding.fingerprint, expires: "2026-03-14")
    let outcome = Waivers(waivers: [expired]).apply(to: [finding], today: try day())
    XCTAssertEqual(outcome.remaining, [finding])
    XCTAssertEqual(outcome.waived, [])
    XCTAssertEqual(outcome.problems.map(\.messageID), ["waiver-expired"])
    let problem = try XCTUnwrap(outcome.problems.first)
    XCTAssertEqual(problem.check, "waiver")
    XCTAssertEqual(problem.severity, .minor)
    XCTAssertTrue(problem.message.contains("expired on 2026-03-14"), problem.message)
    XCTAssertTrue(problem.message.contains("reported again"), problem.message)

    let lastDay = waiver(fingerprint: finding.fingerprint, expires: "2026-03-15")
    let stillValid = Waivers(waivers: [lastDay]).apply(to: [finding], today: try day())
    XCTAssertEqual(stillValid.waived.count, 1, "a waiver holds through its expiry day")
    XCTAssertEqual(stillValid.problems, [])
  }

  func testAWaiverThatMatchesNothingIsReported() throws {
    let outcome = Waivers(waivers: [waiver(check: "numbers", segment: "zh.sec9")]).apply(
      to: [GateFixtures.omission(line: 4)], today: try day())
    XCTAssertEqual(outcome.problems.map(\.messageID), ["waiver-unused"])
    XCTAssertTrue(outcome.problems[0].message.contains("numbers at segment zh.sec9"))
  }

  func testAWaiverMatchingABaselinedFindingIsUsed() throws {
    let finding = GateFixtures.omission(line: 4)
    let outcome = Waivers(waivers: [waiver(fingerprint: finding.fingerprint)]).apply(
      to: [], accepted: [finding], today: try day())
    XCTAssertEqual(outcome.problems, [])
  }

  func testWaiversForAnotherDocumentAreSkipped() throws {
    var scoped = waiver(check: "numbers", segment: "zh.sec9")
    scoped.document = "other/source.txt"
    let outcome = Waivers(waivers: [scoped]).apply(to: [], document: "doc.txt", today: try day())
    XCTAssertEqual(outcome.problems, [])
  }

  func testLoadsTheDocumentedFormat() throws {
    let directory = try GateFixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("waivers.json").path
    try """
    {
      "version": 1,
      "waivers": [
        {"fingerprint": "2f0c6a9d41b7e355", "reason": "Accepted", "reviewer": "A. B.",
         "expires": "2026-06-30"},
        {"check": "non-corresponding", "segment": "zh.authors1", "reason": "By design",
         "reviewer": "C. D."},
        {"check": "list-items", "line": 389, "document": "Corpus/x/source.txt",
         "reason": "Paraphrase", "reviewer": "E. F."}
      ]
    }
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let waivers = try Waivers.load(path: path)
    XCTAssertEqual(waivers.waivers.count, 3)
    XCTAssertEqual(waivers.waivers[0].expires, "2026-06-30")
    XCTAssertEqual(waivers.waivers[2].line, 389)
  }

  func testCorruptWaiverFilesFailWithOneLineAndAreLeftUntouched() throws {
    let directory = try GateFixtures.temporaryDirectory()
    let entry = #""reason": "r", "reviewer": "v""#
    let cases: [(String, String)] = [
      ("{\"version\": 1, \"waivers\": [}", "not valid JSON"),
      (
        "{\"version\": 1, \"waivers\": [{\"fingerprint\": \"ab\", \"reviewer\": \"v\"}]}",
        "missing \"reason\" at waivers[0]"
      ),
      (
        "{\"version\": 1, \"waivers\": [{\"fingerprint\": \"ab\", \(entry), "
          + "\"expires\": \"soon\"}]}",
        "waiver 1: expires \"soon\" is not a date"
      ),
      ("{\"version\": 1, \"waivers\": [{\(entry)}]}", "waiver 1: needs a fingerprint"),
      (
        "{\"version\": 1, \"waivers\": [{\"check\": \"numbers\", \(entry)}]}",
        "waiver 1: a check needs a segment or a line"
      ),
      (
        "{\"version\": 1, \"waivers\": [{\"fingerprint\": \"ab\", \"reason\": \" \", "
          + "\"reviewer\": \"v\"}]}", "waiver 1: needs a reason"
      ),
      ("{\"version\": 3, \"waivers\": []}", "version 3 is not supported"),
    ]
    for (index, (content, expected)) in cases.enumerated() {
      let path = directory.appendingPathComponent("waivers\(index).json").path
      let bytes = Data(content.utf8)
      try bytes.write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try Waivers.load(path: path)) { error in
        let text = String(describing: error)
        XCTAssertTrue(text.hasPrefix("\(path): waivers file: "), text)
        XCTAssertTrue(text.contains(expected), text)
        XCTAssertFalse(text.contains("\n"), text)
      }
      XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }
  }

  func testDays() throws {
    XCTAssertNil(WaiverDay("2026-13-01"))
    XCTAssertNil(WaiverDay("2026-1-01"))
    XCTAssertNil(WaiverDay("26-01-01"))
    XCTAssertLessThan(try XCTUnwrap(WaiverDay("2025-12-31")), try day())
    XCTAssertEqual(WaiverDay.today(Date(timeIntervalSince1970: 0)).description, "1970-01-01")
    XCTAssertEqual(
      WaiverDay.today(Date(timeIntervalSince1970: 1_773_532_800)).description, "2026-03-15")
  }
}

final class WaiverExpiryTests: XCTestCase {
  func testAnExpiredWaiverOverBaselinedFindingsSaysSo() throws {
    let finding = GateFixtures.omission(line: 4)
    let waiver = Waiver(
      check: "list-items", segment: "zh.sec0", reason: "r", reviewer: "v", expires: "2020-01-01")
    let today = try XCTUnwrap(WaiverDay("2026-01-01"))
    let outcome = Waivers(waivers: [waiver]).apply(to: [], accepted: [finding], today: today)
    XCTAssertEqual(outcome.problems.map(\.messageID), ["waiver-expired"])
    XCTAssertTrue(
      outcome.problems[0].message.contains("matches only findings the baseline accepts"),
      outcome.problems[0].message)
    let unmatched = Waivers(waivers: [waiver]).apply(to: [], today: today)
    XCTAssertTrue(unmatched.problems[0].message.contains("matches no finding any more"))
  }
}
