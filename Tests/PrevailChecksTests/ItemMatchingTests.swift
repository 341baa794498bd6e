import PrevailLexicon
import XCTest

@testable import PrevailChecks

final class ItemMatchingTests: XCTestCase {
  private func matching(_ zh: String, _ en: String) throws -> ItemMatching {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    let terms = TermMatcher(lexicon: lexicon)
    let reader = EnumerationReader(lexicon: lexicon)
    return ItemMatching(
      chinese: reader.chinese(zh), english: reader.english(en),
      englishSentenceStems: terms.stems(ofEnglish: en), terms: terms, englishSentence: en,
      chineseSentence: zh)
  }

  func testAnItemDroppedFromALongerListIsNotHiddenByAnUnrelatedLeftover() throws {
    let zh = "人人享有这些权利，不分种族、肤色、性别、语言、宗教、出生等任何区别。"
    let full = try matching(
      zh, "without any distinction of race, colour, sex, language, religion or birth.")
    XCTAssertEqual(full.unmatchedChinese.map(\.text), [])
    let dropped = try matching(
      zh, "without any distinction of race, sex, language, religion or birth.")
    XCTAssertEqual(dropped.unmatchedChinese.map(\.text), ["肤色"])
  }

  func testLeftoversOfListsOfEqualLengthAreParaphrases() throws {
    let result = try matching(
      "加强连通性、韧性和安全。", "Strengthen connectivity, toughness and security.")
    XCTAssertEqual(result.unmatchedChinese.map(\.text), [])
    XCTAssertEqual(result.unmatchedEnglish.map(\.text), [])
  }

  func testAWordClaimedByAnotherItemDoesNotRenderThisOne() throws {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    let terms = TermMatcher(lexicon: lexicon)
    let stems = terms.stems(ofEnglish: "race, sex, language")
    XCTAssertFalse(ItemMatching.claimedStems(of: "性别", in: stems, terms).isEmpty)
    XCTAssertTrue(ItemMatching.claimedStems(of: "宗教", in: stems, terms).isEmpty)
  }

  func testAStrandedItemIsMissingEvenWhenTheEnglishListHasUnrelatedLeftovers() throws {
    let zh = "不分种族、肤色、性别、语言、宗教、政治或其他见解、国籍或社会出身、财产、出生或其他身分等任何区别。"
    let en =
      "without distinction of any kind, such as race, colour, sex, language, religion, "
      + "political or other opinion, national or social origin, property, birth or other status."
    XCTAssertEqual(try matching(zh, en).unmatchedChinese.map(\.text), [])
    let dropped = en.replacingOccurrences(of: " colour,", with: "")
    XCTAssertEqual(try matching(zh, dropped).unmatchedChinese.map(\.text), ["肤色"])
  }

  func testAWordOutsideTheEnglishListsAnchorsAnItem() throws {
    let zh = "成年男女，不受种族、国籍或宗教的任何限制有权婚嫁和成立家庭。"
    let full =
      "Men and women of full age, without any limitation due to race, nationality or "
      + "religion, have the right to marry and to found a family."
    XCTAssertEqual(try matching(zh, full).unmatchedChinese.map(\.text), [])
    let dropped = full.replacingOccurrences(of: " nationality or", with: "")
      .replacingOccurrences(of: "race,", with: "race or")
    XCTAssertEqual(try matching(zh, dropped).unmatchedChinese.map(\.text), ["国籍"])
  }

  func testALastItemCutShortIsPresentWhileItsWholePartIsRendered() throws {
    let zh = "人人有权工作、自由选择职业、享受公正和合适的工作条件并享受免于失业的保障。"
    let en =
      "Everyone has the right to work, to free choice of employment, to just and "
      + "favourable conditions of work and to protection against unemployment."
    XCTAssertEqual(try matching(zh, en).unmatchedChinese.map(\.text), [])
  }

  func testTheWholeLastPartRunsToTheTailOrTheClauseEnd() throws {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    let reader = EnumerationReader(lexicon: lexicon)
    let zh = "人人有权工作、自由选择职业、享受公正和合适的工作条件并享受免于失业的保障。"
    let spans = ItemMatching.lastItemSpans(reader.chinese(zh), sentence: zh)
    XCTAssertEqual(Array(spans.values), ["享受公正和合适的工作条件并"])
    let ended = "不分种族、肤色、出生等任何区别。"
    XCTAssertEqual(ItemMatching.lastItemSpans(reader.chinese(ended), sentence: ended), [:])
  }

  func testACharacterGlossClaimedByAnotherWordOfTheSentenceRendersNothing() throws {
    // 着 can gloss "all right!", but "right" is 有权's.
    let zh = "人人有权享受为维持他本人和家属的健康所需的生活水准，包括食物、衣着、住房、医疗和必要的社会服务；"
    let en =
      "Everyone has the right to a standard of living adequate for the health of himself "
      + "and of his family, including food, clothing, housing and medical care and necessary "
      + "social services;"
    XCTAssertEqual(try matching(zh, en).unmatchedChinese.map(\.text), [])
    let dropped = en.replacingOccurrences(of: " clothing,", with: "")
    XCTAssertEqual(try matching(zh, dropped).unmatchedChinese.map(\.text), ["衣着"])
  }

