import Foundation
import PrevailChecks
import PrevailModel
import PrevailReports

/// A report format Prevail writes.
public enum ReportKind: String, Sendable, CaseIterable {
  case console
  case json
  case tei
  case html
  case sarif
  case junit

  /// File name extension, without the leading dot.
  public var fileExtension: String {
    switch self {
    case .console: "txt"
    case .json: "json"
    case .tei: "tei.xml"
    case .html: "html"
    case .sarif: "sarif"
    case .junit: "junit.xml"
    }
  }
}

/// Why reports could not be written.
public struct ReportWriteError: Error, CustomStringConvertible {
  public let description: String

  public init(description: String) {
    self.description = description
  }
}

/// The reports of one run, rendered in memory first so that a failure writes nothing; then
/// written atomically (temporary file in the target directory, then rename).
public struct ReportSet: Sendable {
  public struct File: Sendable {
    public var kind: ReportKind
    public var name: String
    public var data: Data
  }

  public let files: [File]
  public let console: String
  public let summary: String

  public init(result: CheckResult, formats: [ReportKind]) throws {
    let console = ConsoleReportWriter.write(result)
    var files: [File] = []
    for kind in Array(Set(formats)).sorted(by: { $0.rawValue < $1.rawValue }) {
      let data: Data
      switch kind {
      case .console: data = Data(console.utf8)
      case .json: data = try JSONReportWriter.write(result)
      case .tei: data = try TEIReportWriter.write(result)
      case .html: data = HTMLReportWriter.write(result)
      case .sarif:
        data = try SARIFReportWriter.write(
          result, rules: Self.sarifRules,
          repositoryRoot: FileManager.default.currentDirectoryPath)
      case .junit:
        data = try JUnitReportWriter.write(result, checks: CheckRegistry.all.map(\.descriptor.id))
      }
      files.append(File(kind: kind, name: "\(result.document.name).\(kind.fileExtension)", data: data))
    }
    self.files = files
    self.console = console
    summary = ConsoleReportWriter.summary(result)
  }

  /// Writes every file except the console report into `directory` (created if missing).
  public func write(to directory: String) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw ReportWriteError(description: "\(directory): exists and is not a directory")
      }
    } else {
      do {
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw ReportWriteError(description: "\(directory): cannot create the output directory")
      }
    }
    var staged: [(temporary: URL, final: URL)] = []
    defer { for entry in staged { try? manager.removeItem(at: entry.temporary) } }
    for file in files where file.kind != .console {
      let final = URL(fileURLWithPath: directory).appendingPathComponent(file.name)
      let temporary = URL(fileURLWithPath: directory).appendingPathComponent(
        ".\(file.name).prevail-tmp")
      do {
        try file.data.write(to: temporary)
      } catch {
        throw ReportWriteError(description: "\(final.path): cannot be written")
      }
      staged.append((temporary, final))
    }
    for entry in staged {
      guard rename(entry.temporary.path, entry.final.path) == 0 else {
        throw ReportWriteError(description: "\(entry.final.path): cannot be replaced")
      }
    }
    staged.removeAll()
  }
}

extension ReportSet {
  /// One SARIF rule per registered check.
  static var sarifRules: [SARIFRule] {
    CheckRegistry.all.map { check in
      let descriptor = check.descriptor
      return SARIFRule(
        id: descriptor.id, title: descriptor.title, rationale: descriptor.rationale,
        category: descriptor.category, defaultSeverity: descriptor.defaultSeverity)
    }
  }
}
