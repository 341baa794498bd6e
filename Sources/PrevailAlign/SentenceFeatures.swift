/// What the aligner knows about one sentence: its length in comparable units and its content
/// units (words, numbers, Latin tokens, marked punctuation), each with the keys it matches on.
///
/// Keys live in one space per bitext: a Chinese word's keys are the stem ids of its dictionary
/// glosses, an English word's key is the id of its stem, and numbers, Latin tokens and punctuation
/// get document-local keys (negative) shared by both sides. A Chinese unit and an English unit
/// match when they share a key.
public struct SentenceFeatures: Hashable, Sendable {
  /// One content unit of a sentence.
  public struct Unit: Hashable, Sendable {
    /// Identity of the unit's text in the bitext (the word, stem or number), used to learn
    /// word pairs from the document in the second pass.
    public var id: Int32
    /// Sorted, unique keys the unit matches on.
    public var keys: [Int32]

    public init(id: Int32, keys: [Int32]) {
      self.id = id
      self.keys = keys
    }
  }

  /// Length in comparable units: UTF-8 bytes, which put Chinese (3 bytes a character, about 3.4
  /// times denser than English) and English text on roughly the same scale.
  public var length: Double
  /// Content units in text order.
  public var units: [Unit]

  public init(length: Double, units: [Unit] = []) {
    self.length = length
    self.units = units
  }

  /// Whether a scalar is white space (ASCII, no-break, ideographic and the U+2000 spaces);
  /// cheaper than the Unicode property lookup.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  /// Length-only features of a sentence: its UTF-8 byte count, whitespace excluded.
  public init(lengthOf text: String) {
    var bytes = 0
    for scalar in text.unicodeScalars where !SentenceFeatures.isSpace(scalar) {
      bytes += UTF8.width(scalar)
    }
    self.init(length: Double(bytes))
  }
}

/// The features of both sides of a bitext, in one key space.
public struct BitextFeatures: Sendable {
  /// The governing (Chinese) sentences.
  public var zh: [SentenceFeatures]
  /// The translation (English) sentences.
  public var en: [SentenceFeatures]

  public init(zh: [SentenceFeatures], en: [SentenceFeatures]) {
    self.zh = zh
    self.en = en
  }

  /// Length-only features, for aligning without a dictionary.
  public init(lengthsOfZh zh: [String], en: [String]) {
    self.init(
      zh: zh.map(SentenceFeatures.init(lengthOf:)), en: en.map(SentenceFeatures.init(lengthOf:)))
  }
}
