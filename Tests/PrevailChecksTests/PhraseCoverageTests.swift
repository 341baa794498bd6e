import PrevailLexicon
import XCTest

@testable import PrevailChecks

/// The phrase finder behind `unrendered-phrases`, on a small hand-written dictionary, and the
/// document calibration of its thresholds.
final class PhraseCoverageTests: XCTestCase {
  private static let dictionary = """
    人工智能 人工智能 [ren2 gong1 zhi4 neng2] /artificial intelligence/
    倫理 伦理 [lun2 li3] /ethics/
    框架 框架 [kuang4 jia4] /framework/
    落實 落实 [luo4 shi2] /to implement/to carry out/
    機制 机制 [ji1 zhi4] /mechanism/
    社交 社交 [she4 jiao1] /social contact/social/
    媒介 媒介 [mei2 jie4] /media/
    社會 社会 [she4 hui4] /society/social/
    風險 风险 [feng1 xian3] /risk/
    個人 个人 [ge4 ren2] /individual/
    面臨 面临 [mian4 lin2] /to face/
    合作 合作 [he2 zuo4] /to cooperate/cooperation/
    國際 国际 [guo2 ji4] /international/
    迫不得已 迫不得已 [po4 bu4 de2 yi3] /to have no alternative (idiom)/
    """

  private func coverage() throws -> PhraseCoverage {
    PhraseCoverage(terms: TermMatcher(lexicon: try Lexicon(cedict: Self.dictionary)))
  }

  func testADroppedConjunctNextToARenderedOneIsFound() throws {
    let result = try coverage().chinese(
      "人工智能伦理框架与落实机制。", english: "AI ethics frameworks.")
    XCTAssertEqual(result.phrases.map(\.text), ["落实机制"])
    let phrase = try XCTUnwrap(result.phrases.first)
    XCTAssertTrue(phrase.isConjunct)
    XCTAssertTrue(phrase.endsClause)
    XCTAssertEqual(phrase.partner, "框架")
    XCTAssertEqual(phrase.weight, 2)
    // 人工智能 is rendered by the acronym of its gloss.
    XCTAssertEqual(result.content, 6)
    XCTAssertEqual(result.uncovered, 2)
  }

  func testEachEnglishWordRendersOneChineseWord() throws {
    // "social" renders 社交; it cannot also render 社会.
    let result = try coverage().chinese(
      "社交媒介面临个人和社会风险。", english: "Social media face risks.")
    XCTAssertEqual(result.phrases.map(\.words), [["个人", "社会"]])
  }

  func testHyphenatedWordsAlsoMatchTheirSolidSpelling() throws {
    let result = try coverage().chinese("国际合作。", english: "international co-operation")
    XCTAssertTrue(result.phrases.isEmpty, "\(result.phrases)")
  }

  func testEnglishClausesCollectTheirUnsourcedWords() throws {
    let result = try coverage().english(
      "AI ethics frameworks, draft practical guides on engineering", chinese: "人工智能伦理框架")
    XCTAssertEqual(result.clauses.map(\.words), [["draft", "practical", "guides", "engineering"]])
    XCTAssertEqual(result.clauses.first?.clauseContent, 4)
  }

  func testIdiomsWeighOneAndCompoundsTwo() throws {
    let result = try coverage().chinese("迫不得已人工智能", english: "nothing")
    XCTAssertEqual(result.phrases.first?.weight, 3)
  }

  func testThresholdsFollowHowFreelyTheDocumentTranslates() {
    let close = UnrenderedPhraseCheck.Thresholds(uncoveredShare: 0.2)
    XCTAssertEqual(close.majorRun, 4)
    XCTAssertTrue(close.conjunctIsMajor)
    let free = UnrenderedPhraseCheck.Thresholds(uncoveredShare: 0.5)
    XCTAssertEqual(free.majorRun, 9)
    XCTAssertFalse(free.conjunctIsMajor)
    let run = UncoveredPhrase(text: "甲乙丙丁", offset: 0, words: [], weight: 4)
    XCTAssertEqual(close.omission(run), .major)
    XCTAssertNil(free.omission(run))
    // Three unsourced words in a clause of five: minor, unless the pair was rewritten.
    let added = UncoveredPhrase(
      text: "a b c", offset: 0, words: [], weight: 3, clauseUncovered: 3, clauseContent: 5)
    XCTAssertEqual(close.addition(added), .minor)
    XCTAssertEqual(close.addition(added, rewritten: true), .major)
  }

  func testAssociationsNeedThreeSentencesTogether() throws {
    guard
      let context = CheckTestSupport.context([
        ("负担得起的住房。", "affordable housing."),
        ("负担得起的药品。", "affordable medicines."),
        ("负担得起的能源。", "affordable energy."),
        ("人人享有住房。", "housing for all."),
      ])
    else { throw XCTSkip("bundled dictionary unavailable") }
    let learned = DocumentAssociations(
      context.sentencePairs, zhRole: .governing, terms: context.terms)
    XCTAssertTrue(learned.stems(of: "负担").contains("afford"), "\(learned.stems(of: "负担"))")
    let twice = DocumentAssociations(
      Array(context.sentencePairs.prefix(2)), zhRole: .governing, terms: context.terms)
    XCTAssertFalse(twice.stems(of: "负担").contains("afford"))
  }
}
