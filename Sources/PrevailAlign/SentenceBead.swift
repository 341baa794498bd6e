/// One sentence-level bead: Chinese (governing) sentence indices paired with English
/// (translation) sentence indices, both 0-based, ascending and contiguous.
///
/// An empty side marks an omission (`zh` only, a 1-0 bead) or an addition (`en` only, 0-1).
public struct SentenceBead: Hashable, Sendable {
  /// Indices of the Chinese sentences in the bead.
  public var zh: [Int]
  /// Indices of the English sentences in the bead.
  public var en: [Int]
  /// How sure the aligner is of this bead, 0 to 1.
  public var score: Double

  public init(zh: [Int], en: [Int], score: Double = 1) {
    self.zh = zh
    self.en = en
    self.score = score
  }

  /// "1-1", "2-1", "1-0" …
  public var shape: String { "\(zh.count)-\(en.count)" }

  /// Whether both sides are non-empty.
  public var isLink: Bool { !zh.isEmpty && !en.isEmpty }

  /// Whether two beads pair the same sentences, ignoring scores.
  public func sameSentences(as other: SentenceBead) -> Bool {
    zh == other.zh && en == other.en
  }
}
