import PrevailLexicon
import XCTest

@testable import PrevailAlign

final class SentenceAlignerTests: XCTestCase {
  private var aligner: SentenceAligner!

  override func setUpWithError() throws {
    aligner = SentenceAligner(lexicon: try Toy.lexicon())
  }

  /// Builds a bitext from beads given as word lists per sentence, aligns it, and compares.
  private func check(
    _ beads: [(zh: [[Int]], en: [[Int]])], file: StaticString = #filePath, line: UInt = #line
  ) {
    var zh: [String] = []
    var en: [String] = []
    var expected: [SentenceBead] = []
    for bead in beads {
      let zhRange = zh.count..<(zh.count + bead.zh.count)
      let enRange = en.count..<(en.count + bead.en.count)
      zh += bead.zh.map { Toy.sentence($0).zh }
      en += bead.en.map { Toy.sentence($0).en }
      expected.append(SentenceBead(zh: Array(zhRange), en: Array(enRange)))
    }
    let result = aligner.align(zh: zh, en: en)
    Toy.assertWellFormed(result, zh: zh.count, en: en.count, file: file, line: line)
    XCTAssertEqual(
      BeadFormatter.beads(result), BeadFormatter.beads(expected), file: file, line: line)
  }

  /// Context of plain 1-1 beads around the bead under test.
  private func around(_ bead: (zh: [[Int]], en: [[Int]])) -> [(zh: [[Int]], en: [[Int]])] {
    [
      ([[0, 1, 2]], [[0, 1, 2]]), ([[3, 4, 5, 6]], [[3, 4, 5, 6]]), ([[7, 8]], [[7, 8]]),
      bead,
      ([[40, 41, 42]], [[40, 41, 42]]), ([[43, 44, 45, 46]], [[43, 44, 45, 46]]),
      ([[47, 48]], [[47, 48]]),
    ]
  }

  func testOneToOne() {
    check(around(([[10, 11, 12]], [[10, 11, 12]])))
  }

  func testOneToTwoSplitSentence() {
    check(around(([[10, 11, 12, 13, 14, 15]], [[10, 11, 12], [13, 14, 15]])))
  }

  func testTwoToOneMergedSentence() {
    check(around(([[10, 11, 12], [13, 14, 15]], [[10, 11, 12, 13, 14, 15]])))
  }

  func testTwoToTwo() {
    // The sentence boundary moved: neither half matches a single sentence on the other side.
    check(around(([[10, 11, 12, 13], [14, 15, 16, 17]], [[10], [11, 12, 13, 14, 15, 16, 17]])))
  }

  func testOneToThreeAndThreeToOne() {
    check(
      around(
        ([[10, 11, 12, 13, 14, 15, 16, 17, 18]], [[10, 11, 12], [13, 14, 15], [16, 17, 18]])))
    check(
      around(
        ([[10, 11, 12], [13, 14, 15], [16, 17, 18]], [[10, 11, 12, 13, 14, 15, 16, 17, 18]])))
  }

  func testOneToFour() {
    check(
      around(
        (
          [[10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]],
          [[10, 11, 12], [13, 14, 15], [16, 17, 18], [19, 20, 21]]
        )
      ))
  }

  func testOmittedSentence() {
    check(around(([[10, 11, 12, 13]], [])))
  }

  func testAddedSentence() {
    check(around(([], [[10, 11, 12, 13]])))
  }

  func testMergedAndSplitInOneDocument() {
    check(
      [
        ([[0, 1, 2]], [[0, 1, 2]]),
        ([[3, 4, 5], [6, 7, 8]], [[3, 4, 5, 6, 7, 8]]),
        ([[9, 10, 11]], [[9, 10, 11]]),
        ([[12, 13, 14, 15, 16, 17]], [[12, 13, 14], [15, 16, 17]]),
        ([[18, 19, 20]], [[18, 19, 20]]),
        ([[21, 22, 23, 24]], [[21, 22, 23, 24]]),
      ])
  }

