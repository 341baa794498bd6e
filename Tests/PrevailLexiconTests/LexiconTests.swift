import XCTest

@testable import PrevailLexicon

/// Parsing, lookup and gloss cleaning on small hand-written dictionaries.
final class LexiconTests: XCTestCase {
  static let sample = """
    # CC-CEDICT
    #! entries=8
    婦女 妇女 [fu4 nu:3] /woman/
    兒童 儿童 [er2 tong2] /child/CL:個|个[ge4]/
    老人 老人 [lao3 ren2] /old man or woman/the elderly/one's aged parents or grandparents/
    碎片 碎片 [sui4 pian4] /chip/fragment/splinter/tatter/
    化 化 [hua4] /to make into/to change into/-ization/to ... -ize/to transform/
    拜拜 拜拜 [bai2 bai2] /(loanword) bye-bye/
    88 88 [ba1 ba1] /(Internet slang) bye-bye (alternative for 拜拜[bai2 bai2])/
    秊 年 [nian2] /grain/variant of 年[nian2]/
    年 年 [nian2] /year/CL:個|个[ge4]/
    發 发 [fa1] /to send out/to issue/
    髮 发 [fa4] /hair/
    lines that are not entries are skipped
    """

  func makeLexicon() throws -> Lexicon { try Lexicon(cedict: Self.sample) }

  func testParsesEntriesAndSkipsCommentsAndMalformedLines() throws {
    let lexicon = try makeLexicon()
    XCTAssertEqual(lexicon.entryCount, 11)
  }

  func testLooksUpBySimplifiedAndTraditional() throws {
    let lexicon = try makeLexicon()
    XCTAssertEqual(lexicon.glosses(for: "婦女"), ["woman"])
    XCTAssertEqual(lexicon.glosses(for: "妇女"), ["woman"])
    let entry = try XCTUnwrap(lexicon.entries(for: "兒童").first)
    XCTAssertEqual(entry.simplified, "儿童")
    XCTAssertEqual(entry.traditional, "兒童")
    XCTAssertEqual(entry.pinyin, "er2 tong2")
    XCTAssertEqual(entry.glosses, ["child", "CL:個|个[ge4]"])
    XCTAssertTrue(lexicon.contains("儿童"))
    XCTAssertFalse(lexicon.contains("儿"))
    XCTAssertFalse(lexicon.contains(""))
  }

  func testOneSimplifiedFormForTwoTraditionalEntriesKeepsDictionaryOrder() throws {
    let lexicon = try makeLexicon()
    XCTAssertEqual(lexicon.entries(for: "发").map(\.traditional), ["發", "髮"])
    XCTAssertEqual(lexicon.entries(for: "髮").map(\.pinyin), ["fa4"])
    XCTAssertEqual(lexicon.englishStems(for: "发"), ["send", "issu", "hair"])
  }

  func testEmptyDictionaryThrows() {
    XCTAssertThrowsError(try Lexicon(cedict: "# only a comment\n")) { error in
      XCTAssertEqual(error as? LexiconError, .noEntries)
    }
  }

  func testGlossCleaningDropsClassifiersRemarksVariantsAndStopWords() throws {
    let lexicon = try makeLexicon()
    XCTAssertEqual(lexicon.englishStems(for: "儿童"), ["child"])
    XCTAssertEqual(lexicon.englishStems(for: "老人"), ["old", "man", "woman", "parent", "grandpar"])
    XCTAssertEqual(lexicon.englishStems(for: "88"), ["bye"])
    // 秊 has only "grain" once "variant of 年[nian2]" is dropped.
    XCTAssertEqual(lexicon.englishStems(for: "秊"), ["grain"])
    XCTAssertEqual(lexicon.englishStems(for: "年"), ["grain", "year"])
  }

  func testUnknownWordWithSuffixComposesFromItsBase() throws {
    let lexicon = try makeLexicon()
    XCTAssertFalse(lexicon.contains("碎片化"))
    XCTAssertEqual(lexicon.englishStems(for: "碎片化"), ["chip", "fragment", "splinter", "tatter"])
  }

  func testUnknownWordComposesFromDictionaryParts() throws {
    let lexicon = try makeLexicon()
    XCTAssertEqual(lexicon.englishStems(for: "妇女儿童"), ["woman", "child"])
    XCTAssertEqual(lexicon.englishStems(for: "鑫"), [])
  }

  func testStemIDsAreSortedUniqueAndInvertible() throws {
    let lexicon = try makeLexicon()
    let ids = lexicon.englishStemIDs(for: "老人")
    XCTAssertEqual(ids, ids.sorted())
    XCTAssertEqual(Set(ids).count, ids.count)
    XCTAssertEqual(Set(ids.compactMap { lexicon.stem(forID: $0) }), lexicon.englishStems(for: "老人"))
    let old = try XCTUnwrap(lexicon.stemID("old"))
    XCTAssertTrue(ids.contains(old))
    XCTAssertNil(lexicon.stemID("the"))
    XCTAssertNil(lexicon.stemID("nonexistent"))
  }
}
