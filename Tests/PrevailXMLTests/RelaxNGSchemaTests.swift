import Foundation
import PrevailXML
import XCTest

final class RelaxNGSchemaTests: XCTestCase {
  private static let schemaText = """
    <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:t"
      datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start>
        <element name="list">
          <oneOrMore>
            <element name="item">
              <attribute name="xml:id" ns="http://www.w3.org/XML/1998/namespace">
                <data type="ID"/>
              </attribute>
              <text/>
            </element>
          </oneOrMore>
        </element>
      </start>
    </grammar>
    """

  func testValidDocumentHasNoProblems() throws {
    let schema = try RelaxNGSchema(data: Data(Self.schemaText.utf8))
    let valid = #"<list xmlns="urn:t"><item xml:id="a">x</item><item xml:id="b"/></list>"#
    XCTAssertEqual(try schema.validate(Data(valid.utf8)), [])
  }

  func testInvalidDocumentReportsLines() throws {
    let schema = try RelaxNGSchema(data: Data(Self.schemaText.utf8))
    let invalid = """
      <list xmlns="urn:t">
        <item xml:id="a">x</item>
        <item>no id</item>
        <other/>
      </list>
      """
    let problems = try schema.validate(Data(invalid.utf8))
    XCTAssertFalse(problems.isEmpty)
    XCTAssertTrue(problems.allSatisfy { $0.line > 0 }, "\(problems)")
    XCTAssertTrue(problems.contains { $0.line == 3 }, "\(problems)")
  }

  func testValidatesTreesAndIsReusable() throws {
    let schema = try RelaxNGSchema(data: Data(Self.schemaText.utf8))
    let namespace = XMLNamespace(uri: "urn:t")
    let good = XElement(
      "list", namespace: namespace,
      children: [.element(XElement("item", namespace: namespace, attributes: [.xmlID("i1")]))])
    let bad = XElement("list", namespace: namespace)
    for _ in 0..<3 {
      XCTAssertEqual(try schema.validate(good), [])
      XCTAssertFalse(try schema.validate(bad).isEmpty)
    }
  }

  func testDuplicateIDsAreReported() throws {
    let schema = try RelaxNGSchema(data: Data(Self.schemaText.utf8))
    let duplicate = #"<list xmlns="urn:t"><item xml:id="a"/><item xml:id="a"/></list>"#
    XCTAssertFalse(try schema.validate(Data(duplicate.utf8)).isEmpty)
  }

  func testMalformedDocumentThrows() throws {
    let schema = try RelaxNGSchema(data: Data(Self.schemaText.utf8))
    XCTAssertThrowsError(try schema.validate(Data("<list".utf8)))
  }

  func testBrokenSchemaThrows() {
    let broken = #"<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start/></grammar>"#
    XCTAssertThrowsError(try RelaxNGSchema(data: Data(broken.utf8))) { error in
      XCTAssertEqual((error as? XMLError)?.kind, .invalidSchema, "\(error)")
    }
    XCTAssertThrowsError(try RelaxNGSchema(data: Data("<grammar".utf8)))
  }

  func testSchemaFromFile() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("prevail-\(ProcessInfo.processInfo.processIdentifier).rng")
    try Data(Self.schemaText.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let schema = try RelaxNGSchema(contentsOf: url)
    XCTAssertEqual(
      try schema.validate(Data(#"<list xmlns="urn:t"><item xml:id="a"/></list>"#.utf8)), [])
    XCTAssertThrowsError(
      try RelaxNGSchema(contentsOf: URL(fileURLWithPath: "/nonexistent/prevail.rng")))
  }
}
