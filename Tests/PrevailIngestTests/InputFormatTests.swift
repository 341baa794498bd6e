import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class InputFormatTests: XCTestCase {
  func testDetectsByRootElement() {
    XCTAssertEqual(InputFormat.detect(Data("<tmx version=\"1.4\"/>".utf8)), .tmx)
    XCTAssertEqual(
      InputFormat.detect(Data("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c --><xliff/>".utf8)), .xliff)
    XCTAssertEqual(
      InputFormat.detect(
        Data("<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY a \"]>\">]><TEI/>".utf8)), .tei)
    XCTAssertEqual(InputFormat.detect(Data("<x:tmx xmlns:x=\"u\"/>".utf8)), .tmx)
    XCTAssertEqual(InputFormat.detect(Data("中文\nEnglish <tmx>\n".utf8)), .text)
    XCTAssertEqual(InputFormat.detect(Data()), .text)
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><tmx/>".utf16 {
      utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    XCTAssertEqual(InputFormat.detect(Data(utf16)), .tmx)
  }

  func testUTF16TMXIsRead() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-16"?><tmx version="1.4"><header/><body>
      <tu><tuv xml:lang="zh"><seg>数据安全。</seg></tuv><tuv xml:lang="en"><seg>Data security.</seg></tuv></tu>
      </body></tmx>
      """
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let document = try DocumentReader(oracle: testOracle).read(
      data: Data(bytes), path: "m.tmx", name: "m")
    XCTAssertEqual(document.translation.root.all(.paragraph).first?.text, "Data security.")
  }

  func testOtherXMLAndWrongOverridesAreOneLineErrors() {
    let reader = DocumentReader(oracle: testOracle)
    XCTAssertThrowsError(
      try reader.read(data: Data("<?xml version=\"1.0\"?><html/>".utf8), path: "p.xml", name: "p")
    ) {
      XCTAssertTrue(String(describing: $0).contains("XML with root element <html>"), "\($0)")
    }
    XCTAssertThrowsError(
      try reader.read(
        data: Data("数据安全。\nData security.\n".utf8), path: "d.txt", name: "d", format: .tmx)
    ) {
      XCTAssertTrue(
        String(describing: $0).hasPrefix("d.txt: is not a text document: malformed XML"))
    }
    XCTAssertThrowsError(
      try reader.read(
        data: Data("<tmx><body/></tmx>".utf8), path: "t.tmx", name: "t", format: .xliff)
    ) {
      XCTAssertEqual(
        String(describing: $0), "t.tmx: is not a text document: not XLIFF (the root is not <xliff>)"
      )
    }
  }

  func testNonUnicodeEncodingIsNamed() {
    // GB2312 bytes for 中文 with an XML declaration that says so.
    let bytes =
      Array("<?xml version=\"1.0\" encoding=\"GB2312\"?><tmx>".utf8) + [0xD6, 0xD0, 0xCE, 0xC4]
      + Array("</tmx>".utf8)
    XCTAssertThrowsError(
      try DocumentReader(oracle: testOracle).read(data: Data(bytes), path: "g.tmx", name: "g")
    ) {
      XCTAssertTrue(String(describing: $0).contains("not valid UTF-8"), "\($0)")
    }
  }

  func testTextIsStillReadAsBefore() throws {
    let document = try DocumentReader(oracle: testOracle).read(
      data: Data("Data security.\n数据安全。\n".utf8), path: "d.txt", name: "d")
    XCTAssertEqual(document.governing.root.all(.sentence).map(\.text), ["数据安全。"])
  }
}
