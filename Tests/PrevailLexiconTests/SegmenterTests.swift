import XCTest

@testable import PrevailLexicon

/// Dictionary segmentation on a small hand-written dictionary.
final class SegmenterTests: XCTestCase {
  static let sample = """
    研究 研究 [yan2 jiu1] /research/
    研究生 研究生 [yan2 jiu1 sheng1] /graduate student/
    生命 生命 [sheng1 ming4] /life/
    命 命 [ming4] /life/fate/
    起源 起源 [qi3 yuan2] /origin/
    婦女 妇女 [fu4 nu:3] /woman/
    兒童 儿童 [er2 tong2] /child/
    老人 老人 [lao3 ren2] /the elderly/
    和 和 [he2] /and/
    """

  func testSegmentsListAndSkipsPunctuation() throws {
    let lexicon = try Lexicon(cedict: Self.sample)
    let tokens = lexicon.segment("妇女、老人和儿童")
    XCTAssertEqual(tokens.map(\.text), ["妇女", "老人", "和", "儿童"])
    XCTAssertEqual(tokens.map(\.range), [0..<2, 3..<5, 5..<6, 6..<8])
    XCTAssertTrue(tokens.allSatisfy(\.isInDictionary))
  }

  func testPrefersFewerWordsOverForwardMaximumMatching() throws {
    let lexicon = try Lexicon(cedict: Self.sample)
    XCTAssertEqual(lexicon.segment("研究生命起源").map(\.text), ["研究", "生命", "起源"])
    XCTAssertEqual(lexicon.segment("研究生").map(\.text), ["研究生"])
  }

  func testTraditionalTextAndUnknownCharacters() throws {
    let lexicon = try Lexicon(cedict: Self.sample)
    let tokens = lexicon.segment("IPv6婦女鑫兒童")
    XCTAssertEqual(tokens.map(\.text), ["婦女", "鑫", "兒童"])
    XCTAssertEqual(tokens.map(\.isInDictionary), [true, false, true])
    XCTAssertEqual(tokens.map(\.range), [4..<6, 6..<7, 7..<9])
  }

  func testRangesCountScalarsNotGraphemesOrUTF16() throws {
    let lexicon = try Lexicon(cedict: Self.sample)
    // U+1F469 is one scalar but two UTF-16 units; e + U+0301 is two scalars, one grapheme.
    let tokens = lexicon.segment("👩e\u{301}老人")
    XCTAssertEqual(tokens.map(\.range), [3..<5])
  }
}
