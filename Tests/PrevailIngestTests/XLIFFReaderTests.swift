import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class XLIFFReaderTests: XCTestCase {
  private func read(_ text: String) throws -> BilingualDocument {
    try DocumentReader(oracle: testOracle).read(
      data: Data(text.utf8), path: "doc.xlf", name: "doc", format: .auto)
  }

  func testXLIFF12UsesTheFileLanguagesAndSkipsAlternatives() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
        <file original="doc.txt" source-language="zh-CN" target-language="en" datatype="plaintext">
          <body>
            <group id="g1">
              <trans-unit id="1">
                <source>促进数字包容。</source>
                <target>Promote <g id="1">digital</g> inclusion.<x id="2"/></target>
                <alt-trans><source>旧的。</source><target>Old proposal.</target></alt-trans>
              </trans-unit>
            </group>
            <trans-unit id="2">
              <source>保护数据。</source>
              <target xml:lang="en-GB">Protect data.</target>
            </trans-unit>
          </body>
        </file>
      </xliff>
      """
    let document = try read(text)
    XCTAssertEqual(
      document.governing.root.all(.paragraph).map(\.text), ["促进数字包容。", "保护数据。"])
    XCTAssertEqual(
      document.translation.root.all(.paragraph).map(\.text),
      ["Promote digital inclusion.", "Protect data."])
    let position = document.translation.side.position(
      of: document.translation.root.all(.paragraph)[1].range.lowerBound)
    XCTAssertEqual(position.line, 14)
  }

  func testXLIFF2JoinsSegmentsOfAUnit() throws {
    let text = """
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans">
        <file id="f1">
          <unit id="u1">
            <segment><source>Protect data.</source><target>保护数据。</target></segment>
            <segment><source>Share it<cp hex="0021"/></source><target>共享数据<pc id="1">！</pc></target></segment>
          </unit>
          <group id="g"><unit id="u2"><segment><source>The English version shall prevail.</source>\
      <target>以英文版本为准。</target></segment></unit></group>
        </file>
      </xliff>
      """
    let document = try read(text)
    XCTAssertEqual(document.governing.language, .en)
    XCTAssertEqual(
      document.governing.root.all(.paragraph).map(\.text),
      ["Protect data. Share it!", "The English version shall prevail."])
    XCTAssertEqual(
      document.translation.root.all(.paragraph).map(\.text), ["保护数据。共享数据！", "以英文版本为准。"])
  }

  func testMarkupInTextStaysText() throws {
    let text = """
      <xliff version="1.2"><file source-language="zh" target-language="en"><body>
      <trans-unit id="1"><source>见&lt;script&gt;alert(1)&lt;/script&gt;。</source>\
      <target><![CDATA[See <script>alert(1)</script> and ]]]]><![CDATA[> "quoted".]]></target></trans-unit>
      </body></file></xliff>
      """
    let document = try read(text)
    XCTAssertEqual(
      document.translation.root.all(.paragraph).first?.text,
      "See <script>alert(1)</script> and ]]> \"quoted\".")
    XCTAssertEqual(
      document.governing.root.all(.paragraph).first?.text, "见<script>alert(1)</script>。")
  }
}
