import XCTest

@testable import PrevailAlign

final class AlignmentMetricTests: XCTestCase {
  private func beads(_ text: String) throws -> [SentenceBead] { try BeadParser.parse(text) }

  func testPerfectAlignment() throws {
    let gold = try beads("[0]:[0]\n[1]:[1,2]\n[2]:[]\n")
    let metric = AlignmentMetric(system: gold, gold: gold)
    XCTAssertEqual(metric.strictPrecision, 1)
    XCTAssertEqual(metric.strictRecall, 1)
    XCTAssertEqual(metric.laxF1, 1)
    // Precision counts the 1-0 bead; recall drops it from both sides.
    XCTAssertEqual(metric.precisionCounts.total, 3)
    XCTAssertEqual(metric.recallCounts.total, 2)
  }

  /// Hand-computed: gold [0]:[0] [1]:[1,2] [2]:[3] [3]:[]
  /// system [0]:[0] [1]:[1] []:[2] [2,3]:[3]
  /// Precision over 4 system beads: strict hits [0]:[0] = 1; lax adds [1]:[1] (1–1 linked in
  /// gold) and [2,3]:[3] (2–3 linked); []:[2] is a miss. P strict 1/4, lax 3/4.
  /// Recall: gold links [0]:[0] [1]:[1,2] [2]:[3] against system links [0]:[0] [1]:[1] [2,3]:[3]:
  /// strict 1/3, lax 3/3.
  func testHandComputedExample() throws {
    let gold = try beads("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n")
    let system = try beads("[0]:[0]\n[1]:[1]\n[]:[2]\n[2,3]:[3]\n")
    let metric = AlignmentMetric(system: system, gold: gold)
    XCTAssertEqual(metric.precisionCounts, .init(strictHits: 1, laxHits: 3, total: 4))
    XCTAssertEqual(metric.recallCounts, .init(strictHits: 1, laxHits: 3, total: 3))
    XCTAssertEqual(metric.strictPrecision, 0.25, accuracy: 1e-12)
    XCTAssertEqual(metric.strictRecall, 1.0 / 3, accuracy: 1e-12)
    XCTAssertEqual(metric.strictF1, 2 * 0.25 / 3 / (0.25 + 1.0 / 3), accuracy: 1e-12)
    XCTAssertEqual(metric.laxPrecision, 0.75, accuracy: 1e-12)
    XCTAssertEqual(metric.laxRecall, 1, accuracy: 1e-12)
  }

  func testMicroAveragingOverDocuments() throws {
    var metric = AlignmentMetric()
    metric.add(system: try beads("[0]:[0]\n"), gold: try beads("[0]:[0]\n"))
    metric.add(
      system: try beads("[0]:[0,1]\n[1]:[2]\n[2]:[3]\n"),
      gold: try beads("[0]:[0]\n[]:[1]\n[1]:[2]\n[2]:[3]\n"))
    // Precision 3 hits of 4 beads (not the mean of 1 and 2/3).
    XCTAssertEqual(metric.precisionCounts, .init(strictHits: 3, laxHits: 4, total: 4))
    XCTAssertEqual(metric.strictPrecision, 0.75, accuracy: 1e-12)
    XCTAssertEqual(metric.documents, 2)
  }

  func testEmptyBeadsAreSkipped() throws {
    let metric = AlignmentMetric(
      system: [SentenceBead(zh: [], en: []), SentenceBead(zh: [0], en: [0])],
      gold: [SentenceBead(zh: [0], en: [0])])
    XCTAssertEqual(metric.precisionCounts.total, 1)
    XCTAssertEqual(metric.strictF1, 1)
  }
}
