import Foundation
import PrevailIngest
import PrevailKit
import PrevailModel
import XCTest

final class CorpusRunnerTests: XCTestCase {
  private var root: URL!

  override func setUpWithError() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prevail-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: root)
  }

  private func write(_ text: String, _ path: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  private static let bilingual = "Protect data. Share data.\n\n保护数据。共享数据。\n"

  /// a/source.txt (one file), b/ (a pair plus a provenance note), c/ (two documents),
  /// d/nested/ (a TMX), e/ (English only: fails), .hidden/ and the output folder (skipped).
  private func makeCorpus() throws {
    try write(Self.bilingual, "a/source.txt")
    try write("保护数据。\n", "b/zh.txt")
    try write("Protect data.\n", "b/en.txt")
    try write("Where this came from.\n", "b/source.txt")
    try write(Self.bilingual, "c/one.txt")
    try write(Self.bilingual, "c/two.txt")
    try write(
      "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"zh\"><seg>保护数据。</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>Protect data.</seg></tuv></tu></body></tmx>\n",
      "d/nested/memory.tmx")
    try write("Only English here.\n", "e/source.txt")
    try write(Self.bilingual, ".hidden/source.txt")
    try write(Self.bilingual, "out/old.txt")
    try write("{}", "a/notes.json")
  }

  func testDiscoveryRule() throws {
    try makeCorpus()
    let documents = try CorpusDiscovery.documents(
      in: root.path, excluding: [root.appendingPathComponent("out").path])
    XCTAssertEqual(
      documents.map(\.name), ["a", "b", "c-one", "c-two", "d-nested", "e"])
    XCTAssertEqual(
      documents[1].files,
      .pair(
        zh: root.appendingPathComponent("b/zh.txt").path,
        en: root.appendingPathComponent("b/en.txt").path))
    XCTAssertEqual(
      documents[0].files, .single(path: root.appendingPathComponent("a/source.txt").path))
    XCTAssertThrowsError(
      try CorpusDiscovery.documents(in: root.appendingPathComponent("none").path))
  }

  func testRunsEveryDocumentReportsFailuresAndWritesASummary() throws {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    try makeCorpus()
    let output = root.appendingPathComponent("out").path
    let documents = try CorpusDiscovery.documents(in: root.path, excluding: [output])
    let runner = CorpusRunner(
      pipeline: Pipeline(lexicon: lexicon), formats: [.json, .tei], output: output,
      maxConcurrency: 2)
    let seen = ProgressLog()
    let summary = try runner.run(documents) { seen.add($0) }
    XCTAssertEqual(summary.results.map(\.document.name), documents.map(\.name))
    XCTAssertEqual(seen.completed.sorted(), Array(1...documents.count))
    XCTAssertEqual(summary.failed.map(\.document.name), ["e"])
    XCTAssertEqual(
      summary.failed.first?.line,
      "e: error: \(root.appendingPathComponent("e/source.txt").path): holds only English text; "
        + "a bilingual document or a pair of files is needed")
    let files = try FileManager.default.contentsOfDirectory(atPath: output)
    for name in ["a", "b", "c-one", "c-two", "d-nested"] {
      XCTAssertTrue(files.contains("\(name).json"), name)
      XCTAssertTrue(files.contains("\(name).tei.xml"), name)
    }
    XCTAssertFalse(files.contains { $0.hasPrefix("e.") })
    XCTAssertFalse(files.contains { $0.contains("prevail-tmp") })
    let first = try Data(
      contentsOf: URL(fileURLWithPath: output).appendingPathComponent("corpus-summary.json"))
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: first) as? [String: Any])
    let totals = try XCTUnwrap(json["summary"] as? [String: Any])
    XCTAssertEqual(totals["documents"] as? Int, 6)
    XCTAssertEqual(totals["failed"] as? Int, 1)
    XCTAssertEqual(totals["passed"] as? Bool, false)
    XCTAssertTrue(summary.line.hasPrefix("6 documents: 5 checked, 1 failed;"), summary.line)

    // Same corpus, one worker: the same summary bytes.
    let again = CorpusRunner(
      pipeline: Pipeline(lexicon: lexicon), formats: [.json], output: output, maxConcurrency: 1)
    _ = try again.run(documents)
    let second = try Data(
      contentsOf: URL(fileURLWithPath: output).appendingPathComponent("corpus-summary.json"))
    XCTAssertEqual(
      String(decoding: first, as: UTF8.self).replacingOccurrences(of: "\"b.tei.xml\",", with: ""),
      String(decoding: first, as: UTF8.self).replacingOccurrences(of: "\"b.tei.xml\",", with: ""))
    XCTAssertEqual(
      try summaryWithoutReports(first), try summaryWithoutReports(second))
  }

  private func summaryWithoutReports(_ data: Data) throws -> String {
    var json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    json["documents"] = (json["documents"] as? [[String: Any]])?.map {
      var document = $0
      document["reports"] = nil
      return document
    }
    return String(
      decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]),
      as: UTF8.self)
  }
}

/// Collects progress calls (the runner serializes them).
private final class ProgressLog: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var completed: [Int] = []

  func add(_ progress: CorpusProgress) {
    lock.lock()
    completed.append(progress.completed)
    lock.unlock()
  }
}
