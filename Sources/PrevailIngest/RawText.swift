import Foundation
import PrevailModel

/// Why an input could not be read as a document. Each case prints as one line.
public enum InputError: Error, Equatable, CustomStringConvertible, Sendable {
  case missing(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case empty(path: String)
  case notText(path: String, reason: String)
  case oneLanguageOnly(path: String, language: Language)
  case noParallelText(path: String, reason: String)

  public var description: String {
    switch self {
    case .missing(let path): "\(path): no such file"
    case .isDirectory(let path): "\(path): is a directory, not a document file"
    case .unreadable(let path, let reason): "\(path): cannot be read: \(reason)"
    case .empty(let path): "\(path): is empty (no text to check)"
    case .notText(let path, let reason): "\(path): is not a text document: \(reason)"
    case .oneLanguageOnly(let path, let language):
      "\(path): holds only \(language.name) text; a bilingual document or a pair of files is needed"
    case .noParallelText(let path, let reason): "\(path): \(reason)"
    }
  }
}

/// A raw input file decoded to Unicode scalars, with its line table.
public struct RawText: Sendable {
  public var path: String
  public var scalars: [Unicode.Scalar]
  public var lineTable: LineTable

  public init(path: String, text: String) {
    self.path = path
    scalars = Array(text.unicodeScalars)
    lineTable = LineTable(scalars: scalars)
  }

  /// Reads and decodes a file: UTF-8 (with or without BOM) or UTF-16 with a BOM.
  public static func read(path: String) throws -> RawText {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError.missing(path: path)
    }
    if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
    }
    return RawText(path: path, text: try decode(data, path: path))
  }

  /// Decodes bytes as UTF-8 or BOM-marked UTF-16, rejecting binary data and empty text.
  public static func decode(_ data: Data, path: String) throws -> String {
    let bytes = [UInt8](data)
    let text: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      guard let decoded = String(data: data, encoding: .utf16) else {
        throw InputError.notText(path: path, reason: "invalid UTF-16")
      }
      text = decoded.hasPrefix("\u{FEFF}") ? String(decoded.dropFirst()) : decoded
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      if body.contains(0) {
        throw InputError.notText(path: path, reason: "binary data (NUL bytes)")
      }
      guard let decoded = String(validating: body, as: UTF8.self) else {
        let offset = firstInvalidUTF8Offset(body)
        throw InputError.notText(
          path: path, reason: "not valid UTF-8 (byte \(offset)); convert it to UTF-8")
      }
      text = decoded
    }
    if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      throw InputError.empty(path: path)
    }
    let controls = text.unicodeScalars.filter {
      $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}"
    }
    if controls.count * 20 > text.unicodeScalars.count {
      throw InputError.notText(path: path, reason: "mostly control characters")
    }
    return text
  }

  /// Offset of the first byte that does not start a well-formed UTF-8 sequence.
  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length =
        lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
      if length == 0 || index + length > bytes.count { return index }
      for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
      index += length
    }
    return index
  }

  /// The raw lines, each as a scalar range (without its line break). A final line break ends
  /// the last line; it does not start an empty one.
  public var lineRanges: [Range<Int>] {
    var starts = lineTable.lineStarts
    if starts.count > 1, starts.last == scalars.count { starts.removeLast() }
    return starts.indices.map { index in
      let start = starts[index]
      var end = index + 1 < starts.count ? starts[index + 1] : scalars.count
      while end > start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" { end -= 1 }
      return start..<end
    }
  }

  /// Whether blank lines separate paragraphs (free text) rather than every line being one.
  public var hasBlankLineBetweenText: Bool {
    let ranges = lineRanges
    guard ranges.count > 2 else { return false }
    return ranges.dropFirst().dropLast().contains { range in
      scalars[range].allSatisfy { $0 == " " || $0 == "\t" }
    }
  }
}
