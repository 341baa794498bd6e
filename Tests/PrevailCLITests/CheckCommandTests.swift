import Foundation
import XCTest

/// End-to-end tests of `prevail check` on the built binary.
final class CheckCommandTests: XCTestCase {
  private let reference = CLITestSupport.referenceDocument

  // MARK: - 1. The reference document as JSON

  func testReferenceDocumentJSONReportsTheOmittedListItem() throws {
    let run = try runPrevail(["check", reference, "--format", "json", "--output", "-"])
    XCTAssertEqual(
      run.status, 1, "major findings must fail the default gate; stderr: \(run.stderrText)")
    let report = try jsonObject(run.stdout)
    XCTAssertEqual(report["schemaVersion"] as? Int, 1)
    let document = try XCTUnwrap(report["document"] as? [String: Any])
    XCTAssertEqual(document["governing"] as? String, "zh")
    let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
    let match = findings.first { finding in
      guard finding["check"] as? String == "list-items",
        finding["category"] as? String == "accuracy/omission",
        finding["severity"] as? String == "major",
        let evidence = finding["evidence"] as? [[String: Any]],
        evidence.contains(where: { $0["value"] as? String == "老人" }),
        let governing = finding["governing"] as? [String: Any],
        let translation = finding["translation"] as? [String: Any]
      else { return false }
      return governing["line"] as? Int == 389 && translation["line"] as? Int == 36
    }
    XCTAssertNotNil(
      match,
      "no major list-items omission of 老人 at zh line 389 / en line 36 among: "
        + findings.map { "\($0["check"] ?? "?") \($0["message"] ?? "")" }.joined(separator: "; "))
  }

  func testReferenceDocumentPassesWithGateOff() throws {
    let run = try runPrevail(
      ["check", reference, "--format", "json", "--output", "-", "--fail-on", "none"])
    XCTAssertEqual(run.status, 0, run.stderrText)
    let report = try jsonObject(run.stdout)
    let summary = try XCTUnwrap(report["summary"] as? [String: Any])
    XCTAssertGreaterThan(try XCTUnwrap(summary["findings"] as? Int), 0)
  }

  // MARK: - 2. Console format

