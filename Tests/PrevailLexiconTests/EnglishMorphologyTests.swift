import PrevailLexicon
import XCTest

/// Tokenization, stemming and stop words.
final class EnglishMorphologyTests: XCTestCase {
  func testWordsKeepInternalHyphensAndApostrophesWithScalarRanges() {
    let words = EnglishMorphology.words(in: "Multi‐stakeholder, women’s IPv6 10-Year plan")
    XCTAssertEqual(words.map(\.text), ["Multi‐stakeholder", "women’s", "IPv6", "Year", "plan"])
    XCTAssertEqual(words.map(\.range), [0..<17, 19..<26, 27..<31, 35..<39, 40..<44])
    XCTAssertEqual(words[1].stem, "woman")
  }

  func testRangesAreScalarOffsets() {
    let words = EnglishMorphology.words(in: "👩‍⚕️ café")
    XCTAssertEqual(words.map(\.text), ["café"])
    XCTAssertEqual(words.first?.range, 5..<9)
  }

  func testInflectionAndDerivationMeet() {
    let groups: [[String]] = [
      ["fragment", "fragments", "fragmentation", "fragmenting", "fragmented"],
      ["old", "older", "oldest", "elder", "elderly", "elders"],
      ["child", "children", "children's", "Child"],
      ["woman", "women", "women's"],
      ["person", "persons", "people"],
      ["disabled", "disability", "disabilities"],
      ["equitable", "equitably"],
      ["govern", "governs", "governed", "governing"],
    ]
    for group in groups {
      let stems = Set(group.map(EnglishMorphology.stem))
      XCTAssertEqual(stems.count, 1, "\(group) → \(stems)")
    }
    XCTAssertEqual(EnglishMorphology.stem("fragmentation"), "fragment")
    XCTAssertEqual(EnglishMorphology.stem("elderly"), "old")
    XCTAssertEqual(EnglishMorphology.stem("children"), "child")
    XCTAssertNotEqual(EnglishMorphology.stem("women"), EnglishMorphology.stem("men"))
  }

  func testHyphenatedWordsStemPartByPart() {
    XCTAssertEqual(EnglishMorphology.stem("multi-stakeholder"), "multi-stakehold")
    XCTAssertEqual(EnglishMorphology.stemParts("cross‐border"), ["cross", "border"])
  }

  func testStopWords() {
    for word in ["the", "The", "of", "and", "shall", "one’s"] {
      XCTAssertTrue(EnglishMorphology.isStopWord(word), word)
    }
    for word in ["elderly", "women", "refugees", "Internet"] {
      XCTAssertFalse(EnglishMorphology.isStopWord(word), word)
    }
  }
}
