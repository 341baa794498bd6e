import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// Small documents checked for the gate tests, and temporary files.
enum GateFixtures {
  static let zhList = "我们重视妇女、老人、儿童的权利。"
  static let enList = "We value the rights of women and children."

  /// Checks a pair of one-paragraph-per-line texts (governing Chinese).
  static func check(zh: [String], en: [String]) throws -> CheckResult {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let document = try Shared.pair(zh: zh.joined(separator: "\n"), en: en.joined(separator: "\n"))
    return Pipeline(lexicon: lexicon).check(document)
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prevail-gate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A list-item omission finding built directly, at a given governing line.
  static func omission(line: Int, item: String = "老人") -> Finding {
    Finding(
      check: "list-items", messageID: "list-item-omitted", category: .omission,
      severity: .major, message: "The English translation omits \(item).",
      governing: Excerpt(
        segment: "zh.sec0.para1.s1", text: zhList, position: SourcePosition(line: line, column: 1)),
      translation: Excerpt(
        segment: "en.sec0.para1.s1", text: enList,
        position: SourcePosition(line: line + 100, column: 1)),
      evidence: [Evidence(kind: "missing-item", value: item)], confidence: 0.8)
  }

  static func omissions(_ findings: [Finding], of item: String) -> [Finding] {
    findings.filter { $0.messageID == "list-item-omitted" && $0.evidence.first?.value == item }
  }
}

final class BaselineTests: XCTestCase {
  func testTheListFixtureReportsTheOmittedItem() throws {
    let result = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    XCTAssertEqual(GateFixtures.omissions(result.findings, of: "老人").count, 1)
  }

  func testLinesInsertedAboveDoNotResurfaceABaselinedFinding() throws {
    let before = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let after = try GateFixtures.check(
      zh: ["本文件说明我们的原则。", "第二段介绍背景。", GateFixtures.zhList],
      en: [
        "This document states our principles.", "The second paragraph gives the background.",
        GateFixtures.enList,
      ])
    let moved = try XCTUnwrap(GateFixtures.omissions(after.findings, of: "老人").first)
    let original = try XCTUnwrap(GateFixtures.omissions(before.findings, of: "老人").first)
    XCTAssertNotEqual(moved.governing?.line, original.governing?.line, "the text moved")
    XCTAssertEqual(moved.fingerprint, original.fingerprint)
    let filtered = Baseline(findings: before.findings).filter(after.findings)
    XCTAssertEqual(filtered.new, [])
    XCTAssertEqual(filtered.suppressed, after.findings.count)
  }

  func testDuplicatedFindingsAreCountedAndAThirdResurfaces() throws {
    // The same omission in the same sentence pair, at three places (the checks' registry keeps
    // one finding per fingerprint within a run, so the copies are built here).
    let copies = (0..<3).map { GateFixtures.omission(line: 10 + 20 * $0) }
    XCTAssertEqual(Set(copies.map(\.fingerprint)).count, 1)
    let baseline = Baseline(findings: Array(copies.prefix(2)))
    XCTAssertEqual(baseline.findings.count, 1)
    XCTAssertEqual(baseline.findings.first?.count, 2)
    XCTAssertEqual(baseline.total, 2)

    let twice = baseline.filter(Array(copies.prefix(2)))
    XCTAssertEqual(twice.new, [])
    XCTAssertEqual(twice.suppressed, 2)
    let thrice = baseline.filter(copies)
    XCTAssertEqual(thrice.new.count, 1)
    XCTAssertEqual(thrice.suppressed, 2)
    XCTAssertEqual(thrice.new.first?.governing?.line, 50, "the occurrence past the count")
  }

  func testAnEditedTranslationKeepsTheSameOmissionSuppressedButNotANewOne() throws {
    let before = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    // Reworded English: still no 老人, and now no 儿童 either.
    let after = try GateFixtures.check(
      zh: [GateFixtures.zhList], en: ["We value the rights of women."])
    let new = Baseline(findings: before.findings).filter(after.findings).new
    XCTAssertEqual(new.map { $0.evidence.first?.value }, ["儿童"])
  }

  func testFileIsPrettySortedAndRoundTrips() throws {
    let result = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let baseline = Baseline(findings: result.findings, document: "docs/example.txt")
    let directory = try GateFixtures.temporaryDirectory()
    let path = directory.appendingPathComponent("baseline.json").path
    try baseline.write(to: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("{\n  \"findings\" : [\n"), text)
    XCTAssertTrue(text.contains("\"document\" : \"docs/example.txt\""))
    XCTAssertTrue(text.contains("\"version\" : 1"))
    XCTAssertEqual(try Baseline.load(path: path), baseline)
    XCTAssertEqual(
      try baseline.encoded(),
      try Baseline(
        findings: result.findings.reversed(),
        document: "docs/example.txt"
      ).encoded(), "same findings, same bytes")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    XCTAssertEqual(leftovers, ["baseline.json"], "no temporary file left behind")
  }

