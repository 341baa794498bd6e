import Foundation
import PrevailXML
import XCTest

final class XMLSerializerTests: XCTestCase {
  private func sample(_ text: String) -> XElement {
    XElement(
      "TEI", namespace: .tei, attributes: [.xmlLang("en")],
      children: [
        .element(
          XElement(
            "s", namespace: .tei, attributes: [.xmlID("zh.s1"), XAttribute("n", text)], text: text))
      ])
  }

  func testEscapesMarkupAndRoundTrips() throws {
    let hostile = "<script>alert(1)</script> ]]> &amp; \"quoted\" 'single' & < >"
    let data = try XMLSerializer.data(sample(hostile))
    let output = String(decoding: data, as: UTF8.self)
    XCTAssertFalse(output.contains("<script>"))
    XCTAssertTrue(output.contains("&lt;script&gt;"))
    XCTAssertTrue(output.contains("&amp;amp;"))
    let parsed = try XMLReader.parse(data)
    let sentence = try XCTUnwrap(parsed.firstElement(named: "s"))
    XCTAssertEqual(sentence.textContent, hostile)
    XCTAssertEqual(sentence.attribute("n"), hostile)
  }

  func testDropsControlCharactersXMLCannotCarry() throws {
    let text = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i\tj\nk"
    let data = try XMLSerializer.data(sample(text))
    let parsed = try XMLReader.parse(data)
    let sentence = try XCTUnwrap(parsed.firstElement(named: "s"))
    XCTAssertEqual(sentence.textContent, "abcdefghi\tj\nk")
    XCTAssertEqual(sentence.attribute("n")?.filter { $0.isLetter }, "abcdefghijk")
  }

  func testKeepsChineseAsUTF8() throws {
    let output = try XMLSerializer.string(sample("老人、妇女"))
    XCTAssertTrue(output.contains(">老人、妇女</s>"), output)
    XCTAssertTrue(output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), output)
  }

  func testXMLIDIsInTheXMLNamespace() throws {
    let output = try XMLSerializer.string(sample("x"))
    XCTAssertTrue(output.contains("<s xml:id=\"zh.s1\""), output)
    XCTAssertFalse(output.contains("xmlns:xml"), output)
    let parsed = try XMLReader.parse(Data(output.utf8))
    let sentence = try XCTUnwrap(parsed.firstElement(named: "s"))
    XCTAssertEqual(sentence.xmlID, "zh.s1")
    XCTAssertEqual(sentence.attribute("id", namespace: .xml), "zh.s1")
    XCTAssertNil(sentence.attribute("id"))
    XCTAssertEqual(parsed.xmlLang, "en")
    XCTAssertEqual(sentence.namespace?.uri, XMLNamespace.tei.uri)
  }

  func testIndentsElementOnlyContentButNotMixedContent() throws {
    var paragraph = XElement("p", namespace: .tei)
    var sentence = XElement("s", namespace: .tei, attributes: [.xmlID("s1")])
    sentence.append(text: "Women, ")
    sentence.append(
      XElement("seg", namespace: .tei, attributes: [.xmlID("s1.i1")], text: "the elderly"))
    sentence.append(text: " and children.")
    paragraph.append(sentence)
    let root = XElement("body", namespace: .tei, children: [.element(paragraph)])
    let output = try XMLSerializer.string(root)
    let expected = """
      <?xml version="1.0" encoding="UTF-8"?>
      <body xmlns="http://www.tei-c.org/ns/1.0">
        <p>
          <s xml:id="s1">Women, <seg xml:id="s1.i1">the elderly</seg> and children.</s>
        </p>
      </body>

      """
    XCTAssertEqual(output, expected)
  }

  func testMixedElementIsNotIndentedEvenWithOnlyElementChildren() throws {
    let clauses = ["甲；", "乙。"].enumerated().map { index, text in
      XNode.element(XElement("seg", namespace: .tei, attributes: [.xmlID("c\(index)")], text: text))
    }
    let sentence = XElement.mixed("s", namespace: .tei, children: clauses)
    let paragraph = XElement("p", namespace: .tei, children: [.element(sentence)])
    let output = try XMLSerializer.string(paragraph)
    XCTAssertTrue(
      output.contains("<s><seg xml:id=\"c0\">甲；</seg><seg xml:id=\"c1\">乙。</seg></s>"), output)
    XCTAssertEqual(
      try XMLReader.parse(Data(output.utf8)).textContent.filter { !$0.isWhitespace }, "甲；乙。")
    XCTAssertEqual(XElement.mixed("s", children: [.text("x")]).children, [.text("x")])
  }

  func testSerializationIsDeterministic() throws {
    let root = XElement(
      "root", namespace: XMLNamespace(uri: "urn:x", prefix: "x"),
      attributes: [XAttribute("b", "2"), XAttribute("a", "1"), .xmlID("r")],
      children: [.text("t"), .element(XElement("c", namespace: XMLNamespace(uri: "urn:x")))])
    let first = try XMLSerializer.data(root)
    let second = try XMLSerializer.data(root)
    XCTAssertEqual(first, second)
    XCTAssertTrue(
      String(decoding: first, as: UTF8.self).contains(
        "<x:root xmlns:x=\"urn:x\" b=\"2\" a=\"1\" xml:id=\"r\">t<x:c/></x:root>"))
  }

  func testRejectsInvalidNames() {
    XCTAssertThrowsError(try XMLSerializer.data(XElement("bad name"))) { error in
      XCTAssertEqual((error as? XMLError)?.kind, .invalidName)
    }
    XCTAssertThrowsError(
      try XMLSerializer.data(XElement("ok", attributes: [XAttribute("<x", "1")]))
    ) { error in
      XCTAssertEqual((error as? XMLError)?.kind, .invalidName)
    }
  }

  func testRejectsUnqualifiedElementUnderDefaultNamespace() {
    let root = XElement("TEI", namespace: .tei, children: [.element(XElement("plain"))])
    XCTAssertThrowsError(try XMLSerializer.data(root)) { error in
      XCTAssertEqual((error as? XMLError)?.kind, .invalidTree)
    }
  }
}
