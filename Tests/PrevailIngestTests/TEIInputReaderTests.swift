import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class TEIInputReaderTests: XCTestCase {
  static let tei = """
    <?xml version="1.0" encoding="UTF-8"?>
    <TEI xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>
      <text>
        <body>
          <div type="original" xml:lang="zh" xml:id="zh">
            <div type="section" n="1" xml:id="zh.sec1">
              <head xml:id="zh.sec1.h">一、<s xml:id="zh.sec1.h.s1">关于数字连接</s></head>
              <p xml:id="zh.sec1.para1">
                <s xml:id="zh.sec1.para1.s1">推动合作。</s>
                <s xml:id="zh.sec1.para1.s2"><seg type="clause">支持部署；</seg><seg type="clause">连接更多的人。</seg></s>
              </p>
            </div>
          </div>
          <div type="translation" xml:lang="en" xml:id="en">
            <div type="section" n="1" xml:id="en.sec1">
              <head xml:id="en.sec1.h"><s xml:id="en.sec1.h.s1">Digital connectivity</s></head>
              <p xml:id="en.sec1.para1">
                <s xml:id="en.sec1.para1.s1">Promote cooperation.</s>
                <s xml:id="en.sec1.para1.s2">Support deployment; connect more people.</s>
              </p>
              <note type="residue">12</note>
            </div>
          </div>
        </body>
      </text>
      <standOff><listAnnotation><annotation><note>Not text.</note></annotation></listAnnotation></standOff>
    </TEI>

    """

  func testReadsBothVersionsWithStructure() throws {
    let document = try DocumentReader(oracle: testOracle).read(
      data: Data(Self.tei.utf8), path: "r.tei.xml", name: "r")
    let zh = document.governing.index()
    XCTAssertEqual(zh["zh.sec1"]?.kind, .section)
    XCTAssertEqual(zh["zh.sec1.para1"]?.text, "推动合作。支持部署；连接更多的人。")
    XCTAssertEqual(zh["zh.sec1.para1.s2"]?.children.count, 2)
    let en = document.translation.root.all(.paragraph).map(\.text)
    XCTAssertEqual(en, ["Promote cooperation. Support deployment; connect more people."])
    XCTAssertTrue(document.governing.side.repairs.isEmpty, "\(document.governing.side.repairs)")
    let start = document.governing.side.position(of: zh["zh.sec1.para1"]?.range.lowerBound ?? 0)
    XCTAssertEqual(start, SourcePosition(line: 10, column: 42))
  }
}
