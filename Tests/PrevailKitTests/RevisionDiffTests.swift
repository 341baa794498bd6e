import Foundation
import PrevailKit
import PrevailModel
import XCTest

final class RevisionDiffTests: XCTestCase {
  private let zhA = "我们重视妇女、老人、儿童的权利。"
  private let enA = "We value the rights of women and children."
  private let zhB = "各国应当加强数字基础设施建设。"
  private let enB = "Countries should strengthen the construction of digital infrastructure."

  func testSimilarity() {
    XCTAssertEqual(RevisionSimilarity.dice("abc", "abc"), 1)
    XCTAssertEqual(RevisionSimilarity.dice("ab", "cd"), 0)
    XCTAssertEqual(RevisionSimilarity.dice("a b c", "abc"), 1, "whitespace ignored")
    XCTAssertGreaterThan(RevisionSimilarity.dice(zhB, "各国应当大力加强数字基础设施建设。"), 0.8)
    XCTAssertLessThan(RevisionSimilarity.dice(zhA, zhB), 0.2)
  }

  func testAChangedGoverningSentenceWithTheSameTranslationIsStale() throws {
    let old = try GateFixtures.check(zh: [zhA, zhB], en: [enA, enB])
    let new = try GateFixtures.check(zh: [zhA, "各国应当大力加强数字基础设施建设。"], en: [enA, enB])
    let diff = RevisionDiff(old: old, new: new)
    XCTAssertEqual(diff.changedGoverning.count, 1)
    XCTAssertEqual(diff.stale.count, 1)
    let stale = try XCTUnwrap(diff.stale.first)
    XCTAssertEqual(stale.check, RevisionDiff.checkID)
    XCTAssertEqual(stale.severity, .major)
    XCTAssertEqual(stale.governing?.line, 2)
    XCTAssertEqual(stale.translation?.text, enB)
    XCTAssertEqual(stale.evidence.first?.value, zhB)
    XCTAssertTrue(stale.message.contains("governing Chinese sentence changed"), stale.message)
    XCTAssertFalse(diff.gate(failOn: .major).passed)
    XCTAssertTrue(diff.gate(failOn: .critical).passed)
  }

  func testBothVersionsEditedIsNotStale() throws {
    let old = try GateFixtures.check(zh: [zhA, zhB], en: [enA, enB])
    let new = try GateFixtures.check(
      zh: [zhA, "各国应当大力加强数字基础设施建设。"],
      en: [
        enA, "Countries should vigorously strengthen the construction of digital infrastructure.",
      ])
    let diff = RevisionDiff(old: old, new: new)
    XCTAssertEqual(diff.changedGoverning.count, 1)
    XCTAssertEqual(diff.stale, [])
  }

  func testInsertedParagraphsDoNotMakeMovedSentencesLookChanged() throws {
    let old = try GateFixtures.check(zh: [zhA, zhB], en: [enA, enB])
    let new = try GateFixtures.check(
      zh: ["本文件说明我们的原则。", zhA, zhB],
      en: ["This document states our principles.", enA, enB])
    let diff = RevisionDiff(old: old, new: new)
    XCTAssertEqual(diff.changedGoverning, [])
    XCTAssertEqual(diff.stale, [])
    XCTAssertEqual(diff.introduced, [])
    XCTAssertEqual(diff.resolved, [])
  }

  func testFindingsIntroducedAndResolved() throws {
    let old = try GateFixtures.check(zh: [zhA, zhB], en: [enA, enB])
    let new = try GateFixtures.check(
      zh: [zhA, zhB], en: ["We value the rights of women, the elderly and children.", enB])
    let diff = RevisionDiff(old: old, new: new)
    XCTAssertEqual(diff.resolved.map { $0.evidence.first?.value }, ["老人"])
    XCTAssertEqual(diff.introduced, [])
    XCTAssertTrue(diff.gate(failOn: .minor).passed)
    XCTAssertEqual(
      GateConsole.summary(diff, outcome: diff.gate(failOn: .major)),
      "0 introduced, 1 resolved, 0 governing sentences changed, 0 possibly stale translations; "
        + "gate passed (fail-on major)")
  }
}
