import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// When one version marks a division the other does not, its sentences are still aligned.
final class StructureFallbackTests: XCTestCase {
  func testAHeadingInOneVersionOnlyDoesNotStrandItsSentences() throws {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let document = try Shared.pair(
      zh: """
        人人享有受教育的权利。
        国家保障公民的言论自由。
        第二章　权利
        劳动者有休息的权利。
        国家保护环境。
        """,
      en: """
        Everyone has the right to education.
        The State guarantees the freedom of speech of citizens.
        Workers have the right to rest.
        The State protects the environment.
        """)
    let result = Pipeline(lexicon: lexicon).check(document)
    let sentences = result.aligned.beads(at: .sentence)
    XCTAssertEqual(sentences.filter { !$0.governing.isEmpty && !$0.translation.isEmpty }.count, 4)
    XCTAssertFalse(
      result.findings.contains { $0.check == "unmatched-text" },
      result.findings.map(\.message).joined(separator: "\n"))
  }
}
