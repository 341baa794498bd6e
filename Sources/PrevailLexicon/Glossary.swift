import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// How a glossary rates a term (TBX `administrativeStatus` or `normativeAuthorization`).
public enum GlossaryTermStatus: String, Hashable, Sendable {
  case preferred
  case admitted
  /// Deprecated, superseded or forbidden: a translation should not use it.
  case deprecated
}

/// One term of a glossary entry, in one language.
public struct GlossaryTerm: Hashable, Sendable {
  public var text: String
  public var status: GlossaryTermStatus

  public init(text: String, status: GlossaryTermStatus = .admitted) {
    self.text = text
    self.status = status
  }
}

/// A concept of a glossary: its terms by language ("zh", "en": the primary subtag, lowercased).
public struct GlossaryEntry: Hashable, Sendable {
  public var id: String?
  public var terms: [String: [GlossaryTerm]]

  public init(id: String? = nil, terms: [String: [GlossaryTerm]]) {
    self.id = id
    self.terms = terms
  }

  /// The terms of a language, preferred first.
  public func terms(in language: String) -> [GlossaryTerm] {
    (terms[Glossary.languageKey(language)] ?? []).sorted { lhs, rhs in
      Glossary.rank(lhs.status) < Glossary.rank(rhs.status)
    }
  }

  /// The terms a translation may use: preferred and admitted.
  public func allowed(in language: String) -> [GlossaryTerm] {
    terms(in: language).filter { $0.status != .deprecated }
  }

  /// The terms a translation should not use.
  public func deprecated(in language: String) -> [GlossaryTerm] {
    terms(in: language).filter { $0.status == .deprecated }
  }
}

/// Why a glossary file could not be used.
public enum GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case malformed(line: Int, reason: String)
  /// The XML is not TBX: no `tbx` or `martif` root.
  case notTBX(root: String)
  case noEntries

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "Could not read the glossary \(path): \(reason)"
    case .malformed(let line, let reason):
      "The glossary is not well-formed XML (line \(line)): \(reason)"
    case .notTBX(let root): "The glossary's root element is <\(root)>, not TBX (<tbx> or <martif>)."
    case .noEntries: "The glossary holds no entry with terms in two languages."
    }
  }
}

/// A project glossary read from TBX: TBX-Basic v3 (`<tbx>`, `conceptEntry/langSec/termSec/term`)
/// and legacy TBX v2 (`<martif>`, `termEntry/langSet/tig|ntig/term`). External entities are
/// never resolved.
public struct Glossary: Sendable {
  public let entries: [GlossaryEntry]
  /// Entry indices by normalized term, per language.
  private let index: [String: [String: [Int]]]

  public init(entries: [GlossaryEntry]) {
    self.entries = entries
    var index: [String: [String: [Int]]] = [:]
    for (position, entry) in entries.enumerated() {
      for (language, terms) in entry.terms {
        for term in terms {
          index[language, default: [:]][Self.normalize(term.text), default: []].append(position)
        }
      }
    }
    self.index = index
  }

  /// Parses TBX bytes. Throws ``GlossaryError``.
  public init(tbx data: Data) throws {
    let reader = TBXReader()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.shouldReportNamespacePrefixes = false
    parser.delegate = reader
    let parsed = parser.parse()
    if let root = reader.root, !["tbx", "martif"].contains(root) {
      throw GlossaryError.notTBX(root: root)
    }
    guard parsed else {
      throw GlossaryError.malformed(
        line: parser.lineNumber,
        reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "parse error")
    }
    let entries = reader.entries.filter { $0.terms.count >= 2 }
    guard !entries.isEmpty else { throw GlossaryError.noEntries }
    self.init(entries: entries)
  }

  /// Reads a TBX file.
  public static func load(path: String) throws -> Glossary {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw GlossaryError.unreadable(path: path, reason: error.localizedDescription)
    }
    return try Glossary(tbx: data)
  }

  /// Entries with `term` in `language` (case- and width-insensitive for Latin script).
  public func entries(withTerm term: String, language: String) -> [GlossaryEntry] {
    (index[Self.languageKey(language)]?[Self.normalize(term)] ?? []).map { entries[$0] }
  }

  /// All terms of a language with their entries, longest first (for scanning text).
  public func terms(in language: String) -> [(term: GlossaryTerm, entry: GlossaryEntry)] {
    let key = Self.languageKey(language)
    return entries.flatMap { entry in (entry.terms[key] ?? []).map { ($0, entry) } }.sorted {
      $0.term.text.count > $1.term.text.count
    }
  }

  /// The allowed renderings of `term` from one language into another.
  public func renderings(of term: String, from source: String, to target: String) -> [String] {
    entries(withTerm: term, language: source).flatMap { $0.allowed(in: target).map(\.text) }
  }

  /// "zh-Hans-CN" → "zh", "EN_us" → "en".
  public static func languageKey(_ tag: String) -> String {
    String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
  }

  static func normalize(_ term: String) -> String {
    term.precomposedStringWithCompatibilityMapping.lowercased()
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func rank(_ status: GlossaryTermStatus) -> Int {
    switch status {
    case .preferred: 0
    case .admitted: 1
    case .deprecated: 2
    }
  }
}

/// SAX handler collecting entries from either TBX dialect.
private final class TBXReader: NSObject, XMLParserDelegate {
  var root: String?
  var entries: [GlossaryEntry] = []
  private var entry: GlossaryEntry?
  private var language: String?
  private var term: GlossaryTerm?
  private var termText: String?
  private var noteType: String?
  private var noteText: String?

  private static func local(_ name: String) -> String {
    String(name.split(separator: ":").last ?? Substring(name))
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    let name = Self.local(elementName)
    if root == nil {
      root = name
      if !["tbx", "martif"].contains(name) { parser.abortParsing() }
      return
    }
    let lang = attributes["xml:lang"] ?? attributes["lang"]
    switch name {
    case "conceptEntry", "termEntry":
      entry = GlossaryEntry(id: attributes["id"], terms: [:])
    case "langSec", "langSet":
      language = lang.map(Glossary.languageKey)
    case "termSec", "tig", "ntig":
      term = GlossaryTerm(text: "", status: .admitted)
    case "term":
      termText = ""
      if term == nil { term = GlossaryTerm(text: "", status: .admitted) }
    case "termNote":
      noteType = attributes["type"]
      noteText = ""
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if termText != nil { termText? += string }
    if noteText != nil { noteText? += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    switch Self.local(elementName) {
    case "term":
      term?.text = (termText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      termText = nil
    case "termNote":
      if let type = noteType, type == "administrativeStatus" || type == "normativeAuthorization",
        let value = noteText?.lowercased()
      {
        if value.hasPrefix("preferred") {
          term?.status = .preferred
        } else if value.hasPrefix("deprecated") || value.hasPrefix("superseded")
          || value.hasPrefix("forbidden") || value.hasPrefix("legal")
        {
          term?.status = value.hasPrefix("legal") ? .preferred : .deprecated
        }
      }
      noteType = nil
      noteText = nil
    case "termSec", "tig", "ntig":
      flushTerm()
    case "langSec", "langSet":
      flushTerm()
      language = nil
    case "conceptEntry", "termEntry":
      if let entry, !entry.terms.isEmpty { entries.append(entry) }
      entry = nil
    default:
      break
    }
  }

  private func flushTerm() {
    defer { term = nil }
    guard let term, !term.text.isEmpty, let language, !language.isEmpty else { return }
    entry?.terms[language, default: []].append(term)
  }
}
