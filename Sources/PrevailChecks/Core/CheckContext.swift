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
  /// The beads that pair sentences on both sides, with their texts and excerpts, computed
  /// once for all checks.
  public let sentencePairs: [SentencePair]
  private let governingIndex: [String: Segment]
  private let translationIndex: [String: Segment]

  public init(aligned: AlignedDocument, lexicon: Lexicon, glossary: Glossary? = nil) {
    self.aligned = aligned
    self.lexicon = lexicon
    self.glossary = glossary
    terms = TermMatcher(lexicon: lexicon, glossary: glossary)
    let governingIndex = aligned.document.governing.index()
    let translationIndex = aligned.document.translation.index()
    self.governingIndex = governingIndex
    self.translationIndex = translationIndex
    let document = aligned.document
    sentencePairs = aligned.beads(at: .sentence).compactMap { bead in
      let governing = bead.governing.compactMap { governingIndex[$0] }
      let translation = bead.translation.compactMap { translationIndex[$0] }
      guard let governingExcerpt = Self.excerpt(governing, document.governing),
        let translationExcerpt = Self.excerpt(translation, document.translation)
      else { return nil }
      return SentencePair(
        bead: bead, governing: governing, translation: translation,
        governingExcerpt: governingExcerpt, translationExcerpt: translationExcerpt)
    }
  }

  public var document: BilingualDocument { aligned.document }
  public var governingLanguage: Language { document.governing.language }

  public func segment(_ id: String, _ role: Role) -> Segment? {
    role == .governing ? governingIndex[id] : translationIndex[id]
  }

  /// An excerpt citing segments of one role: ids joined with spaces, texts joined, the first
  /// segment's raw position.
  public func excerpt(_ segments: [Segment], _ role: Role) -> Excerpt? {
    Self.excerpt(segments, document.version(role))
  }

  private static func excerpt(_ segments: [Segment], _ version: VersionDocument) -> Excerpt? {
    guard let first = segments.first else { return nil }
    let side = version.side
    let separator = side.language == .zh ? "" : " "
    return Excerpt(
      segment: segments.map(\.id).joined(separator: " "),
      text: segments.map(\.text).joined(separator: separator),
      position: side.position(of: first.range.lowerBound))
  }

  /// An excerpt citing segments of one role, positioned at a scalar offset into their joined
  /// text (a list item, a phrase): the position moves, the cited ids and text stay.
  public func excerpt(_ segments: [Segment], _ role: Role, at offset: Int) -> Excerpt? {
    guard let whole = excerpt(segments, role) else { return nil }
    let separator = document.version(role).language == .zh ? 0 : 1
    var remaining = offset
    for segment in segments {
      if remaining < segment.range.count {
        var moved = excerpt(segment, role, scalarOffset: remaining)
        moved.segment = whole.segment
        moved.text = whole.text
        return moved
      }
      remaining -= segment.range.count + separator
    }
    return whole
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
  /// Both sides cited as excerpts; an excerpt's `text` is its side's sentences joined as the
  /// language writes them.
  public var governingExcerpt: Excerpt
  public var translationExcerpt: Excerpt

  public var governingText: String { governingExcerpt.text }
  public var translationText: String { translationExcerpt.text }

  public func text(_ role: Role, language: Language) -> String {
    let segments = role == .governing ? governing : translation
    return segments.map(\.text).joined(separator: language == .zh ? "" : " ")
  }
}
