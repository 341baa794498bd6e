import Foundation
import PrevailReports
import PrevailXML
import XCTest

/// Validates reports against TEI's full `tei_all.rng` (`../shared/schemas/` next to the package),
/// compiled once per test run; skipped where the schema is absent.
final class TEIAllValidationTests: XCTestCase {
  private static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // PrevailReportsTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("../shared/schemas/tei_all.rng").standardizedFileURL

  /// Compiling tei_all.rng takes libxml2 several seconds: do it once.
  private static let schema: Result<RelaxNGSchema, any Error>? = {
    guard FileManager.default.fileExists(atPath: schemaURL.path) else { return nil }
    return Result { try RelaxNGSchema(contentsOf: schemaURL) }
  }()

  func testReportsValidateAgainstTEIAll() throws {
    guard let compiled = Self.schema else {
      throw XCTSkip("tei_all.rng not found at \(Self.schemaURL.path)")
    }
    let schema = try compiled.get()
    let results = [
      TEIFixtures.result(), TEIFixtures.messyResult(), TEIFixtures.englishGoverningResult(),
    ]
    for result in results {
      let report = try TEIReportWriter.write(result)
      XCTAssertEqual(try schema.validate(report).map(\.description), [], result.document.name)
    }
  }
}
