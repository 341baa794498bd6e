import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// The committed gold files parse, and every excerpt's text is on the lines it names.
final class EvaluationGoldFileTests: XCTestCase {
  private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func testReferenceDocumentGold() throws {
    let gold = try check("Corpus/china-igf-gdc-input/expected-findings.json")
    // The examples the issue names are annotated.
    let ids = Set(gold.discrepancies.map(\.id))
    for id in [
      "ref-connect-elderly", "ref-opening-paragraph", "ref-ai-starting-point",
      "ref-ai-oversight-areas", "ref-fragmentation-large-scale", "ref-data-grading",
      "ref-content-risks",
    ] {
      XCTAssertTrue(ids.contains(id), id)
    }
    XCTAssertTrue(gold.equivalences.contains { $0.governing?.text.contains("老年人") == true })
  }

  func testUDHRGold() throws {
    try skipWithoutShared()
    let gold = try check("Benchmarks/udhr/expected-findings.json")
    XCTAssertEqual(gold.discrepancies.first?.governing?.line, 2)
  }

  func testSDGGold() throws {
    try skipWithoutShared()
    let gold = try check("Benchmarks/sdg/expected-findings.json")
    let lines = Set(gold.equivalences.compactMap { $0.governing?.line })
    XCTAssertTrue(lines.isSuperset(of: [19, 20, 72, 86, 113, 128]))
  }

  private func skipWithoutShared() throws {
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    if !FileManager.default.fileExists(atPath: shared.path) {
      throw XCTSkip("../shared is absent")
    }
  }

  /// Loads a gold file and checks each excerpt against its document's lines.
  @discardableResult
  private func check(_ relative: String) throws -> ExpectedFindings {
    let gold = try ExpectedFindings.load(path: root.appendingPathComponent(relative).path)
    let governingPath = try XCTUnwrap(gold.document ?? gold.original)
    let translationPath = try XCTUnwrap(gold.document ?? gold.translation)
    let governing = try lines(governingPath)
    let translation = try lines(translationPath)
    for item in gold.discrepancies {
      assertExcerpt(item.governing, in: governing, item.id)
      assertExcerpt(item.translation, in: translation, item.id)
      XCTAssertFalse(item.note.isEmpty, item.id)
    }
    for (index, item) in gold.equivalences.enumerated() {
      assertExcerpt(item.governing, in: governing, "equivalence \(index + 1)")
      assertExcerpt(item.translation, in: translation, "equivalence \(index + 1)")
    }
    return gold
  }

  private func lines(_ path: String) throws -> [String] {
    let url = root.appendingPathComponent(path).standardizedFileURL
    return try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The excerpt's text, white space removed, occurs in its lines (page-number lines skipped).
  private func assertExcerpt(_ excerpt: GoldExcerpt?, in lines: [String], _ label: String) {
    guard let excerpt else { return }
    XCTAssertGreaterThanOrEqual(excerpt.line, 1, label)
    XCTAssertLessThanOrEqual(excerpt.lastLine, lines.count, label)
    guard excerpt.line >= 1, excerpt.lastLine <= lines.count else { return }
    let blob = lines[(excerpt.line - 1)..<excerpt.lastLine]
      .filter { line in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || !trimmed.allSatisfy { $0.isASCII && $0.isNumber }
      }
      .joined()
    XCTAssertTrue(squash(blob).contains(squash(excerpt.text)), "\(label): \(excerpt.text)")
  }

  private func squash(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }
}
