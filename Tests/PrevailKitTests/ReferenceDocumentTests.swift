import Foundation
import PrevailKit
import PrevailModel
import PrevailReports
import XCTest

/// The reference document end to end: what it must report, and what it must not.
final class ReferenceDocumentTests: XCTestCase {
  private func result() throws -> CheckResult { try XCTUnwrap(Shared.reference) }

  func testGoverningVersionComesFromTheDocument() throws {
    let document = try result().document
    XCTAssertEqual(document.governing.language, .zh)
    XCTAssertEqual(document.governingSource, "clause")
  }

  func testReportsTheOmittedElderlyAtBothSentences() throws {
    let findings = try result().findings.filter {
      $0.check == "list-items" && $0.evidence.first?.value == "老人"
    }
    XCTAssertEqual(findings.count, 1)
    let finding = try XCTUnwrap(findings.first)
    XCTAssertEqual(finding.category, .omission)
    XCTAssertEqual(finding.severity, .major)
    XCTAssertEqual(finding.governing?.line, 389)
    XCTAssertEqual(finding.translation?.line, 36)
    XCTAssertTrue(finding.governing?.text.hasPrefix("重视妇女、老人、儿童、残疾人、难民") ?? false)
    XCTAssertTrue(
      finding.translation?.text.contains("women, children, persons with disabilities, refugees")
        ?? false)
    XCTAssertTrue(finding.evidence[0].details.contains("the elderly"))
    XCTAssertTrue(finding.message.contains("老人"))
  }

  func testOpeningParagraphHasNoGoverningText() throws {
    let finding = try result().findings.first {
      $0.check == "unmatched-text" && $0.translation?.line == 4
    }
    XCTAssertEqual(finding?.category, .addition)
    XCTAssertNil(finding?.governing)
    XCTAssertTrue(finding?.translation?.text.hasPrefix("To respond to the call") ?? false)
  }

  func testStaysQuietWhereTheVersionsAgree() throws {
    let findings = try result().findings
    // 妇女、残疾人、老年人 = "women, the elderly, people with disabilities" (other order).
    XCTAssertFalse(findings.contains { $0.governing?.line == 484 && $0.check == "list-items" })
    XCTAssertFalse(findings.contains { $0.evidence.contains { $0.value == "老年人" } })
    // 五个内涵 = "five dimensions"; IPv6 = IPv6.
    XCTAssertFalse(findings.contains { $0.check == "numbers" })
    XCTAssertFalse(findings.contains { $0.evidence.contains { $0.value.contains("IPv6") } })
  }

  func testNonCorrespondingMatterIsReportedOnceEach() throws {
    let neutral = try result().findings.filter { $0.check == "non-corresponding" }
    XCTAssertEqual(neutral.filter { $0.evidence.first?.kind == "authors" }.count, 6)
    XCTAssertEqual(neutral.filter { $0.evidence.first?.kind == "governing-note" }.count, 1)
    XCTAssertTrue(neutral.allSatisfy { $0.severity == .neutral })
  }

  func testCommittedReportsAreCurrent() throws {
    // As the README's main command writes them: with --fail-on none.
    let checked = try result()
    let result = CheckResult(
      aligned: checked.aligned, findings: checked.findings, failOn: nil,
      toolVersion: checked.toolVersion)
    let reports = try ReportSet(result: result, formats: [.json, .tei, .html, .sarif, .junit])
    for file in reports.files {
      let kind = file.kind.fileExtension
      let data = file.data
      let committed = Shared.packageRoot.appendingPathComponent(
        "Reports/china-igf-gdc-input.\(kind)")
      let stored = try Data(contentsOf: committed)
      if stored != data {
        let fresh = FileManager.default.temporaryDirectory.appendingPathComponent(
          "china-igf-gdc-input.\(kind)")
        try data.write(to: fresh)
        XCTFail(
          "Reports/china-igf-gdc-input.\(kind) is stale (fresh copy: \(fresh.path)); "
            + "run the README's main command")
      }
    }
  }
}
