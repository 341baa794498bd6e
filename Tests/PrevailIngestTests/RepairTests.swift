import PrevailModel
import XCTest

@testable import PrevailIngest

/// A tiny English vocabulary standing in for the dictionary.
let testOracle = WordOracle { word in
  [
    "actively", "active", "insights", "insight", "follows", "follow", "construction", "the",
    "this", "is", "essential", "data", "in", "strengthened", "strengthen", "part", "apart",
    "pro", "mote", "promote", "re", "liability", "reliability", "a",
  ].contains(word)
}

final class RepairTests: XCTestCase {
  private func repaired(_ text: String, _ language: Language = .en) -> (String, [Repair]) {
    let raw = RawText(path: "t.txt", text: text)
    let version = DocumentReader(oracle: testOracle).version(
      raw, lines: raw.lineRanges, language: language, freeText: true)
    return (version.side.text(0..<version.side.scalars.count), version.side.repairs)
  }

  func testJoinsWordsSplitByExtraction() {
    let (text, repairs) = repaired("The community activ ely joined and shared insight s.\n")
    XCTAssertEqual(text, "The community actively joined and shared insights.\n")
    XCTAssertEqual(repairs.filter { $0.kind == .splitWord }.count, 2)
    XCTAssertEqual(repairs.first { $0.kind == .splitWord }?.position, SourcePosition(line: 1, column: 15))
  }

  func testKeepsTwoRealWordsApartAfterAFunctionWord() {
    let (text, _) = repaired("It is a part of the plan, set apart.\n")
    XCTAssertEqual(text, "It is a part of the plan, set apart.\n")
  }

  func testJoinsSplitCapitalsInNames() {
    let (text, _) = repaired("(Authors : Xiao Z HANG, Lang W ANG)\n")
    XCTAssertTrue(text.contains("Xiao ZHANG, Lang WANG"), text)
  }

  func testJoinsHyphenatedCompoundsAcrossLinesAndSpaces() {
    let (text, repairs) = repaired("Promote multi -stakeholder work and multi -\nparty rules.\n")
    XCTAssertEqual(text, "Promote multi-stakeholder work and multi-party rules.\n")
    XCTAssertEqual(repairs.filter { $0.kind == .splitHyphen }.count, 2)
  }

  func testRemovesPageNumbersInsideSentencesAndLogsThem() {
    let (text, repairs) = repaired("Barriers to the\n2\n application should be removed.\n")
    XCTAssertEqual(text, "Barriers to the application should be removed.\n")
    XCTAssertEqual(repairs.first { $0.kind == .pageNumber }?.position.line, 2)
  }

  func testFoldsFullWidthPunctuationInEnglish() {
    let (text, _) = repaired("Key Commitments ：\nNot excessive and illegal，and limited.\n")
    XCTAssertTrue(text.contains("Not excessive and illegal, and limited."), text)
  }

  func testRemovesSpacesBetweenChineseCharactersOnly() {
    let (text, repairs) = repaired("中国 IGF关于 “全球数字契约 ”的建言\n", .zh)
    XCTAssertEqual(text, "中国IGF关于“全球数字契约”的建言\n")
    XCTAssertEqual(repairs.filter { $0.kind == .cjkSpace }.count, 3)
  }

  func testOffsetsMapBackToRawLineAndColumn() {
    let raw = RawText(path: "t.txt", text: "Intro line.\n\nThe  data  is here.\n")
    let version = DocumentReader(oracle: testOracle).version(
      raw, lines: raw.lineRanges, language: .en, freeText: true)
    let text = version.side.text(0..<version.side.scalars.count)
    let offset = text.unicodeScalars.distance(
      from: text.unicodeScalars.startIndex,
      to: text.range(of: "is here")?.lowerBound ?? text.startIndex)
    XCTAssertEqual(version.side.position(of: offset), SourcePosition(line: 3, column: 12))
  }
}
