import PrevailModel

/// Finds the clause by which a document says which version prevails ("the Chinese version shall
/// prevail", 以中文版本为准).
public enum GoverningClause {
  /// The governing language and the sentence that says so, if the text has one.
  public static func find(in text: String) -> (language: Language, statement: String)? {
    let lower = text.lowercased()
    let english: [(String, Language)] = [
      ("chinese version shall prevail", .zh), ("chinese text shall prevail", .zh),
      ("chinese version prevails", .zh), ("chinese text prevails", .zh),
      ("chinese version shall govern", .zh), ("chinese text shall govern", .zh),
      ("chinese version shall be authoritative", .zh), ("chinese original shall prevail", .zh),
      ("english version shall prevail", .en), ("english text shall prevail", .en),
      ("english version prevails", .en), ("english text prevails", .en),
      ("english version shall govern", .en), ("english text shall govern", .en),
      ("english version shall be authoritative", .en),
    ]
    for (phrase, language) in english {
      if let range = lower.range(of: phrase) {
        return (language, sentence(around: range, in: lower, original: text))
      }
    }
    let chinese: [(String, Language)] = [
      ("以中文", .zh), ("以中文版本为准", .zh), ("以中文文本为准", .zh), ("以中文本为准", .zh),
      ("以英文", .en), ("以英文版本为准", .en), ("以英文文本为准", .en), ("以英文本为准", .en),
    ]
    for (phrase, language) in chinese {
      guard let range = text.range(of: phrase) else { continue }
      let tail = text[range.upperBound...].prefix(8)
      guard tail.contains("为准") || tail.contains("為準") else { continue }
      return (language, sentence(around: range, in: text, original: text))
    }
    return nil
  }

  private static func sentence(
    around range: Range<String.Index>, in searched: String, original: String
  ) -> String {
    // Same length in scalars when lowercasing ASCII; fall back to the phrase itself otherwise.
    guard searched.unicodeScalars.count == original.unicodeScalars.count else {
      return String(searched[range])
    }
    let scalars = Array(original.unicodeScalars)
    let start = searched.unicodeScalars.distance(
      from: searched.unicodeScalars.startIndex, to: range.lowerBound)
    var lower = start
    while lower > 0, !".。\n".unicodeScalars.contains(scalars[lower - 1]) { lower -= 1 }
    var upper = start
    while upper < scalars.count, !".。\n".unicodeScalars.contains(scalars[upper]) { upper += 1 }
    if upper < scalars.count { upper += 1 }
    return String(String.UnicodeScalarView(scalars[lower..<upper])).trimmingSpaces()
  }
}
