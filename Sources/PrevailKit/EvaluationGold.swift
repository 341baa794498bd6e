import Foundation
import PrevailModel

/// Hand-annotated gold for one document: its real discrepancies, and the correspondences that
/// look different but are not discrepancies (`expected-findings.json`, version 1).
public struct ExpectedFindings: Codable, Hashable, Sendable {
  public var version: Int
  /// A file holding both versions, or nil when `original` and `translation` are given.
  public var document: String?
  /// The governing version's file, for paired files.
  public var original: String?
  /// The translation's file, for paired files.
  public var translation: String?
  /// Which language governs ("zh" or "en").
  public var governing: String?
  public var discrepancies: [ExpectedDiscrepancy]
  public var equivalences: [ExpectedEquivalence]

  public init(
    version: Int = 1, document: String? = nil, original: String? = nil,
    translation: String? = nil, governing: String? = "zh",
    discrepancies: [ExpectedDiscrepancy], equivalences: [ExpectedEquivalence] = []
  ) {
    self.version = version
    self.document = document
    self.original = original
    self.translation = translation
    self.governing = governing
    self.discrepancies = discrepancies
    self.equivalences = equivalences
  }

  /// Decodes and validates gold (version 1; unique ids; every item located on some side).
  public static func decode(_ data: Data, path: String = "expected findings") throws
    -> ExpectedFindings
  {
    let gold: ExpectedFindings
    do {
      gold = try JSONDecoder().decode(ExpectedFindings.self, from: data)
    } catch {
      throw GoldError.invalid(path: path, reason: Self.describe(error))
    }
    try gold.validate(path: path)
    return gold
  }

  /// Reads gold from a file.
  public static func load(path: String) throws -> ExpectedFindings {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw GoldError.unreadable(path: path)
    }
    return try decode(data, path: path)
  }

  private func validate(path: String) throws {
    guard version == 1 else {
      throw GoldError.invalid(path: path, reason: "unsupported version \(version)")
    }
    var seen = Set<String>()
    for item in discrepancies {
      guard seen.insert(item.id).inserted else {
        throw GoldError.invalid(path: path, reason: "duplicate id \(item.id)")
      }
      guard item.governing != nil || item.translation != nil else {
        throw GoldError.invalid(path: path, reason: "\(item.id) has neither side")
      }
      for excerpt in [item.governing, item.translation].compactMap({ $0 })
      where excerpt.line < 1 || excerpt.lastLine < excerpt.line {
        throw GoldError.invalid(path: path, reason: "\(item.id) has an invalid line span")
      }
    }
    for (index, item) in equivalences.enumerated()
    where item.governing == nil && item.translation == nil {
      throw GoldError.invalid(path: path, reason: "equivalence \(index + 1) has neither side")
    }
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "missing \(key.stringValue) at \(pathText(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
      DecodingError.dataCorrupted(let context):
      return "\(context.debugDescription) at \(pathText(context.codingPath))"
    default:
      return String(describing: error)
    }
  }

  private static func pathText(_ path: [any CodingKey]) -> String {
    path.isEmpty
      ? "top level"
      : path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
  }
}

/// One side of a gold item: the first raw-file line (1-based), an optional last line, and the
/// text as it reads (PDF artifacts such as split words removed).
public struct GoldExcerpt: Codable, Hashable, Sendable {
  public var line: Int
  public var endLine: Int?
  public var text: String

  public init(line: Int, endLine: Int? = nil, text: String) {
    self.line = line
    self.endLine = endLine
    self.text = text
  }

  /// The last line the excerpt spans.
  public var lastLine: Int { endLine ?? line }

  /// The lines the excerpt spans.
  public var lines: ClosedRange<Int> { line...max(line, lastLine) }
}

/// A real discrepancy: what the translation does to the governing text, and how much it matters.
public struct ExpectedDiscrepancy: Codable, Hashable, Sendable {
  public var id: String
  public var category: IssueCategory
  public var severity: Severity
  /// Nil for translation text with no governing source at all.
  public var governing: GoldExcerpt?
  /// Nil for governing text with no counterpart at all.
  public var translation: GoldExcerpt?
  public var note: String

  public init(
    id: String, category: IssueCategory, severity: Severity, governing: GoldExcerpt?,
    translation: GoldExcerpt?, note: String = ""
  ) {
    self.id = id
    self.category = category
    self.severity = severity
    self.governing = governing
    self.translation = translation
    self.note = note
  }
}

/// A correspondence that looks different but is faithful (妇女、残疾人、老年人 = "women, the
/// elderly, people with disabilities"); one side may be nil for matter present in one version by
/// design (author lists, the governing note).
public struct ExpectedEquivalence: Codable, Hashable, Sendable {
  public var governing: GoldExcerpt?
  public var translation: GoldExcerpt?
  public var note: String

  public init(governing: GoldExcerpt?, translation: GoldExcerpt?, note: String = "") {
    self.governing = governing
    self.translation = translation
    self.note = note
  }
}

/// Gold that cannot be used.
public enum GoldError: Error, Equatable, CustomStringConvertible, Sendable {
  case unreadable(path: String)
  case invalid(path: String, reason: String)
  case noDocument(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path): "cannot read \(path)"
    case .invalid(let path, let reason): "\(path): invalid expected findings: \(reason)"
    case .noDocument(let path):
      "\(path) names no document; give --document or --original and --translation"
    }
  }
}
