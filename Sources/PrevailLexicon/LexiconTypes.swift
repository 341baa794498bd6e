/// One CC-CEDICT entry.
public struct DictionaryEntry: Hashable, Sendable {
  /// The Traditional form of the headword.
  public let traditional: String
  /// The Simplified form of the headword.
  public let simplified: String
  /// Numbered pinyin as written in the dictionary, e.g. `lao3 ren2`.
  public let pinyin: String
  /// The English glosses, in dictionary order, unmodified.
  public let glosses: [String]

  /// Creates an entry from its parts.
  public init(traditional: String, simplified: String, pinyin: String, glosses: [String]) {
    self.traditional = traditional
    self.simplified = simplified
    self.pinyin = pinyin
    self.glosses = glosses
  }
}

/// A word found by dictionary segmentation of Chinese text.
public struct ChineseToken: Hashable, Sendable {
  /// The token's text.
  public let text: String
  /// Unicode-scalar offsets of the token in the segmented input.
  public let range: Range<Int>
  /// Whether the token is a dictionary headword (false for unknown single characters).
  public let isInDictionary: Bool

  /// Creates a token.
  public init(text: String, range: Range<Int>, isInDictionary: Bool) {
    self.text = text
    self.range = range
    self.isInDictionary = isInDictionary
  }
}

/// One English word with its normalized stem.
public struct EnglishWord: Hashable, Sendable {
  /// The word as written.
  public let text: String
  /// Unicode-scalar offsets of the word in the input.
  public let range: Range<Int>
  /// The stem from ``EnglishMorphology/stem(_:)``.
  public let stem: String
  /// Whether the word is a function word that carries no content.
  public let isStopWord: Bool

  /// Creates a word.
  public init(text: String, range: Range<Int>, stem: String, isStopWord: Bool) {
    self.text = text
    self.range = range
    self.stem = stem
    self.isStopWord = isStopWord
  }
}

/// A number mentioned in text, by value.
public struct NumberMention: Hashable, Sendable {
  /// What the number counts or names.
  public enum Kind: String, Sendable {
    /// A quantity or plain number (fractions and decimals included).
    case cardinal
    /// A rank: 第三, third, 3rd.
    case ordinal
    /// A percentage; `value` is the number of percent (5 for 5%).
    case percent
    /// A calendar year (Gregorian; 民國 years are converted).
    case year
  }

  /// The numeric value (scale words applied: 10万 is 100000).
  public let value: Double
  /// The text the number was read from.
  public let text: String
  /// Unicode-scalar offsets of `text` in the input.
  public let range: Range<Int>
  /// What kind of number it is.
  public let kind: Kind

  /// Creates a mention.
  public init(value: Double, text: String, range: Range<Int>, kind: Kind) {
    self.value = value
    self.text = text
    self.range = range
    self.kind = kind
  }
}

/// Why a dictionary could not be loaded.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bundled CC-CEDICT resource is not in the module bundle.
  case resourceMissing(String)
  /// The resource exists but could not be read.
  case unreadable(path: String, reason: String)
  /// The text held no dictionary entries.
  case noEntries

  /// A message for the user.
  public var description: String {
    switch self {
    case .resourceMissing(let name):
      "The bundled dictionary resource \(name) is missing from the PrevailLexicon bundle."
    case .unreadable(let path, let reason):
      "Could not read the dictionary at \(path): \(reason)"
    case .noEntries:
      "The dictionary text contains no CC-CEDICT entries."
    }
  }
}
