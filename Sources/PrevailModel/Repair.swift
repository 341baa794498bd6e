/// A change made to the raw text while normalizing it, logged so that a reviewer can see it.
public struct Repair: Hashable, Codable, Sendable {
  /// What kind of extraction artifact was repaired.
  public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A page number standing inside running text.
    case pageNumber = "page-number"
    /// A word split by a space (`activ ely`, `Z HANG`).
    case splitWord = "split-word"
    /// A hyphenated compound split before the hyphen (`multi -stakeholder`).
    case splitHyphen = "split-hyphen"
    /// Spaces between Chinese characters or around full-width punctuation.
    case cjkSpace = "cjk-space"
    /// A line break inside a paragraph joined.
    case lineJoin = "line-join"
    /// Runs of spaces folded into one.
    case whitespace
    /// Full-width ASCII folded to ASCII (`：` in English text, `Ｉ`).
    case fullWidth = "full-width"
    /// A list bullet glyph (⚫ ➢) recorded as structure and removed from the text.
    case bullet
  }

  public var kind: Kind
  /// Where the changed text starts in the raw file.
  public var position: SourcePosition
  /// The raw text that was replaced.
  public var original: String
  /// What it became in the normalized text.
  public var replacement: String

  public init(kind: Kind, position: SourcePosition, original: String, replacement: String) {
    self.kind = kind
    self.position = position
    self.original = original
    self.replacement = replacement
  }
}
