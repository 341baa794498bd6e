import PrevailLexicon
import PrevailModel

/// What checks read: the aligned document, segment lookup, the lexicon, and helpers to cite
/// segments as excerpts.
public struct CheckContext: Sendable {
  public let aligned: AlignedDocument
  public let lexicon: Lexicon
  public let terms: TermMatcher
  /// The project glossary (`--glossary`), if one was given.
  public let glossary: Glossary?
  private let governingIndex: [String: Segment]
  private let translationIndex: [String: Segment]

  public init(aligned: AlignedDocument, lexicon: Lexicon, glossary: Glossary? = nil) {
    self.aligned = aligned
    self.lexicon = lexicon
    self.glossary = glossary
    terms = TermMatcher(lexicon: lexicon, glossary: glossary)
    governingIndex = aligned.document.governing.index()
    translationIndex = aligned.document.translation.index()
  }

  public var document: BilingualDocument { aligned.document }
  public var governingLanguage: Language { document.governing.language }

  public func segment(_ id: String, _ role: Role) -> Segment? {
    role == .governing ? governingIndex[id] : translationIndex[id]
  }

  /// The beads that pair sentences on both sides, with their texts joined.
  public var sentencePairs: [SentencePair] {
    aligned.beads(at: .sentence).compactMap { bead in
      let governing = bead.governing.compactMap { segment($0, .governing) }
      let translation = bead.translation.compactMap { segment($0, .translation) }
      guard !governing.isEmpty, !translation.isEmpty else { return nil }
      return SentencePair(bead: bead, governing: governing, translation: translation)
    }
  }

  /// An excerpt citing segments of one role: ids joined with spaces, texts joined, the first
  /// segment's raw position.
  public func excerpt(_ segments: [Segment], _ role: Role) -> Excerpt? {
    guard let first = segments.first else { return nil }
    let side = document.version(role).side
    let separator = side.language == .zh ? "" : " "
    return Excerpt(
      segment: segments.map(\.id).joined(separator: " "),
      text: segments.map(\.text).joined(separator: separator),
      position: side.position(of: first.range.lowerBound))
  }

  /// An excerpt for a part of a segment (a list item), positioned at that part.
  public func excerpt(_ segment: Segment, _ role: Role, scalarOffset: Int) -> Excerpt {
    let side = document.version(role).side
    return Excerpt(
      segment: segment.id, text: segment.text,
      position: side.position(of: segment.range.lowerBound + scalarOffset))
  }
}

/// Governing and translation sentences that the aligner paired.
public struct SentencePair: Sendable {
  public var bead: Bead
  public var governing: [Segment]
  public var translation: [Segment]

  public func text(_ role: Role, language: Language) -> String {
    let segments = role == .governing ? governing : translation
    return segments.map(\.text).joined(separator: language == .zh ? "" : " ")
  }
}
