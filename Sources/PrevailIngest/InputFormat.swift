import Foundation
import PrevailModel

/// The shape of an input file: text (one bilingual file or one version), or an XML format
/// holding both versions in units.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Decide from the content (`detect`).
  case auto
  case text
  /// TMX 1.4b translation memory.
  case tmx
  /// XLIFF 1.2 or 2.x.
  case xliff
  /// Prevail's own TEI report.
  case tei

  /// The format of `data` by its content: an XML document whose root element is `<tmx>`,
  /// `<xliff>` or `<TEI>`; anything else is text. Only the start of the file is looked at.
  public static func detect(_ data: Data) -> InputFormat {
    guard let root = XMLProlog.rootElementName(data) else { return .text }
    switch root {
    case "tmx": return .tmx
    case "xliff": return .xliff
    case "TEI", "tei", "teiCorpus": return .tei
    default: return .text
    }
  }
}

/// Finds the root element's name at the start of a file without parsing it: skips a BOM, the
/// XML declaration, comments, processing instructions and the DOCTYPE.
enum XMLProlog {
  /// How far into the file the root element is looked for.
  static let limit = 65_536

  /// The local name of the root element, or nil when the file does not start like XML.
  static func rootElementName(_ data: Data) -> String? {
    let scalars = prefixScalars(data)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if Script.isXMLSpace(scalar) || scalar == "\u{FEFF}" {
        index += 1
        continue
      }
      guard scalar == "<", index + 1 < scalars.count else { return nil }
      let next = scalars[index + 1]
      if next == "?" || next == "!" {
        let terminator: [Unicode.Scalar] =
          next == "?" ? ["?", ">"] : isComment(scalars, at: index) ? ["-", "-", ">"] : [">"]
        guard let end = find(terminator, in: scalars, from: index + 2, doctype: next == "!")
        else { return nil }
        index = end
        continue
      }
      var end = index + 1
      while end < scalars.count, !Script.isXMLSpace(scalars[end]), scalars[end] != ">",
        scalars[end] != "/"
      {
        end += 1
      }
      let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
      guard !name.isEmpty else { return nil }
      return name.split(separator: ":").last.map(String.init)
    }
    return nil
  }

  /// Whether the file starts with an XML declaration (`<?xml`), after an optional BOM.
  static func hasDeclaration(_ data: Data) -> Bool {
    let scalars = prefixScalars(data.prefix(64))
    let text = String(String.UnicodeScalarView(scalars.drop { $0 == "\u{FEFF}" }))
    return text.hasPrefix("<?xml")
  }

  private static func isComment(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    index + 3 < scalars.count && scalars[index + 2] == "-" && scalars[index + 3] == "-"
  }

  /// The offset past `terminator`; for a DOCTYPE, brackets of the internal subset are skipped.
  private static func find(
    _ terminator: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int, doctype: Bool
  ) -> Int? {
    var index = start
    var depth = 0
    var quote: Unicode.Scalar?
    while index + terminator.count <= scalars.count {
      if doctype && terminator.count == 1 {
        if let open = quote {
          if scalars[index] == open { quote = nil }
          index += 1
          continue
        }
        if scalars[index] == "\"" || scalars[index] == "'" { quote = scalars[index] }
        if scalars[index] == "[" { depth += 1 }
        if scalars[index] == "]" { depth = max(0, depth - 1) }
        if depth > 0 {
          index += 1
          continue
        }
      }
      if Array(scalars[index..<(index + terminator.count)]) == terminator {
        return index + terminator.count
      }
      index += 1
    }
    return nil
  }

  /// The first `limit` bytes decoded as UTF-8, or as UTF-16 when there is a BOM.
  private static func prefixScalars(_ data: Data) -> [Unicode.Scalar] {
    let bytes = [UInt8](data.prefix(limit))
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes[0] == 0xFF
      var units: [UInt16] = []
      var index = 2
      while index + 1 < bytes.count {
        let (low, high) =
          littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
        units.append(UInt16(high) << 8 | UInt16(low))
        index += 2
      }
      return Array(String(decoding: units, as: UTF16.self).unicodeScalars)
    }
    return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
  }
}

extension DocumentReader {
  /// Reads one input file in the given format (`.auto`: detected by content). Text is a single
  /// bilingual file; TMX, XLIFF and TEI hold both versions.
  public func read(path: String, name: String, format: InputFormat = .auto) throws
    -> BilingualDocument
  {
    let data = try RawText.readData(path: path)
    return try read(data: data, path: path, name: name, format: format)
  }

  /// Reads bytes already loaded from `path` (for tests and fuzzing).
  public func read(
    data: Data, path: String, name: String, format: InputFormat = .auto
  ) throws -> BilingualDocument {
    let resolved = format == .auto ? InputFormat.detect(data) : format
    if resolved == .text, format == .auto, XMLProlog.hasDeclaration(data),
      let root = XMLProlog.rootElementName(data)
    {
      throw InputError.notText(
        path: path,
        reason: "XML with root element <\(root)>; Prevail reads TMX, XLIFF and Prevail's TEI "
          + "(or use --input-format text)")
    }
    let raw = RawText(path: path, text: try RawText.decode(data, path: path))
    if resolved == .text || resolved == .auto { try raw.checkLineLengths() }
    switch resolved {
    case .auto, .text:
      return try readBilingual(raw, name: name)
    case .tmx:
      return try readUnits(TMXReader.units(XMLSource(data: data, raw: raw)), raw: raw, name: name)
    case .xliff:
      return try readUnits(
        XLIFFReader.units(XMLSource(data: data, raw: raw)), raw: raw, name: name)
    case .tei:
      return try readUnits(
        TEIInputReader.units(XMLSource(data: data, raw: raw)), raw: raw, name: name)
    }
  }
}

extension RawText {
  /// The bytes of a file, with the same errors as `read(path:)` for a missing path or a
  /// directory.
  public static func readData(path: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError.missing(path: path)
    }
    if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw InputError.unreadable(path: path, reason: "permission denied or I/O error")
    }
  }
}

extension RawText {
  /// The longest line (or XML unit) Prevail reads, in Unicode scalars: twenty times a long
  /// statute paragraph, and as long as the 100,000-character benchmark document. A longer line
  /// is not running text (a minified file, a dump without line breaks) and would make one
  /// paragraph of the whole input.
  public static let maximumLineLength = 100_000

  /// Throws when a line is longer than `maximumLineLength`, naming the line.
  public func checkLineLengths() throws {
    for (index, range) in lineRanges.enumerated() where range.count > Self.maximumLineLength {
      throw InputError.notText(
        path: path,
        reason: "line \(index + 1) is \(range.count) characters long (the limit is "
          + "\(Self.maximumLineLength)); break the text into paragraphs")
    }
  }
}
