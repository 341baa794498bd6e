import Foundation
import XCTest

/// What one run of the built `prevail` binary produced.
struct PrevailRun: Sendable {
  var status: Int32
  var stdout: Data
  var stderr: Data

  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }

  /// The non-empty lines of stderr.
  var stderrLines: [String] {
    stderrText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
}

/// Why the binary could not be run.
struct PrevailBinaryMissing: Error, CustomStringConvertible {
  let path: String
  var description: String {
    "the prevail executable is not at \(path); build it first "
      + "(swift build --build-tests, or swift test, which builds every product)"
  }
}

enum CLITestSupport {
  /// The package root: three levels up from this file (Tests/PrevailCLITests/<file>).
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The directory holding the built products, as swift-argument-parser's test helpers find it:
  /// on macOS the `.xctest` bundle's parent, on Linux the test runner's own directory.
  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
      return Bundle.main.bundleURL
    #else
      return Bundle.main.bundleURL
    #endif
  }

  static var binary: URL { productsDirectory.appendingPathComponent("prevail") }

  /// The reference document, relative to the package root.
  static let referenceDocument = "Corpus/china-igf-gdc-input/source.txt"

  /// `../shared` beside the package root, or nil when absent.
  static var shared: URL? {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
    return exists && isDirectory.boolValue ? url : nil
  }
}

/// Runs the built `prevail` with `arguments` in the package root and captures everything.
func runPrevail(_ arguments: [String], in directory: URL = CLITestSupport.packageRoot) throws
  -> PrevailRun
{
  let binary = CLITestSupport.binary
  guard FileManager.default.isExecutableFile(atPath: binary.path) else {
    throw PrevailBinaryMissing(path: binary.path)
  }
  let process = Process()
  process.executableURL = binary
  process.arguments = arguments
  process.currentDirectoryURL = directory
  // Files, not pipes: a report larger than the pipe buffer cannot deadlock the run.
  let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
    "prevail-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: scratch) }
  let outURL = scratch.appendingPathComponent("stdout")
  let errURL = scratch.appendingPathComponent("stderr")
  try Data().write(to: outURL)
  try Data().write(to: errURL)
  let out = try FileHandle(forWritingTo: outURL)
  let err = try FileHandle(forWritingTo: errURL)
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  try out.close()
  try err.close()
  return PrevailRun(
    status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
    stderr: try Data(contentsOf: errURL))
}

/// A fresh temporary directory for one test, removed at the test's end.
extension XCTestCase {
  func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prevail-cli-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  /// Parses `data` as a JSON object.
  func jsonObject(
    _ data: Data, file: StaticString = #filePath, line: UInt = #line
  ) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: data)
    return try XCTUnwrap(
      object as? [String: Any], "the report is not a JSON object", file: file, line: line)
  }

  /// The names in `directory`, sorted; empty when it does not exist.
  func contents(of directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
  }
}
