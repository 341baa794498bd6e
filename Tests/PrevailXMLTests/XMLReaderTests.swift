import Foundation
import PrevailXML
import XCTest

final class XMLReaderTests: XCTestCase {
  func testReadsElementsAttributesAndText() throws {
    let xml = """
      <?xml version="1.0"?>
      <r xmlns="urn:r" a="1"><!-- c --><e xml:lang="zh">老人<![CDATA[<raw>]]></e><?pi x?>tail</r>
      """
    let root = try XMLReader.parse(Data(xml.utf8))
    XCTAssertEqual(root.name, "r")
    XCTAssertEqual(root.namespace?.uri, "urn:r")
    XCTAssertEqual(root.attribute("a"), "1")
    XCTAssertEqual(root.elements.map(\.name), ["e"])
    XCTAssertEqual(root.firstElement(named: "e")?.xmlLang, "zh")
    XCTAssertEqual(root.textContent, "老人<raw>tail")
  }

  func testTruncatedDocumentThrowsWithLine() {
    let xml = "<?xml version=\"1.0\"?>\n<root>\n  <child>text</child>\n  <open>"
    XCTAssertThrowsError(try XMLReader.parse(Data(xml.utf8))) { error in
      guard let error = error as? XMLError else { return XCTFail("\(error)") }
      XCTAssertEqual(error.kind, .malformed)
      XCTAssertNotNil(error.line)
      XCTAssertGreaterThanOrEqual(error.line ?? 0, 4)
      XCTAssertFalse(error.description.contains("\n"), error.description)
      XCTAssertTrue(error.description.hasPrefix("malformed XML at line "), error.description)
    }
  }

  func testEmptyAndGarbageInputThrow() {
    XCTAssertThrowsError(try XMLReader.parse(Data()))
    XCTAssertThrowsError(try XMLReader.parse(Data("not xml".utf8))) { error in
      XCTAssertEqual((error as? XMLError)?.line, 1)
    }
  }

  func testBillionLaughsDoesNotExpand() throws {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    for level in 2...9 {
      let previous = "&lol\(level - 1);"
      xml += "<!ENTITY lol\(level) \"\(String(repeating: previous, count: 10))\">\n"
    }
    xml += "]>\n<lolz>&lol9;</lolz>\n"
    let start = Date()
    do {
      let root = try XMLReader.parse(Data(xml.utf8))
      XCTAssertLessThan(root.textContent.count, 1000)
    } catch let error as XMLError {
      XCTAssertEqual(error.kind, .malformed)  // libxml2 may refuse the amplification outright.
    }
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }

  func testExternalEntityIsNotLoaded() throws {
    let secret = FileManager.default.temporaryDirectory
      .appendingPathComponent("prevail-xxe-\(ProcessInfo.processInfo.processIdentifier).txt")
    try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    for target in [secret.absoluteString, "file:///etc/passwd"] {
      let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "\(target)">]>
        <r a="&#38;x;">before &x; after</r>
        """
      do {
        let root = try XMLReader.parse(Data(xml.utf8))
        let everything = root.textContent + root.attributes.map(\.value).joined()
        XCTAssertFalse(everything.contains("TOP-SECRET"), everything)
        XCTAssertFalse(everything.contains("root:"), everything)
        XCTAssertEqual(root.textContent, "before  after")
      } catch let error as XMLError {
        XCTAssertEqual(error.kind, .malformed)
        XCTAssertFalse(error.message.contains("TOP-SECRET"))
      }
    }
  }

  func testNetworkDTDIsNotFetched() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE r SYSTEM "http://192.0.2.1/never.dtd">
      <r>ok</r>
      """
    let start = Date()
    let root = try XMLReader.parse(Data(xml.utf8))
    XCTAssertEqual(root.textContent, "ok")
    XCTAssertLessThan(Date().timeIntervalSince(start), 2)
  }
}
