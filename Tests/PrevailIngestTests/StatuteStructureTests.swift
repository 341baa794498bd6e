import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class StatuteStructureTests: XCTestCase {
  private let chinese = """
    第一章　总则
    第一条　为了保障网络安全，制定本法。
    第二条　在中华人民共和国境内建设网络，适用本法。
    国家支持创新。
    第二章　网络安全支持
    第一节　一般规定
    第三条　国家采取下列措施：
    （一）制定标准；
    （二）加强合作；
    （三）培养人才。
    第四条　缔约国应当：
    一、保护数据；
    二、通报事件。

    """

  private let english = """
    Chapter I General Provisions
    Article 1 This Law is formulated in order to ensure cybersecurity.
    Article 2 This Law applies to the construction of networks within the People's Republic of China.
    The State supports innovation.
    Chapter II Support for Cybersecurity
    Section 1 General Rules
    Article 3 The State takes the following measures:
    (a) formulating standards;
    (b) strengthening cooperation;
    (c) training talent.
    Article 4 The States Parties shall:
    1. Protect data;
    2. Report incidents.

    """

  private func read() throws -> BilingualDocument {
    try DocumentReader(oracle: testOracle).readPair(
      original: RawText(path: "zh.txt", text: chinese),
      translation: RawText(path: "en.txt", text: english), name: "law", onePerLine: true)
  }

  func testChaptersArticlesParagraphsAndItemsOnBothSides() throws {
    let document = try read()
    let zh = document.governing.index()
    let en = document.translation.index()
    for (prefix, index) in [("zh", zh), ("en", en)] {
      XCTAssertEqual(index["\(prefix).sec1"]?.kind, .section, prefix)
      XCTAssertEqual(index["\(prefix).sec1.art1"]?.kind, .article, prefix)
      XCTAssertEqual(index["\(prefix).sec1.art2.para1"]?.kind, .paragraph, prefix)
      XCTAssertEqual(index["\(prefix).sec2"]?.kind, .section, prefix)
      XCTAssertEqual(index["\(prefix).sec1-2"]?.kind, .section, prefix)
      XCTAssertEqual(index["\(prefix).sec1-2.art3.a2"]?.kind, .action, prefix)
      XCTAssertEqual(index["\(prefix).sec1-2.art4.a2"]?.kind, .action, prefix)
    }
    XCTAssertEqual(zh["zh.sec1.art2.para1"]?.text, "国家支持创新。")
    XCTAssertEqual(en["en.sec1-2.art3.a3.h"]?.text, "(c) training talent.")
    XCTAssertEqual(zh["zh.sec1-2.art4.a1.h"]?.text, "一、保护数据；")
  }

  func testLetteredItemsAreNumbered() {
    func kind(_ text: String) -> LineKind {
      let cells = text.unicodeScalars.enumerated().map { Cell(scalar: $0.element, raw: $0.offset) }
      return LineClassifier.classify(cells, language: .en, freeText: false)
    }
    XCTAssertEqual(
      kind("(b) strengthening cooperation;"),
      .numbered(label: "2", text: "strengthening cooperation;"))
    XCTAssertEqual(kind("(iv) the fourth"), .numbered(label: "4", text: "the fourth"))
    XCTAssertEqual(kind("(a)bc is not an item"), .text)
    XCTAssertEqual(kind("第一节　一般规定"), .section(label: "1", text: "一般规定"))
    // A sentence about a second film is no Part Two.
    XCTAssertEqual(kind("第二部应用这些教条的电影是《白痴》。"), .text)
    guard case .section(label: "2", _) = kind("第二部分　保障措施") else {
      return XCTFail("第二部分 is a part heading")
    }
  }

  func testOrdinalCommaOutsideArticlesStillStartsSections() throws {
    let document = try DocumentReader(oracle: testOracle).readPair(
      original: RawText(path: "zh.txt", text: "一、总则\n推动合作。\n二、措施\n加强安全。\n"),
      translation: RawText(path: "en.txt", text: "Part 1 General\nPromote cooperation.\n"),
      name: "d", onePerLine: true)
    XCTAssertEqual(document.governing.root.all(.section).count, 2)
  }
}