  func testConsoleLinesUseCompilerDiagnosticFormat() throws {
    let run = try runPrevail(["check", reference])
    XCTAssertEqual(run.status, 1, run.stderrText)
    let lines = run.stdoutText.split(separator: "\n").map(String.init)
    XCTAssertGreaterThan(lines.count, 1, "expected findings and a summary line")
    let summary = try XCTUnwrap(lines.last)
    XCTAssertTrue(
      summary.hasPrefix("china-igf-gdc-input: ") && summary.contains("findings"),
      "last line is not the summary: \(summary)")
    let diagnostic = try NSRegularExpression(
      pattern: #"^[^:]+:[0-9]+:[0-9]+: (critical|major|minor|neutral): \[[a-z0-9-]+\] \S.*$"#)
    let note = try NSRegularExpression(pattern: #"^[^:]+:[0-9]+:[0-9]+: note: "#)
    var diagnostics = 0
    for line in lines.dropLast() {
      let range = NSRange(line.startIndex..., in: line)
      if note.firstMatch(in: line, range: range) != nil { continue }
      diagnostics += 1
      XCTAssertNotNil(
        diagnostic.firstMatch(in: line, range: range),
        "not `path:line:col: severity: [check-id] message`: \(line)")
    }
    XCTAssertGreaterThan(diagnostics, 0)
    XCTAssertTrue(
      lines.contains { $0.hasPrefix(reference + ":389:") && $0.contains("[list-items]") },
      "no console line for the list-items finding at \(reference):389")
  }

  // MARK: - 3. Report files

  func testReportFilesAreWrittenDeterministicallyWithoutLeftovers() throws {
    let output = try makeTemporaryDirectory().appendingPathComponent("reports")
    let arguments = [
      "check", reference, "--format", "json", "--format", "tei", "--output", output.path,
    ]
    let expected = ["china-igf-gdc-input.json", "china-igf-gdc-input.tei.xml"]

    let first = try runPrevail(arguments)
    XCTAssertEqual(first.status, 1, first.stderrText)
    XCTAssertEqual(contents(of: output), expected, "exactly the two reports, no temporary files")
    XCTAssertTrue(first.stdout.isEmpty, "file reports print nothing on stdout")
    let json = try Data(contentsOf: output.appendingPathComponent(expected[0]))
    let tei = try Data(contentsOf: output.appendingPathComponent(expected[1]))
    _ = try jsonObject(json)
    XCTAssertTrue(String(decoding: tei, as: UTF8.self).contains("<TEI"), "not a TEI document")

    let second = try runPrevail(arguments)
    XCTAssertEqual(second.status, 1, second.stderrText)
    XCTAssertEqual(contents(of: output), expected)
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(expected[0])), json)
    XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent(expected[1])), tei)
    XCTAssertFalse(contents(of: output).contains { $0.hasPrefix(".") }, "leftover temporary file")
  }

  // MARK: - 4. Inputs that cannot be checked

  /// Runs `check` on `document` and asserts exit 2, one `prevail: error:` line, nothing written.
  private func assertCannotCheck(
    _ document: String, _ label: String, because reason: String,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    try assertCannotCheck(arguments: [document], label, because: reason, file: file, line: line)
  }

  private func assertCannotCheck(
    arguments: [String], _ label: String, because reason: String,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let output = try makeTemporaryDirectory().appendingPathComponent("out")
    let run = try runPrevail(
      ["check"] + arguments + ["--format", "json", "--format", "tei", "--output", output.path])
    XCTAssertEqual(run.status, 2, "\(label): \(run.stderrText)", file: file, line: line)
    XCTAssertEqual(
      run.stderrLines.count, 1, "\(label): stderr must be one line: \(run.stderrText)",
      file: file, line: line)
    XCTAssertTrue(
      run.stderrText.hasPrefix("prevail: error: "), "\(label): \(run.stderrText)",
      file: file, line: line)
    XCTAssertTrue(
      run.stderrText.contains(reason), "\(label): expected `\(reason)` in \(run.stderrText)",
      file: file, line: line)
    XCTAssertTrue(run.stdout.isEmpty, "\(label): stdout: \(run.stdoutText)", file: file, line: line)
    XCTAssertEqual(
      contents(of: output), [], "\(label): wrote into the output", file: file, line: line)
  }

  private func write(_ data: Data, named name: String) throws -> String {
    let url = try makeTemporaryDirectory().appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  func testMissingPathCannotBeChecked() throws {
    let missing = try makeTemporaryDirectory().appendingPathComponent("missing.txt").path
    try assertCannotCheck(missing, "missing path", because: "no such file")
  }

  func testDirectoryWithoutDocumentsCannotBeChecked() throws {
    // A directory is a corpus; one with no documents in it cannot be checked.
    try assertCannotCheck(
      try makeTemporaryDirectory().path, "empty directory", because: "no documents found")
  }

  func testEmptyFileCannotBeChecked() throws {
    try assertCannotCheck(try write(Data(), named: "empty.txt"), "empty file", because: "is empty")
  }

  func testWhitespaceOnlyFileCannotBeChecked() throws {
    let text = Data(" \n\t\n\u{3000}\r\n   \n".utf8)
    try assertCannotCheck(
      try write(text, named: "blank.txt"), "whitespace-only file", because: "is empty")
  }

  func testBinaryFileCannotBeChecked() throws {
    var bytes: [UInt8] = Array("PK binary 中文 English ".utf8)
    bytes += [0x00, 0x01, 0x02, 0x00, 0xFF, 0x00, 0x7F, 0x00]
    bytes += Array(0..<64)
    try assertCannotCheck(
      try write(Data(bytes), named: "binary.bin"), "binary file", because: "NUL bytes")
  }

  func testInvalidUTF8CannotBeChecked() throws {
    var bytes: [UInt8] = Array("Women and children shall be protected.\n".utf8)
    bytes += [0xC3, 0x28, 0xA0, 0xA1]  // invalid sequences
    bytes += Array("\n妇女和儿童应受到保护。\n".utf8)
    try assertCannotCheck(
      try write(Data(bytes), named: "latin1.txt"), "invalid UTF-8", because: "not valid UTF-8")
  }

  func testEnglishOnlyTextCannotBeChecked() throws {
    let text = """
      The Universal Declaration of Human Rights

      Whereas recognition of the inherent dignity and of the equal and inalienable rights of all \
      members of the human family is the foundation of freedom, justice and peace in the world,

      All human beings are born free and equal in dignity and rights.

      """
    try assertCannotCheck(
      try write(Data(text.utf8), named: "english.txt"), "English-only text",
      because: "holds only English")
  }

  func testChineseOnlyTextCannotBeChecked() throws {
    let text = """
      世界人权宣言

      鉴于对人类家庭所有成员的固有尊严及其平等的和不移的权利的承认，乃是世界自由、正义与和平的基础，

      人人生而自由，在尊严和权利上一律平等。

      """
    try assertCannotCheck(
      try write(Data(text.utf8), named: "chinese.txt"), "Chinese-only text",
      because: "holds only Chinese")
  }

  func testMissingTranslationOfPairCannotBeChecked() throws {
    let missing = try makeTemporaryDirectory().appendingPathComponent("en.txt").path
    try assertCannotCheck(
      arguments: ["--original", reference, "--translation", missing], "missing translation",
      because: "no such file")
  }

  func testOutputPathThatIsAFileCannotBeWritten() throws {
    let directory = try makeTemporaryDirectory()
    let blocker = directory.appendingPathComponent("reports")
    try Data("not a directory\n".utf8).write(to: blocker)
    let run = try runPrevail(["check", reference, "--format", "json", "--output", blocker.path])
    XCTAssertEqual(run.status, 2, run.stderrText)
    XCTAssertEqual(run.stderrLines.count, 1, run.stderrText)
    XCTAssertTrue(run.stderrText.hasPrefix("prevail: error: "), run.stderrText)
    XCTAssertEqual(try Data(contentsOf: blocker), Data("not a directory\n".utf8))
    XCTAssertEqual(contents(of: directory), ["reports"])
  }

  // MARK: - 4b. Encodings that can be checked

  private func findingCount(_ document: String, file: StaticString = #filePath, line: UInt = #line)
    throws -> Int
  {
    let run = try runPrevail(["check", document, "--format", "json", "--output", "-"])
    XCTAssertEqual(run.status, 1, "\(document): \(run.stderrText)", file: file, line: line)
    let report = try jsonObject(run.stdout, file: file, line: line)
    let summary = try XCTUnwrap(report["summary"] as? [String: Any], file: file, line: line)
    return try XCTUnwrap(summary["findings"] as? Int, file: file, line: line)
  }

  func testByteOrderMarkedCopiesCheckLikeThePlainFile() throws {
    let plainURL = CLITestSupport.packageRoot.appendingPathComponent(reference)
    let plain = try Data(contentsOf: plainURL)
    let text = String(decoding: plain, as: UTF8.self)
    let utf8BOM = try write(Data([0xEF, 0xBB, 0xBF]) + plain, named: "source-utf8bom.txt")
    let utf16LE = try write(
      Data([0xFF, 0xFE]) + (try XCTUnwrap(text.data(using: .utf16LittleEndian))),
      named: "source-utf16le.txt")

    let expected = try findingCount(reference)
    XCTAssertGreaterThan(expected, 0)
    XCTAssertEqual(try findingCount(utf8BOM), expected, "UTF-8 with BOM")
    XCTAssertEqual(try findingCount(utf16LE), expected, "UTF-16LE with BOM")
  }

  // MARK: - 5. Usage errors

  private func assertUsageError(
    _ arguments: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let output = try makeTemporaryDirectory().appendingPathComponent("out")
    let run = try runPrevail(arguments.map { $0 == "OUT" ? output.path : $0 })
    XCTAssertEqual(
      run.status, 64, "\(arguments.joined(separator: " ")): \(run.stderrText)", file: file,
      line: line)
    XCTAssertFalse(run.stderrText.isEmpty, "a usage error explains itself", file: file, line: line)
    XCTAssertEqual(contents(of: output), [], "usage errors write nothing", file: file, line: line)
  }

  func testCheckWithoutInputIsUsageError() throws {
    try assertUsageError(["check"])
  }

  func testUnknownFormatIsUsageError() throws {
    try assertUsageError(["check", reference, "--format", "bogus", "--output", "OUT"])
  }

  func testSeveralFormatsToStdoutIsUsageError() throws {
    try assertUsageError([
      "check", reference, "--output", "-", "--format", "json", "--format", "tei",
    ])
  }

  func testUnknownFailOnIsUsageError() throws {
    try assertUsageError(["check", reference, "--fail-on", "sometimes"])
  }

  func testDocumentAndOriginalIsUsageError() throws {
    try assertUsageError(["check", reference, "--original", reference])
    try assertUsageError(
      ["check", reference, "--original", reference, "--translation", reference])
  }

  func testOriginalWithoutTranslationIsUsageError() throws {
    try assertUsageError(["check", "--original", reference])
  }

  func testFileFormatWithoutOutputIsUsageError() throws {
    try assertUsageError(["check", reference, "--format", "json"])
  }

  // MARK: - 6. A pair of files

  func testUDHRPairReportsTheChineseOnlyNote() throws {
    guard let shared = CLITestSupport.shared else {
      throw XCTSkip("../shared is absent")
    }
    let zh = shared.appendingPathComponent("corpus/udhr/zh.txt").path
    let en = shared.appendingPathComponent("corpus/udhr/en.txt").path
    let run = try runPrevail([
      "check", "--original", zh, "--translation", en, "--format", "json", "--output", "-",
      "--fail-on", "none",
    ])
    XCTAssertEqual(run.status, 0, run.stderrText)
    let report = try jsonObject(run.stdout)
    let document = try XCTUnwrap(report["document"] as? [String: Any])
    XCTAssertEqual(document["governing"] as? String, "zh")
    let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
    let lines = findings.compactMap { ($0["governing"] as? [String: Any])?["line"] as? Int }
    XCTAssertTrue(
      lines.contains(2) || lines.contains(3),
      "no finding on the zh-only OHCHR note (zh line 2 or 3); governing lines: \(lines); findings: "
        + findings.map { "\($0["check"] ?? "?"): \($0["message"] ?? "")" }.joined(separator: "; "))
  }

  // MARK: - 8. Markup in the text

  func testMarkupInTextIsEscapedInReports() throws {
    let directory = try makeTemporaryDirectory()
    let document = directory.appendingPathComponent("markup.txt")
    let text = """
      Women, children and <script>alert(1)</script> & "refugees" ]]> shall be protected.

      妇女、儿童和难民应受到保护。

      """
    try Data(text.utf8).write(to: document)
    let output = directory.appendingPathComponent("reports")
    let run = try runPrevail([
      "check", document.path, "--format", "tei", "--format", "json", "--output", output.path,
      "--fail-on", "none",
    ])
    XCTAssertEqual(run.status, 0, run.stderrText)
    XCTAssertEqual(contents(of: output), ["markup.json", "markup.tei.xml"])
    let tei = String(
      decoding: try Data(contentsOf: output.appendingPathComponent("markup.tei.xml")), as: UTF8.self
    )
    XCTAssertTrue(tei.contains("&lt;script&gt;"), "the markup is not escaped in TEI")
    XCTAssertFalse(tei.contains("<script>"), "raw <script> in TEI")
    XCTAssertFalse(tei.contains("]]>"), "raw ]]> in TEI")
    let report = try jsonObject(
      try Data(contentsOf: output.appendingPathComponent("markup.json")))
    XCTAssertEqual(report["schemaVersion"] as? Int, 1)
  }
}
