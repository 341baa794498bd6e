import PrevailLexicon
import XCTest

/// Checks on the shipped CC-CEDICT, loaded once for the whole test run.
final class BundledLexiconTests: XCTestCase {
  static let shared: Result<Lexicon, Error> = Result { try Lexicon.bundled() }

  func lexicon() throws -> Lexicon { try Self.shared.get() }

  /// English content stems of a phrase, as the aligner computes them.
  func englishStems(_ text: String) -> Set<String> {
    Set(EnglishMorphology.words(in: text).filter { !$0.isStopWord }.map(\.stem))
  }

  func testLoadsEveryEntryAndIsCached() throws {
    let lexicon = try lexicon()
    XCTAssertEqual(lexicon.entryCount, 118_961)
    XCTAssertTrue(try Lexicon.bundled() === lexicon)
  }

  func testElderlyMeetsOld() throws {
    let lexicon = try lexicon()
    XCTAssertTrue(lexicon.englishStems(for: "老人").contains("old"))
    XCTAssertTrue(lexicon.englishStems(for: "老年人").contains("old"))
    XCTAssertTrue(englishStems("the elderly").contains("old"))
    XCTAssertTrue(englishStems("older persons").isSuperset(of: ["old", "person"]))
    XCTAssertEqual(englishStems("elderly"), ["old"])
  }

  func testChildrenWomenRefugeesAndDisability() throws {
    let lexicon = try lexicon()
    XCTAssertFalse(lexicon.englishStems(for: "儿童").isDisjoint(with: englishStems("children")))
    XCTAssertFalse(lexicon.englishStems(for: "兒童").isDisjoint(with: englishStems("children")))
    XCTAssertFalse(lexicon.englishStems(for: "妇女").isDisjoint(with: englishStems("women")))
    XCTAssertFalse(lexicon.englishStems(for: "难民").isDisjoint(with: englishStems("refugees")))
    let disabled = lexicon.englishStems(for: "残疾人")
    XCTAssertFalse(disabled.isDisjoint(with: englishStems("persons with disabilities")))
    XCTAssertFalse(disabled.isDisjoint(with: englishStems("disabled people")))
    XCTAssertTrue(disabled.contains(EnglishMorphology.stem("disabilities")))
  }

  func testFragmentationComposesFromItsBase() throws {
    let lexicon = try lexicon()
    XCTAssertFalse(lexicon.contains("碎片化"))
    let stems = lexicon.englishStems(for: "碎片化")
    XCTAssertTrue(stems.contains("fragment"))
    XCTAssertTrue(stems.contains(EnglishMorphology.stem("fragmentation")))
    XCTAssertFalse(stems.contains("transform"), "the suffix 化 adds no stems of its own")
  }

  func testStemIDsMatchAcrossLanguages() throws {
    let lexicon = try lexicon()
    let id = try XCTUnwrap(lexicon.stemID(EnglishMorphology.stem("children")))
    XCTAssertTrue(lexicon.englishStemIDs(for: "儿童").contains(id))
    XCTAssertEqual(lexicon.stem(forID: id), "child")
  }

  func testGlossCleaningOnRealEntries() throws {
    let lexicon = try lexicon()
    // 人: "man/person/people/CL:個|个[ge4],位[wei4]" has no classifier or pinyin stems.
    let person = lexicon.englishStems(for: "人")
    XCTAssertTrue(person.isSuperset(of: ["man", "person"]))
    XCTAssertFalse(person.contains("cl"))
    XCTAssertFalse(person.contains("ge"))
    // 88: "(Internet slang) bye-bye (alternative for 拜拜[bai2 bai2])".
    XCTAssertEqual(lexicon.englishStems(for: "88"), ["bye"])
  }

  func testSegmentsTheReferenceList() throws {
    let lexicon = try lexicon()
    let tokens = lexicon.segment("妇女、老人、儿童、残疾人、难民")
    XCTAssertEqual(tokens.map(\.text), ["妇女", "老人", "儿童", "残疾人", "难民"])
    XCTAssertTrue(tokens.allSatisfy(\.isInDictionary))
    XCTAssertEqual(tokens.map(\.range.lowerBound), [0, 3, 6, 9, 13])
  }

  func testTraditionalLookup() throws {
    let lexicon = try lexicon()
    XCTAssertEqual(lexicon.entries(for: "婦女").first?.simplified, "妇女")
    XCTAssertEqual(lexicon.entries(for: "兒童").first?.simplified, "儿童")
    XCTAssertEqual(lexicon.segment("殘疾人和兒童").map(\.text), ["殘疾人", "和", "兒童"])
  }
}