  func testAnItemRenderedByItsOwnGlossIsNotMatchedThroughACharacter() throws {
    // 思想 is "thought"; 想 "believe" must not pair it with "belief".
    let zh = "人人有思想、良心和宗教自由的权利；此项权利包括改变他的宗教或信仰的自由。"
    let en =
      "Everyone has the right to freedom of thought, conscience and religion; this right "
      + "includes freedom to change his religion or belief."
    XCTAssertEqual(try matching(zh, en).unmatchedChinese.map(\.text), [])
    let dropped = en.replacingOccurrences(of: " conscience", with: "")
      .replacingOccurrences(of: "thought,", with: "thought")
    XCTAssertEqual(try matching(zh, dropped).unmatchedChinese.map(\.text), ["良心"])
  }

  func testAWordInsideAnUnmatchedEnglishItemIsNoAnchor() throws {
    // 互 "mutual" of 可互操作 must not anchor it at "mutual-reference" and strand 可借鉴.
    let result = try matching(
      "敏捷性原则涵盖可对话、可借鉴、可互操作。",
      "The principle of agility contains three dimensions: dialogue, mutual-reference, and "
        + "interoperability.")
    XCTAssertEqual(result.unmatchedChinese.map(\.text), [])
  }

  func testASecondChineseSeriesWithNoEnglishListDoesNotWidenTheGap() throws {
    let zh = "取消助长非法、未报告和无管制捕捞活动的补贴，给予发展中国家合理、有效的特殊待遇。"
    let en =
      "Eliminate subsidies that contribute to illegal, unreported and unregulated fishing, with "
      + "appropriate and effective special treatment for developing countries."
    XCTAssertEqual(try matching(zh, en).unmatchedChinese.map(\.text), [])
  }

  func testStrandingNeedsMatchedNeighboursInTheSameOrder() {
    let anchors = [ItemMatching.Anchor(zh: 0, en: 10), ItemMatching.Anchor(zh: 6, en: 20)]
    let offsets = [0, 10, 15, 20, 30, 40]
    func stranded(_ offset: Int, _ anchors: [ItemMatching.Anchor], _ leftovers: [Int]) -> Bool {
      ItemMatching.isStranded(
        offset, anchors: anchors, englishOffsets: offsets, englishLeftovers: leftovers)
    }
    XCTAssertTrue(stranded(3, anchors, [40]))
    XCTAssertFalse(stranded(3, anchors, [15]))
    // A leftover right next to an anchor may be a swapped paraphrase.
    XCTAssertFalse(stranded(3, anchors, [0]))
    XCTAssertFalse(stranded(3, anchors, [30]))
    XCTAssertFalse(stranded(9, anchors, []))
    XCTAssertFalse(
      stranded(3, [ItemMatching.Anchor(zh: 0, en: 20), ItemMatching.Anchor(zh: 6, en: 10)], []))
    // Next to a word anchor (not a list item) there is no swapped paraphrase to allow for.
    let words = [
      ItemMatching.Anchor(zh: 0, en: 10, isItem: false),
      ItemMatching.Anchor(zh: 6, en: 20, isItem: false),
    ]
    XCTAssertTrue(stranded(3, words, [0]))
    // Beyond the anchor, a Chinese leftover of its own claims the English leftover there.
    XCTAssertTrue(
      ItemMatching.isStranded(
        3, anchors: anchors, englishOffsets: offsets, englishLeftovers: [0],
        chineseOffsets: [-3, 0, 3, 6], chineseLeftovers: [-3, 3]))
  }
}

final class SentenceSharesTests: XCTestCase {
  func testTheSentenceLeftWithoutItsOwnWordsIsTheOneDropped() throws {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    let terms = TermMatcher(lexicon: lexicon)
    let chinese = ["法律之前人人平等，并有权享受法律的平等保护。", "人人有权享受平等保护，以免受任何歧视行为之害。"]
    let dropped = SentenceShares(
      chinese: chinese, english: "All are entitled to equal protection against any discrimination.",
      terms: terms)
    XCTAssertEqual(dropped.shares.map(\.ownRendered), [0, 1])
    XCTAssertEqual(dropped.shares[0].ownWords, ["之前", "法律"])
    let full = SentenceShares(
      chinese: chinese,
      english: "All are equal before the law and are entitled to equal protection of the law. "
        + "All are entitled to equal protection against any discrimination.", terms: terms)
    XCTAssertGreaterThan(full.shares[0].ownRendered, 0)
    XCTAssertGreaterThan(full.shares[0].renderedLast, dropped.shares[0].renderedLast)
  }
}
