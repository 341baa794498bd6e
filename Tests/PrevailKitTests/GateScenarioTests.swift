import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// The done-when scenario on a temporary copy of the reference document: a baseline of
/// the document as it is; removing "children, " from the English list at line 36 makes exactly
/// one new finding appear, about 儿童; reverting makes it disappear; the revision diff names it.
final class GateScenarioTests: XCTestCase {
  private struct Copy {
    let path: String
    let original: String
  }

  private func copyOfReference() throws -> Copy {
    let source = Shared.packageRoot.appendingPathComponent(Shared.corpusDocument)
    guard FileManager.default.fileExists(atPath: source.path) else {
      throw XCTSkip("the reference document is not in the checkout")
    }
    let directory = try GateFixtures.temporaryDirectory()
      .appendingPathComponent("china-igf-gdc-input")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("source.txt").path
    let text = try String(contentsOf: source, encoding: .utf8)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return Copy(path: path, original: text)
  }

  private func check(_ path: String) throws -> CheckResult {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    return try Pipeline(lexicon: lexicon, failOn: .major).check(.bilingual(path: path))
  }

  /// The text with one edit on one line (1-based), which must occur there exactly once.
  private func edited(_ text: String, line: Int, replacing old: String, with new: String) throws
    -> String
  {
    var lines = text.components(separatedBy: "\n")
    XCTAssertEqual(lines[line - 1].components(separatedBy: old).count, 2, lines[line - 1])
    lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
    return lines.joined(separator: "\n")
  }

  func testRemovingChildrenMakesExactlyOneNewFindingAndRevertingClearsIt() throws {
    let copy = try copyOfReference()
    let before = try check(copy.path)
    let baseline = Baseline(findings: before.findings, document: "doc")
    XCTAssertEqual(baseline.filter(before.findings, document: "doc").new, [])

    try edited(
      copy.original, line: 36, replacing: "women, children, persons", with: "women, persons"
    )
    .write(toFile: copy.path, atomically: true, encoding: .utf8)
    let after = try check(copy.path)
    let new = baseline.filter(after.findings, document: "doc").new
    XCTAssertEqual(new.count, 1, new.map(\.message).joined(separator: "\n"))
    let finding = try XCTUnwrap(new.first)
    XCTAssertEqual(finding.check, "list-items")
    XCTAssertEqual(finding.messageID, "list-item-omitted")
    XCTAssertEqual(finding.evidence.first?.value, "儿童")
    XCTAssertEqual(finding.severity, .major)
    XCTAssertEqual(finding.translation?.line, 36)
    XCTAssertTrue(finding.message.contains("儿童"))
    let gate = Gate.evaluate(new, failOn: .major)
    XCTAssertFalse(gate.passed)
    XCTAssertEqual(gate.exitCode, 1)

    let diff = RevisionDiff(old: before, new: after)
    XCTAssertEqual(diff.introduced.map { $0.evidence.first?.value }, ["儿童"])
    XCTAssertEqual(diff.resolved, [])
    XCTAssertEqual(diff.stale, [], "the governing text did not change")
    XCTAssertFalse(diff.gate(failOn: .major).passed)

    try copy.original.write(toFile: copy.path, atomically: true, encoding: .utf8)
    let reverted = try check(copy.path)
    XCTAssertEqual(baseline.filter(reverted.findings, document: "doc").new, [])
    XCTAssertTrue(Gate.evaluate([], failOn: .major).passed)
    let back = RevisionDiff(old: after, new: reverted)
    XCTAssertEqual(back.resolved.map { $0.evidence.first?.value }, ["儿童"])
    XCTAssertEqual(back.introduced, [])
  }

  func testAChangedGoverningSentenceWithAnUnchangedTranslationIsStale() throws {
    let copy = try copyOfReference()
    let before = try check(copy.path)
    // The governing Chinese gains 青年 (youth) in the list; the English is left as it was.
    try edited(copy.original, line: 389, replacing: "重视妇女、", with: "重视青年、妇女、")
      .write(toFile: copy.path, atomically: true, encoding: .utf8)
    let after = try check(copy.path)
    let diff = RevisionDiff(old: before, new: after)
    XCTAssertEqual(diff.changedGoverning.count, 1)
    XCTAssertEqual(diff.stale.count, 1)
    let stale = try XCTUnwrap(diff.stale.first)
    XCTAssertEqual(stale.messageID, RevisionDiff.staleMessageID)
    XCTAssertEqual(stale.governing?.line, 389)
    XCTAssertTrue(stale.governing?.text.contains("青年") ?? false)
    XCTAssertFalse(stale.evidence.first?.value.contains("青年") ?? true)
    XCTAssertEqual(stale.translation?.line, 36)
    // The omission of 老人 stands in the edited sentence: the same finding, not a new one.
    XCTAssertFalse(diff.introduced.contains { $0.evidence.first?.value == "老人" })
    XCTAssertFalse(diff.resolved.contains { $0.evidence.first?.value == "老人" })
  }
}