  func testLengthOnlyAlignsParallelText() {
    let lengthOnly = SentenceAligner(lexicon: nil)
    let seeds = [1, 2, 3, 4, 5, 6]
    let zh = seeds.map { Toy.sentence(Array(0..<($0 * 2))).zh }
    let en = seeds.map { Toy.sentence(Array(0..<($0 * 2))).en }
    let beads = lengthOnly.align(zh: zh, en: en)
    Toy.assertWellFormed(beads, zh: zh.count, en: en.count)
    XCTAssertEqual(beads.map(\.shape), Array(repeating: "1-1", count: 6))
  }

  func testEmptySides() {
    XCTAssertEqual(aligner.align(zh: [], en: []), [])
    XCTAssertEqual(
      aligner.align(zh: ["猫。"], en: []).map(\.shape), ["1-0"])
    XCTAssertEqual(
      aligner.align(zh: [], en: ["A cat.", "A dog."]).map(\.shape), ["0-1", "0-1"])
  }

  /// Hundreds of sentences where a block of 12 Chinese sentences is missing from the English and
  /// 9 English sentences are added further on: the path leaves the diagonal by a dozen sentences
  /// and comes back; the aligner must follow it, inside a band far smaller than the lattice.
  func testLongDocumentWithShiftedRegion() {
    var zh: [String] = []
    var en: [String] = []
    var expected: [SentenceBead] = []
    for k in 0..<300 {
      let pair = Toy.sentence(seed: k)
      let zhIndex = zh.count
      zh.append(pair.zh)
      if (100..<112).contains(k) {
        expected.append(SentenceBead(zh: [zhIndex], en: []))
        continue
      }
      expected.append(SentenceBead(zh: [zhIndex], en: [en.count]))
      en.append(pair.en)
      if (200..<209).contains(k) {
        let extra = Toy.sentence(seed: 10_000 + k)
        expected.append(SentenceBead(zh: [], en: [en.count]))
        en.append(extra.en)
      }
    }
    let result = aligner.align(aligner.features(zh: zh, en: en))
    Toy.assertWellFormed(result.beads, zh: zh.count, en: en.count)
    let wrong = zip(result.beads, expected).filter { !$0.0.sameSentences(as: $0.1) }
    XCTAssertEqual(result.beads.count, expected.count)
    XCTAssertEqual(wrong.count, 0, "first wrong: \(wrong.first.map { "\($0.0) vs \($0.1)" } ?? "")")
    XCTAssertFalse(result.anchors.isEmpty)
    let full = (zh.count + 1) * (en.count + 1)
    XCTAssertLessThan(result.latticeCells, full / 4, "the band is not a full matrix")
  }

  func testBandGrowsLinearly() {
    func cells(_ count: Int) -> Int {
      let pairs = (0..<count).map { Toy.sentence(seed: $0, number: $0 % 3 == 0 ? $0 : nil) }
      return aligner.align(aligner.features(zh: pairs.map(\.zh), en: pairs.map(\.en)))
        .latticeCells
    }
    let small = cells(300)
    let large = cells(1200)
    // Four times the sentences: about four times the cells (a full matrix would be sixteen).
    XCTAssertLessThan(Double(large), 5.0 * Double(small))
    XCTAssertLessThan(large, 1201 * 1201 / 10)
  }

  func testScoresSeparateGoodAndBadBeads() {
    let good = aligner.align(zh: [Toy.sentence([1, 2, 3]).zh], en: [Toy.sentence([1, 2, 3]).en])
    let bad = aligner.align(zh: [Toy.sentence([1, 2, 3]).zh], en: [Toy.sentence([30, 31]).en])
    XCTAssertEqual(good.count, 1)
    XCTAssertGreaterThan(good[0].score, 0.5)
    let badLinks = bad.filter(\.isLink)
    XCTAssertTrue(badLinks.allSatisfy { $0.score < good[0].score })
  }
}
