import Foundation

/// Why a baseline or waiver file could not be used: one line naming the file.
public struct GateFileError: Error, CustomStringConvertible, Equatable {
  public let path: String
  /// "baseline" or "waivers".
  public let what: String
  public let problem: String

  public init(path: String, what: String, problem: String) {
    self.path = path
    self.what = what
    self.problem = problem
  }

  public var description: String { "\(path): \(what) file: \(problem)" }
}

/// Reading, atomic writing and path handling shared by baselines and waiver files.
enum GateFile {
  static func read(_ path: String, what: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw GateFileError(path: path, what: what, problem: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw GateFileError(path: path, what: what, problem: "is a directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GateFileError(path: path, what: what, problem: "cannot be read")
    }
    return data
  }

  /// A short, single-line account of a decoding failure.
  static func describe(_ error: any Error) -> String {
    func at(_ path: [any CodingKey]) -> String {
      let parts = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
      return parts.isEmpty ? "" : " at \(parts.joined().drop { $0 == "." })"
    }
    let text: String
    switch error {
    case DecodingError.dataCorrupted(let context):
      text =
        context.codingPath.isEmpty
        ? "not valid JSON" : "invalid value\(at(context.codingPath)): \(context.debugDescription)"
    case DecodingError.keyNotFound(let key, let context):
      text = "missing \"\(key.stringValue)\"\(at(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      text = "wrong type\(at(context.codingPath))"
    default:
      text = "not valid JSON"
    }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Writes `data` to a temporary file in the target's directory, then renames it into place.
  static func writeAtomically(_ data: Data, to path: String, what: String) throws {
    let target = URL(fileURLWithPath: path)
    let temporary = target.deletingLastPathComponent().appendingPathComponent(
      ".\(target.lastPathComponent).prevail-tmp")
    do {
      try data.write(to: temporary)
    } catch {
      throw GateFileError(path: path, what: what, problem: "cannot be written")
    }
    guard rename(temporary.path, target.path) == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw GateFileError(path: path, what: what, problem: "cannot be replaced")
    }
  }
}

/// Document paths as baselines and waivers store them: relative to the working directory when
/// inside it, without `.` and `..` components.
public enum BaselinePath {
  public static func relative(
    _ path: String, to directory: String = FileManager.default.currentDirectoryPath
  ) -> String {
    let absolute = path.hasPrefix("/") ? path : directory + "/" + path
    let components = normalize(absolute)
    let base = normalize(directory)
    if components.count > base.count && Array(components.prefix(base.count)) == base {
      return components.dropFirst(base.count).joined(separator: "/")
    }
    return "/" + components.joined(separator: "/")
  }

  private static func normalize(_ path: String) -> [String] {
    var result: [String] = []
    for part in path.split(separator: "/") {
      switch part {
      case ".": continue
      case "..": if !result.isEmpty { result.removeLast() }
      default: result.append(String(part))
      }
    }
    return result
  }
}