  func testEntriesOfAnotherDocumentDoNotSuppress() throws {
    let result = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let baseline = Baseline(documents: [("a/source.txt", result.findings)])
    XCTAssertEqual(baseline.filter(result.findings, document: "a/source.txt").new, [])
    XCTAssertEqual(
      baseline.filter(result.findings, document: "b/source.txt").new.count, result.findings.count)
  }

  func testCorruptFilesFailWithOneLineAndAreLeftUntouched() throws {
    let directory = try GateFixtures.temporaryDirectory()
    let cases: [(String, String)] = [
      ("{\"version\": 1, \"findings\": [", "not valid JSON"),
      ("{\"version\": 1}", "missing \"findings\""),
      ("{\"version\": 2, \"findings\": []}", "version 2 is not supported"),
      (
        "{\"version\": 1, \"findings\": [{\"fingerprint\": \"x\", \"document\": \"\", "
          + "\"check\": \"c\", \"messageId\": \"m\", \"severity\": \"fatal\", "
          + "\"message\": \"\", \"count\": 1}]}",
        "findings[0].severity"
      ),
      ("\u{FF}\u{FE}garbage", "not valid JSON"),
    ]
    for (index, (content, expected)) in cases.enumerated() {
      let path = directory.appendingPathComponent("baseline\(index).json").path
      let bytes = Data(content.utf8)
      try bytes.write(to: URL(fileURLWithPath: path))
      XCTAssertThrowsError(try Baseline.load(path: path)) { error in
        let text = String(describing: error)
        XCTAssertTrue(text.hasPrefix("\(path): baseline file: "), text)
        XCTAssertTrue(text.contains(expected), text)
        XCTAssertFalse(text.contains("\n"), text)
      }
      XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), bytes)
    }
    XCTAssertThrowsError(try Baseline.load(path: directory.appendingPathComponent("none").path)) {
      XCTAssertTrue(String(describing: $0).hasSuffix("baseline file: no such file"))
    }
  }

  func testCompareListsAddedAndRemovedWithCounts() throws {
    let one = Baseline(findings: [GateFixtures.omission(line: 3)])
    let two = Baseline(
      findings: [
        GateFixtures.omission(line: 3), GateFixtures.omission(line: 9),
        GateFixtures.omission(line: 12, item: "儿童"),
      ])
    let (added, removed) = Baseline.compare(one, two)
    XCTAssertEqual(removed, [])
    XCTAssertEqual(added.map(\.count), [1, 1])
    XCTAssertEqual(Set(added.map(\.subject)), ["老人", "儿童"])
    let back = Baseline.compare(two, one)
    XCTAssertEqual(back.added, [])
    XCTAssertEqual(back.removed, added)
  }

  func testRelativePaths() {
    XCTAssertEqual(BaselinePath.relative("Corpus/x/source.txt", to: "/repo"), "Corpus/x/source.txt")
    XCTAssertEqual(BaselinePath.relative("./Corpus/../Corpus/x.txt", to: "/repo"), "Corpus/x.txt")
    XCTAssertEqual(BaselinePath.relative("/repo/Corpus/x.txt", to: "/repo/"), "Corpus/x.txt")
    XCTAssertEqual(BaselinePath.relative("/elsewhere/x.txt", to: "/repo"), "/elsewhere/x.txt")
  }
}

final class BaselineCompareTests: XCTestCase {
  func testAnEntryWhoseTranslationWasEditedIsNeitherAddedNorRemoved() throws {
    let before = try GateFixtures.check(zh: [GateFixtures.zhList], en: [GateFixtures.enList])
    let after = try GateFixtures.check(
      zh: [GateFixtures.zhList], en: ["We value the rights of women."])
    let (added, removed) = Baseline.compare(
      Baseline(findings: before.findings), Baseline(findings: after.findings))
    XCTAssertEqual(added.map(\.subject), ["儿童"])
    XCTAssertEqual(removed, [])
  }

  func testDocumentsAreComparedSeparately() {
    let finding = GateFixtures.omission(line: 3)
    let old = Baseline(documents: [("a.txt", [finding])])
    let new = Baseline(documents: [("b.txt", [finding])])
    let (added, removed) = Baseline.compare(old, new)
    XCTAssertEqual(added.map(\.document), ["b.txt"])
    XCTAssertEqual(removed.map(\.document), ["a.txt"])
  }
}
