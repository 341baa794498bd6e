import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class TMXReaderTests: XCTestCase {
  static let tmx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
      <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" \
    creationtool="test" creationtoolversion="1" o-tmf="none"/>
      <body>
        <tu>
          <tuv xml:lang="zh-CN"><seg>加强数据安全。</seg></tuv>
          <tuv xml:lang="en-US"><seg>Strengthen data <bpt i="1">{b}</bpt>security<ept i="1">{/b}</ept>.</seg></tuv>
        </tu>
        <tu>
          <tuv xml:lang="zh-CN"><seg>保护妇女&amp;儿童。</seg></tuv>
          <tuv xml:lang="en-US"><seg>Protect women &amp; children.</seg></tuv>
        </tu>
      </body>
    </tmx>

    """

  private func read(_ text: String, path: String = "memory.tmx") throws -> BilingualDocument {
    try DocumentReader(oracle: testOracle).read(
      data: Data(text.utf8), path: path, name: "memory", format: .auto)
  }

  func testEachUnitIsAParagraphOfEachVersion() throws {
    let document = try read(Self.tmx)
    XCTAssertEqual(document.governing.language, .zh)
    let zh = document.governing.root.all(.paragraph).map(\.text)
    let en = document.translation.root.all(.paragraph).map(\.text)
    XCTAssertEqual(zh, ["加强数据安全。", "保护妇女&儿童。"])
    XCTAssertEqual(en, ["Strengthen data security.", "Protect women & children."])
  }

  func testPositionsPointIntoTheXMLFile() throws {
    let document = try read(Self.tmx)
    let en = document.translation
    guard let second = en.root.all(.paragraph).last else { return XCTFail("no paragraph") }
    let lines = Self.tmx.split(separator: "\n", omittingEmptySubsequences: false)
    let position = en.side.position(of: second.range.lowerBound)
    let line = lines[position.line - 1]
    let column = line.unicodeScalars.index(
      line.unicodeScalars.startIndex, offsetBy: position.column - 1)
    XCTAssertTrue(
      String(line.unicodeScalars[column...]).hasPrefix("Protect women &amp;"), "\(position)")
    // The ampersand maps to the `&` of `&amp;`, the word after it to its own place.
    let ampersand =
      second.text.unicodeScalars.firstIndex(of: "&").map {
        second.text.unicodeScalars.distance(from: second.text.unicodeScalars.startIndex, to: $0)
      } ?? 0
    let after = en.side.position(of: second.range.lowerBound + ampersand + 2)
    XCTAssertEqual(
      after.column - en.side.position(of: second.range.lowerBound + ampersand).column, 6)
  }

  func testTraditionalChineseAndGoverningClause() throws {
    let text = """
      <tmx version="1.4"><header srclang="en"/><body>
      <tu><tuv xml:lang="zh-Hant-TW"><seg>加強資料安全。</seg></tuv><tuv xml:lang="en"><seg>Strengthen data security.</seg></tuv></tu>
      <tu><tuv xml:lang="zh-TW"><seg>如有歧義，以英文版本為準。</seg></tuv><tuv xml:lang="en"><seg>The English version shall prevail.</seg></tuv></tu>
      </body></tmx>
      """
    let document = try read(text)
    XCTAssertEqual(document.governing.language, .en)
    XCTAssertEqual(document.governingSource, "clause")
    XCTAssertEqual(document.translation.root.all(.paragraph).first?.text, "加強資料安全。")
  }

  func testOneLanguageAndOtherLanguagesAreExplained() {
    let english = """
      <tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu></body></tmx>
      """
    XCTAssertThrowsError(try read(english)) {
      XCTAssertEqual($0 as? InputError, .oneLanguageOnly(path: "memory.tmx", language: .en))
    }
    let french = """
      <tmx version="1.4"><header/><body><tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv>\
      <tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu></body></tmx>
      """
    XCTAssertThrowsError(try read(french)) {
      XCTAssertTrue(String(describing: $0).contains("languages found: de, fr"), "\($0)")
    }
  }

  func testTruncatedTMXIsOneLineError() {
    let truncated = String(Self.tmx.prefix(300))
    XCTAssertThrowsError(try read(truncated)) { error in
      let message = String(describing: error)
      XCTAssertTrue(message.hasPrefix("memory.tmx: is not a text document: malformed XML"), message)
      XCTAssertFalse(message.contains("\n"))
    }
  }
}
