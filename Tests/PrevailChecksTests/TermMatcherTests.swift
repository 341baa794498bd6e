import PrevailChecks
import PrevailLexicon
import XCTest

/// Matching on a small hand-written dictionary, so the rules are tested apart from CC-CEDICT.
final class TermMatcherTests: XCTestCase {
  private static let dictionary = """
    老人 老人 [lao3 ren2] /old man or woman/the elderly/
    婦女 妇女 [fu4 nu:3] /woman/
    兒童 儿童 [er2 tong2] /child/CL:個|个[ge4]/
    殘疾人 残疾人 [can2 ji2 ren2] /disabled person/
    難民 难民 [nan4 min2] /refugee/
    社會 社会 [she4 hui4] /society/
    重視 重视 [zhong4 shi4] /to attach importance to/
    """

  private func matcher() throws -> TermMatcher {
    TermMatcher(lexicon: try Lexicon(cedict: Self.dictionary))
  }

  func testAGlossCountsOnlyWhenMostOfItIsRendered() throws {
    let terms = try matcher()
    let women = terms.stems(ofEnglish: "women and children")
    XCTAssertLessThan(terms.coverage(ofChinese: "老人", in: women).score, TermMatcher.presentThreshold)
    XCTAssertEqual(terms.coverage(ofChinese: "妇女", in: women).score, 1)
    XCTAssertEqual(terms.coverage(ofChinese: "婦女", in: women).score, 1, "Traditional form")
    let elderly = terms.stems(ofEnglish: "the elderly")
    XCTAssertEqual(terms.coverage(ofChinese: "老人", in: elderly).score, 1)
  }

  func testStemFamiliesMatchByPrefix() {
    XCTAssertTrue(TermMatcher.stemsMatch("social", "societi"))
    XCTAssertTrue(TermMatcher.stemsMatch("racial", "race"))
    XCTAssertFalse(TermMatcher.stemsMatch("man", "mani"))
    XCTAssertFalse(TermMatcher.stemsMatch("public", "punish"))
  }

  func testReadsChineseAndEnglishSeries() throws {
    let reader = EnumerationReader(lexicon: try Lexicon(cedict: Self.dictionary))
    let chinese = reader.chinese("重视妇女、老人、儿童、残疾人、难民和有具体需求人士享受权利。")
    XCTAssertEqual(chinese.first?.items.map(\.text), ["妇女", "老人", "儿童", "残疾人", "难民"])
    XCTAssertNotNil(chinese.first?.tail)
    let english = reader.english(
      "Attention should be paid to the rights of women, children, persons with disabilities, "
        + "refugees and persons with specific needs to digital technology.")
    XCTAssertEqual(
      english.first?.items.map(\.text),
      ["women", "children", "persons with disabilities", "refugees", "persons with specific"])
  }
}
