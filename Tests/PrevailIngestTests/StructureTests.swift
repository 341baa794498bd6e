import PrevailModel
import XCTest

@testable import PrevailIngest

final class StructureTests: XCTestCase {
  private let bilingual = """
    3
    A Test Proposal

    This opening paragraph exists only in English. It has two sentences.

    ⚫ Protect data

    Core Principle 1: Guarantee data security
    Key commitments:
    Encryption should be used. Data should be classified.

    (Authors : Xiao Z HANG, Jiali L IANG )

    Note: Where any discrepancy arises, the Chinese version shall prevail.

    Appendix 1:
    Coordinators:
    ➢ Chengqing HUANG, Chair

    Appendix 2:
    测试建议

    一、关于数据保护
    （Protect data）
    核心原则 1：确保数据
    安全。
    关键承诺：
    采取加密措施。对数据进行分类。

    """

  private func read() throws -> BilingualDocument {
    try DocumentReader(oracle: testOracle).readBilingual(
      RawText(path: "doc.txt", text: bilingual), name: "doc")
  }

  func testSplitsVersionsAndFindsTheGoverningClause() throws {
    let document = try read()
    XCTAssertEqual(document.governing.language, .zh)
    XCTAssertEqual(document.governingSource, "clause")
    XCTAssertEqual(
      document.governingStatement,
      "Note: Where any discrepancy arises, the Chinese version shall prevail.")
  }

  func testGoverningOptionOverridesTheClause() throws {
    let document = try DocumentReader(oracle: testOracle, governing: .en).readBilingual(
      RawText(path: "doc.txt", text: bilingual), name: "doc")
    XCTAssertEqual(document.governing.language, .en)
    XCTAssertEqual(document.governingSource, "option")
  }

  func testBuildsMatchingStructureOnBothSides() throws {
    let document = try read()
    let zh = document.governing.index()
    let en = document.translation.index()
    XCTAssertEqual(zh["zh.sec1"]?.kind, .section)
    XCTAssertEqual(zh["zh.sec1.p1"]?.label, "1")
    XCTAssertEqual(zh["zh.sec1.p1.h.s1"]?.text, "确保数据安全。")
    XCTAssertEqual(zh["zh.sec1.p1.k.para1.s2"]?.text, "对数据进行分类。")
    XCTAssertEqual(en["en.sec1.p1.h.s1"]?.text, "Guarantee data security")
    XCTAssertEqual(en["en.sec1.p1.k.para1.s2"]?.text, "Data should be classified.")
    XCTAssertEqual(en["en.title.s1"]?.text, "A Test Proposal")
    XCTAssertEqual(en["en.sec0.para1"]?.children.count, 2)
  }

  func testKeepsNonCorrespondingMatterAsItsOwnKinds() throws {
    let english = try read().translation.root.flattened()
    XCTAssertEqual(english.filter { $0.kind == .authors }.first?.text, "(Authors: Xiao ZHANG, Jiali LIANG)")
    XCTAssertTrue(english.contains { $0.kind == .governingNote })
    XCTAssertTrue(english.contains { $0.kind == .appendix && $0.text.contains("Coordinators") })
  }

  func testSegmentIDsDoNotDependOnEarlierSections() throws {
    let shifted = bilingual.replacingOccurrences(
      of: "This opening paragraph exists only in English. It has two sentences.",
      with: "Another paragraph.\n\nThis opening paragraph exists only in English. Two sentences.")
    let document = try DocumentReader(oracle: testOracle).readBilingual(
      RawText(path: "doc.txt", text: shifted), name: "doc")
    XCTAssertEqual(
      document.translation.index()["en.sec1.p1.k.para1.s1"]?.text, "Encryption should be used.")
  }

  func testSentenceSplitterKeepsAbbreviationsAndInitials() {
    let text = "See e.g. Article 5. Mr. Z. Wang agreed. 好。好吗？"
    let english = SentenceSplitter.sentences(Array(text.unicodeScalars), language: .en)
    XCTAssertEqual(english.count, 3)
    let chinese = SentenceSplitter.sentences(Array("确保安全。加强合作！是吗？".unicodeScalars), language: .zh)
    XCTAssertEqual(chinese.count, 3)
  }

  func testClassifiesStatuteAndOrdinalHeadings() {
    func kind(_ text: String, _ language: Language) -> LineKind {
      let cells = text.unicodeScalars.enumerated().map { Cell(scalar: $0.element, raw: $0.offset) }
      return LineClassifier.classify(cells, language: language, freeText: true)
    }
    XCTAssertEqual(kind("第三条 国家保护", .zh), .article(label: "3", text: "国家保护"))
    XCTAssertEqual(kind("十二、关于人工智能", .zh), .section(label: "12", text: "关于人工智能"))
    XCTAssertEqual(kind("Article 240", .en), .article(label: "240", text: ""))
    XCTAssertEqual(kind("Chapter IV General Provisions", .en), .section(label: "4", text: "General Provisions"))
    XCTAssertEqual(kind("1. Establishing a Platform", .en), .numbered(label: "1", text: "Establishing a Platform"))
    XCTAssertEqual(kind("12", .en), .pageNumber)
  }
}
