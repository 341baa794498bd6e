/// The level of structure a bead pairs.
public enum AlignmentLevel: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  case section
  case block
  case sentence
  case clause
  case item

  public static func < (lhs: AlignmentLevel, rhs: AlignmentLevel) -> Bool {
    lhs.depth < rhs.depth
  }

  /// Outermost first: section 0 … item 4.
  public var depth: Int {
    switch self {
    case .section: 0
    case .block: 1
    case .sentence: 2
    case .clause: 3
    case .item: 4
    }
  }
}

/// A group of governing segments paired with a group of translation segments (1-1, 1-2, 2-1,
/// 1-0, 0-1 …). An empty side means the other side has no counterpart.
public struct Bead: Hashable, Codable, Sendable {
  public var level: AlignmentLevel
  public var governing: [String]
  public var translation: [String]
  /// How sure the aligner is, 0 to 1.
  public var score: Double

  public init(level: AlignmentLevel, governing: [String], translation: [String], score: Double) {
    self.level = level
    self.governing = governing
    self.translation = translation
    self.score = score
  }

  /// "1-1", "2-1", "1-0" …
  public var shape: String { "\(governing.count)-\(translation.count)" }
}

/// A bilingual document with its beads at every level.
public struct AlignedDocument: Sendable {
  public var document: BilingualDocument
  public var beads: [Bead]
  /// Segments that are non-corresponding by design (author lists, the governing note…), by role.
  public var nonCorresponding: [(role: Role, segment: Segment)]

  public init(
    document: BilingualDocument, beads: [Bead], nonCorresponding: [(role: Role, segment: Segment)]
  ) {
    self.document = document
    self.beads = beads
    self.nonCorresponding = nonCorresponding
  }

  public func beads(at level: AlignmentLevel) -> [Bead] { beads.filter { $0.level == level } }
}
