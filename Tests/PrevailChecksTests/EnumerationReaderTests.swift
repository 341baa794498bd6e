import PrevailLexicon
import XCTest

@testable import PrevailChecks

/// The English list reader: items and their offsets on UDHR- and SDG-like sentences.
final class EnumerationReaderTests: XCTestCase {
  private func english(_ sentence: String) throws -> [[String]] {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    return EnumerationReader(lexicon: lexicon).english(sentence).map { $0.items.map(\.text) }
  }

  /// Each item's offset points at its text in the sentence.
  private func assertOffsets(_ sentence: String, file: StaticString = #filePath, line: UInt = #line)
    throws
  {
    guard let lexicon = CheckTestSupport.lexicon else { throw XCTSkip("no bundled lexicon") }
    let scalars = Array(sentence.unicodeScalars)
    for item in EnumerationReader(lexicon: lexicon).english(sentence).flatMap(\.items) {
      let end = item.offset + item.text.unicodeScalars.count
      XCTAssertLessThanOrEqual(end, scalars.count, item.text, file: file, line: line)
      guard end <= scalars.count else { continue }
      XCTAssertEqual(
        String(String.UnicodeScalarView(scalars[item.offset..<end])), item.text,
        file: file, line: line)
    }
  }

  func testASeriesWithAMiddleItemHoldingItsOwnOr() throws {
    let sentence =
      "Everyone is entitled to all the rights and freedoms set forth in this Declaration, "
      + "without distinction of any kind, such as race, colour, sex, language, religion, "
      + "political or other opinion, national or social origin, property, birth or other status."
    let lists = try english(sentence)
    XCTAssertEqual(
      lists.first,
      [
        "kind", "race", "colour", "sex", "language", "religion", "political",
        "other opinion",
      ])
    XCTAssertEqual(lists.last, ["social origin", "property", "birth", "other status"])
    try assertOffsets(sentence)
  }

  func testTwoListsInOneSentenceStayApartAcrossASemicolon() throws {
    let sentence =
      "Everyone has the right to a standard of living adequate for the health of himself and of "
      + "his family, including food, clothing, housing and medical care and necessary social "
      + "services; and the right to security in the event of unemployment, sickness, disability, "
      + "widowhood, old age or other lack of livelihood."
    let lists = try english(sentence)
    XCTAssertEqual(lists.count, 2)
    XCTAssertEqual(lists.first, ["family", "food", "clothing", "housing", "medical care"])
    XCTAssertEqual(
      lists.last, ["unemployment", "sickness", "disability", "widowhood", "old age", "other lack"])
    try assertOffsets(sentence)
  }

  func testAListClosedByOrAndAFourWordItemBeforeAnd() throws {
    let sentence =
      "Expand infrastructure in developing countries, in particular least developed countries, "
      + "small island developing States and landlocked developing countries, in accordance "
      + "with their programmes."
    XCTAssertEqual(
      try english(sentence),
      [["developed countries", "small island developing", "landlocked developing countries"]])
    try assertOffsets(sentence)
    let or = "Provide transport that is safe, affordable or accessible for all."
    XCTAssertEqual(try english(or), [["safe", "affordable", "accessible"]])
    try assertOffsets(or)
  }

  func testNoListRunsAcrossAColonOrASentenceEnd() throws {
    let sentence =
      "By 2030, ensure that all girls complete education. Rights, duties and freedoms: "
      + "dialogue, mutual-reference, and interoperability."
    let lists = try english(sentence)
    XCTAssertEqual(lists.last, ["dialogue", "mutual-reference", "interoperability"])
    XCTAssertFalse(lists.flatMap { $0 }.contains("2030"))
    XCTAssertFalse(lists.flatMap { $0 }.contains { $0.contains(".") })
    try assertOffsets(sentence)
  }

  func testListIntroducersAreNotPartOfTheItem() throws {
    let sentence =
      "Double the incomes of food producers, in particular women, indigenous peoples, family "
      + "farmers and fishers."
    let items = try english(sentence).flatMap { $0 }
    XCTAssertTrue(items.contains("women"))
    XCTAssertFalse(items.contains { $0.hasPrefix("in particular") })
    try assertOffsets(sentence)
  }
}
