import Foundation
import PrevailModel
import PrevailReports
import PrevailXML
import XCTest

final class JUnitReportWriterTests: XCTestCase {
  private func write(_ result: CheckResult = ReportFixtures.result()) throws -> Data {
    try JUnitReportWriter.write(result, checks: ReportFixtures.checks)
  }

  private func suites(_ data: Data) throws -> [XElement] {
    let root = try XMLReader.parse(data)
    XCTAssertEqual(root.name, "testsuites")
    return root.elements(named: "testsuite")
  }

  private func suite(_ check: String, in data: Data) throws -> XElement {
    try XCTUnwrap(
      try suites(data).first { $0.attribute("name")?.hasSuffix(": \(check)") ?? false })
  }

  func testMatchesCannedOutput() throws {
    try ReportFixtures.assertMatchesExpected(try write(), "guidelines.junit.xml")
  }

  func testSameResultGivesSameBytesWhateverTheFindingOrder() throws {
    let first = try write()
    XCTAssertEqual(first, try write())
    XCTAssertEqual(first, try write(ReportFixtures.result(reversed: true)))
  }

  func testOneSuitePerCheckWithOneCasePerSentenceBead() throws {
    let data = try write()
    let suites = try suites(data)
    XCTAssertEqual(
      suites.compactMap { $0.attribute("name") },
      [
        "unmatched-text", "list-items", "numbers", "non-corresponding", "document-structure",
      ].map { "prevail: Guidelines <draft> & \"notes\": \($0)" })
    let numbers = try suite("numbers", in: data)
    XCTAssertEqual(numbers.attribute("tests"), "4")
    XCTAssertEqual(numbers.attribute("failures"), "0")
    XCTAssertEqual(
      numbers.elements(named: "testcase").compactMap { $0.attribute("name") },
      ["zh.s1.p1.s1", "zh.s1.p1.s2", "zh.s1.p1.s3", "en.s1.p1.s4"])
    for testCase in numbers.elements(named: "testcase") {
      XCTAssertEqual(testCase.attribute("classname"), "Guidelines <draft> & \"notes\"")
      XCTAssertTrue(testCase.elements.isEmpty)
    }
  }

  func testFindingsAtOrAboveTheGateFailTheirCase() throws {
    let data = try write()
    let root = try XMLReader.parse(data)
    XCTAssertEqual(root.attribute("failures"), "2")
    XCTAssertEqual(root.attribute("tests"), "22")
    let listItems = try suite("list-items", in: data)
    XCTAssertEqual(listItems.attribute("failures"), "1")
    let failure = try XCTUnwrap(
      listItems.elements(named: "testcase")[0].firstElement(named: "failure"))
    XCTAssertEqual(failure.attribute("type"), "accuracy/omission")
    XCTAssertTrue(failure.attribute("message")?.contains("omits 老人") ?? false)
    XCTAssertTrue(failure.textContent.contains("missing-item: 老人 (old man or woman; the elderly)"))
    XCTAssertTrue(failure.textContent.contains("Corpus/指南/zh.txt:3:1: zh.s1.p1.s1: "))

    // The minor addition does not gate: it is reported as output of its case.
    let unmatched = try suite("unmatched-text", in: data)
    XCTAssertEqual(unmatched.attribute("failures"), "1")
    let cases = unmatched.elements(named: "testcase")
    XCTAssertNotNil(cases[2].firstElement(named: "failure"))
    XCTAssertNil(cases[3].firstElement(named: "failure"))
    XCTAssertTrue(
      cases[3].firstElement(named: "system-out")?.textContent.hasPrefix("minor") ?? false)
  }

  func testFindingsOffTheSentencesGetADocumentCase() throws {
    let data = try write()
    let nonCorresponding = try suite("non-corresponding", in: data)
    XCTAssertEqual(nonCorresponding.attribute("tests"), "5")
    let last = try XCTUnwrap(nonCorresponding.elements(named: "testcase").last)
    XCTAssertEqual(
      last.attribute("name"), "Guidelines <draft> & \"notes\" (outside aligned sentences)")
    XCTAssertTrue(last.firstElement(named: "system-out")?.textContent.contains("张三") ?? false)
  }

  func testGateOffReportsNoFailures() throws {
    let root = try XMLReader.parse(try write(ReportFixtures.result(failOn: nil)))
    XCTAssertEqual(root.attribute("failures"), "0")
    XCTAssertTrue(root.descendants(named: "failure").isEmpty)
    XCTAssertEqual(root.descendants(named: "system-out").count, 5)
  }

  func testHostileTextIsEscapedAndWellFormed() throws {
    let data = try write()
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertFalse(text.contains("<script>"))
    XCTAssertFalse(text.contains("<b>"))
    XCTAssertFalse(text.unicodeScalars.contains { $0.value == 1 })
    let root = try XMLReader.parse(data)
    let outputs = root.descendants(named: "system-out").map(\.textContent).joined()
    XCTAssertTrue(outputs.contains("<script>alert(1)</script> ]]> &amp; \"q\""))
    XCTAssertTrue(
      root.descendants(named: "failure").contains {
        $0.attribute("message")?.hasSuffix("<b>&</b>") ?? false
      })
  }
}
