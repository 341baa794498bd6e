/// What a segment is in the structure of a version.
public enum SegmentKind: String, Codable, Hashable, Sendable, CaseIterable {
  case document
  /// The document title.
  case title
  /// A top-level section (a ⚫ bullet heading in English, 一、二、 in Chinese, 第N章 / Chapter N).
  case section
  /// The heading line of a section, principle or action.
  case heading
  /// A numbered principle ("Core Principle N", 核心原则N).
  case principle
  /// A block of commitments ("Key Commitments", 关键承诺).
  case commitments
  /// A numbered action or item inside a block (1. 2. ↔ ⚫).
  case action
  /// A numbered article (Article N, 第N条).
  case article
  case paragraph
  case sentence
  case clause
  /// One item of an enumeration (、-separated or "A, B and C").
  case listItem = "list-item"
  /// Matter that exists on one side only by design: author lists, coordinators, appendices.
  case authors
  /// The note stating which version prevails.
  case governingNote = "governing-note"
  /// An appendix that has no counterpart by design (Appendix 1 lists of people).
  case appendix
  /// A page number or other extraction residue kept out of the text.
  case residue

  /// Whether the kind is matter that the other version is not expected to contain.
  public var isNonCorresponding: Bool {
    switch self {
    case .authors, .governingNote, .appendix, .residue: true
    default: false
    }
  }
}

/// A node of a version's structure tree, with its place in the normalized text.
///
/// Identifiers are derived from structure (`zh.s2.p1.c3.s2`), so an edit in one section does not
/// renumber the others.
public struct Segment: Hashable, Codable, Sendable {
  public var id: String
  public var kind: SegmentKind
  /// The segment's own number or name where it has one ("3" for Core Principle 3 and 核心原则3).
  public var label: String?
  /// Scalar offsets into the side's normalized text.
  public var range: Range<Int>
  /// The normalized text of `range`.
  public var text: String
  public var children: [Segment]

  public init(
    id: String, kind: SegmentKind, label: String? = nil, range: Range<Int>, text: String,
    children: [Segment] = []
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.range = range
    self.text = text
    self.children = children
  }

  /// This segment and all below it, depth first, parents before children.
  public func flattened() -> [Segment] {
    var result: [Segment] = []
    func visit(_ segment: Segment) {
      result.append(segment)
      segment.children.forEach(visit)
    }
    visit(self)
    return result
  }

  /// All descendants (and self) of a kind, in text order.
  public func all(_ kind: SegmentKind) -> [Segment] {
    flattened().filter { $0.kind == kind }
  }
}

/// One version of the document: its normalized text and its structure.
public struct VersionDocument: Sendable {
  public var side: Side
  public var root: Segment

  public init(side: Side, root: Segment) {
    self.side = side
    self.root = root
  }

  public var language: Language { side.language }

  /// Every segment by id.
  public func index() -> [String: Segment] {
    Dictionary(root.flattened().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// Both versions of a document, and which one governs.
public struct BilingualDocument: Sendable {
  /// Display name (the folder or file stem), used for report file names.
  public var name: String
  /// Path as given by the user.
  public var path: String
  public var governing: VersionDocument
  public var translation: VersionDocument
  /// How the governing version was chosen: "clause" (the document says so), "option", "default".
  public var governingSource: String
  /// The sentence that states which version prevails, if the document has one.
  public var governingStatement: String?

  public init(
    name: String, path: String, governing: VersionDocument, translation: VersionDocument,
    governingSource: String, governingStatement: String?
  ) {
    self.name = name
    self.path = path
    self.governing = governing
    self.translation = translation
    self.governingSource = governingSource
    self.governingStatement = governingStatement
  }

  public func version(_ role: Role) -> VersionDocument {
    role == .governing ? governing : translation
  }
}
