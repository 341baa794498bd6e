/// One message from libxml2 (a parse error, a schema or validity error), with where it is.
public struct XMLDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// How serious the message is.
  public enum Level: String, Hashable, Sendable, Comparable {
    case warning
    case error
    case fatal

    private var rank: Int {
      switch self {
      case .warning: 0
      case .error: 1
      case .fatal: 2
      }
    }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
  }

  public var level: Level
  /// 1-based line in the document the message is about; 0 when libxml2 gives none.
  public var line: Int
  /// 1-based column, when libxml2 gives one.
  public var column: Int?
  /// The message on one line, without libxml2's trailing newline.
  public var message: String

  public init(level: Level, line: Int, column: Int? = nil, message: String) {
    self.level = level
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line 12: message` (or `line 12:4: message` with a column).
  public var description: String {
    let place = column.map { "\(line):\($0)" } ?? "\(line)"
    return "line \(place): \(message)"
  }
}

/// A failure to build, write, parse or validate XML, described on one line.
public struct XMLError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: String, Hashable, Sendable {
    /// The input is not well-formed XML.
    case malformed
    /// An element or attribute name is not a valid XML name.
    case invalidName
    /// The tree cannot be written as given (conflicting namespace prefixes…).
    case invalidTree
    /// A RELAX NG schema could not be read or compiled.
    case invalidSchema
    /// A file could not be read.
    case unreadable
    /// libxml2 failed for a reason of its own (out of memory, input too large).
    case library
  }

  public var kind: Kind
  /// Line of the first error in the input, when there is one.
  public var line: Int?
  public var message: String
  /// Every message libxml2 reported, first one first.
  public var diagnostics: [XMLDiagnostic]

  public init(_ kind: Kind, line: Int? = nil, message: String, diagnostics: [XMLDiagnostic] = []) {
    self.kind = kind
    self.line = line
    self.message = message
    self.diagnostics = diagnostics
  }

  /// An error reporting the most serious (then the first) of libxml2's diagnostics.
  static func from(
    _ kind: Kind, diagnostics: [XMLDiagnostic], fallback: String
  ) -> XMLError {
    let worst = diagnostics.map(\.level).max()
    guard let first = diagnostics.first(where: { $0.level == worst }) else {
      return XMLError(kind, message: fallback, diagnostics: diagnostics)
    }
    return XMLError(kind, line: first.line, message: first.message, diagnostics: diagnostics)
  }

  /// `malformed XML at line 3: Premature end of data in tag root line 1`.
  public var description: String {
    let what: String =
      switch kind {
      case .malformed: "malformed XML"
      case .invalidName: "invalid XML name"
      case .invalidTree: "cannot write XML tree"
      case .invalidSchema: "invalid RELAX NG schema"
      case .unreadable: "unreadable file"
      case .library: "libxml2 failure"
      }
    let place = line.map { " at line \($0)" } ?? ""
    return "\(what)\(place): \(message)"
  }
}
