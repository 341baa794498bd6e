import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// The UN pairs in ../shared/corpus check end to end, alone and as a corpus.
final class CorpusSharedPairsTests: XCTestCase {
  private func sharedCorpus() throws -> URL {
    let url = Shared.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    guard FileManager.default.fileExists(atPath: url.appendingPathComponent("udhr/zh.txt").path)
    else { throw XCTSkip("../shared/corpus is absent") }
    return url
  }

  func testUDHRAndSDGPairsCheckEndToEnd() throws {
    let corpus = try sharedCorpus()
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let pipeline = Pipeline(lexicon: lexicon)
    for name in ["udhr", "sdg"] {
      let folder = corpus.appendingPathComponent(name)
      let result = try pipeline.check(
        .pair(
          original: folder.appendingPathComponent("zh.txt").path,
          translation: folder.appendingPathComponent("en.txt").path, onePerLine: nil))
      XCTAssertEqual(result.document.governing.language, .zh, name)
      XCTAssertGreaterThan(result.aligned.beads.filter { $0.level == .sentence }.count, 50, name)
      XCTAssertFalse(result.findings.isEmpty, name)
    }
  }

  func testUDHRNoteLinesAreFoundAsOmissions() throws {
    let corpus = try sharedCorpus()
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let folder = corpus.appendingPathComponent("udhr")
    let result = try Pipeline(lexicon: lexicon).check(
      .pair(
        original: folder.appendingPathComponent("zh.txt").path,
        translation: folder.appendingPathComponent("en.txt").path, onePerLine: nil))
    let lines = Set(
      result.findings.filter { $0.check == "unmatched-text" }.compactMap { $0.governing?.line })
    XCTAssertTrue(lines.contains(2) || lines.contains(3), "\(lines)")
  }

  func testSharedCorpusAsACorpus() throws {
    let corpus = try sharedCorpus()
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let documents = try CorpusDiscovery.documents(in: corpus.path)
    XCTAssertEqual(documents.map(\.name), ["china-igf-gdc-input", "sdg", "udhr"])
    let summary = try CorpusRunner(
      pipeline: Pipeline(lexicon: lexicon, failOn: nil), formats: [], output: nil
    ).run(documents)
    XCTAssertTrue(summary.failed.isEmpty, summary.failed.map(\.line).joined(separator: "\n"))
  }
}
