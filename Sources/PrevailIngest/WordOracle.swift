/// Tells the repairer which English strings are words, so that `activ ely` can be joined and
/// `a part` cannot.
public struct WordOracle: Sendable {
  /// True when the lowercased string is an English word (from a dictionary).
  public var isWord: @Sendable (String) -> Bool

  public init(isWord: @escaping @Sendable (String) -> Bool) {
    self.isWord = isWord
  }

  /// An oracle that knows no words: only the document's own vocabulary can justify a join.
  public static let none = WordOracle(isWord: { _ in false })
}
