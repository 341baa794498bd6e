import Foundation
import XCTest

/// `--validate`, `--timestamp`, the five report formats and corpus mode, through the binary.
final class ReportOptionTests: XCTestCase {
  private let document = CLITestSupport.referenceDocument

  func testAllFormatsAndValidateWriteEveryReport() throws {
    let output = try makeTemporaryDirectory().appendingPathComponent("out")
    let run = try runPrevail([
      "check", document, "--format", "json", "--format", "tei", "--format", "html", "--format",
      "sarif", "--format", "junit", "--output", output.path, "--validate", "--fail-on", "none",
    ])
    XCTAssertEqual(run.status, 0, run.stderrText)
    XCTAssertEqual(
      contents(of: output),
      [
        "china-igf-gdc-input.html", "china-igf-gdc-input.json", "china-igf-gdc-input.junit.xml",
        "china-igf-gdc-input.sarif", "china-igf-gdc-input.tei.xml",
      ])
    let sarif = try jsonObject(
      Data(contentsOf: output.appendingPathComponent("china-igf-gdc-input.sarif")))
    XCTAssertEqual(sarif["version"] as? String, "2.1.0")
  }

  func testTimestampOnlyWhenAskedFor() throws {
    let plain = try runPrevail(["check", document, "--format", "json", "--output", "-"])
    XCTAssertFalse(plain.stdoutText.contains("generatedAt"))
    let stamped = try runPrevail([
      "check", document, "--format", "json", "--output", "-", "--timestamp",
    ])
    let tool = try XCTUnwrap(try jsonObject(stamped.stdout)["tool"] as? [String: Any])
    let time = try XCTUnwrap(tool["generatedAt"] as? String)
    XCTAssertNotNil(ISO8601DateFormatter().date(from: time), time)
  }

  func testCorpusModeChecksEveryDocumentAndWritesASummary() throws {
    let corpus = try makeTemporaryDirectory()
    let folder = corpus.appendingPathComponent("reference")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLITestSupport.packageRoot.appendingPathComponent(document),
      to: folder.appendingPathComponent("source.txt"))
    let broken = corpus.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
    try Data([0x41, 0x00, 0x42]).write(to: broken.appendingPathComponent("source.txt"))
    let output = corpus.appendingPathComponent("out")
    let run = try runPrevail([
      "check", corpus.path, "--format", "json", "--output", output.path, "--fail-on", "none",
    ])
    // One document could not be checked: exit 2, and the other was still checked.
    XCTAssertEqual(run.status, 2, run.stderrText)
    XCTAssertTrue(contents(of: output).contains("reference.json"), "\(contents(of: output))")
    XCTAssertTrue(contents(of: output).contains("corpus-summary.json"))
    XCTAssertTrue(run.stdoutText.contains("broken"), run.stdoutText)
  }
}
