import PrevailModel

/// Splits a paragraph into sentences, and sentences into clauses, as scalar ranges.
public enum SentenceSplitter {
  private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "」", "』", ")", "）", "》"]
  private static let abbreviations: Set<String> = [
    "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "no", "art", "para", "vs", "cf", "fig", "st",
    "u.s", "u.n", "inc", "ltd", "co", "jr", "sr", "op", "cit", "ibid", "al", "approx", "sec",
  ]

  /// Sentence ranges in `scalars` (trimmed of spaces), for the given language.
  public static func sentences(_ scalars: [Unicode.Scalar], language: Language) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      var end: Int?
      switch language {
      case .zh:
        if scalar == "。" || scalar == "！" || scalar == "？" || scalar == "!" || scalar == "?" {
          end = index + 1
        }
      case .en:
        if scalar == "." || scalar == "!" || scalar == "?" {
          end = englishBoundary(scalars, at: index)
        }
      }
      if var cut = end {
        while cut < scalars.count, closers.contains(scalars[cut]) { cut += 1 }
        append(start..<cut, scalars, to: &ranges)
        start = cut
        index = cut
      } else {
        index += 1
      }
    }
    append(start..<scalars.count, scalars, to: &ranges)
    return ranges
  }

  /// Clause ranges inside a sentence: cut after semicolons and colons (both scripts).
  public static func clauses(_ scalars: [Unicode.Scalar], in sentence: Range<Int>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = sentence.lowerBound
    for index in sentence where ";；:：".unicodeScalars.contains(scalars[index]) {
      append(start..<(index + 1), scalars, to: &ranges)
      start = index + 1
    }
    append(start..<sentence.upperBound, scalars, to: &ranges)
    return ranges.count > 1 ? ranges : []
  }

  private static func englishBoundary(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    var next = index + 1
    while next < scalars.count, closers.contains(scalars[next]) { next += 1 }
    guard next < scalars.count else { return index + 1 }
    guard Script.isSpace(scalars[next]) else { return nil }
    var following = next
    while following < scalars.count, Script.isSpace(scalars[following]) { following += 1 }
    guard following < scalars.count else { return index + 1 }
    let initial = scalars[following]
    let startsSentence =
      initial.properties.isUppercase || Script.isASCIIDigit(initial) || initial == "\""
      || initial == "“" || initial == "(" || Script.isHan(initial)
    guard startsSentence, scalars[index] == "." else { return startsSentence ? index + 1 : nil }
    // The word before the period: an abbreviation or a single initial does not end a sentence.
    var wordStart = index
    while wordStart > 0, Script.isLatinLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." {
      wordStart -= 1
    }
    let word = String(String.UnicodeScalarView(scalars[wordStart..<index])).lowercased()
    if abbreviations.contains(word) { return nil }
    if word.unicodeScalars.count == 1, scalars[index - 1].properties.isUppercase { return nil }
    return index + 1
  }

  private static func append(
    _ range: Range<Int>, _ scalars: [Unicode.Scalar], to ranges: inout [Range<Int>]
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, Script.isSpace(scalars[lower]) { lower += 1 }
    while upper > lower, Script.isSpace(scalars[upper - 1]) { upper -= 1 }
    let hasContent = scalars[lower..<upper].contains {
      Script.isHan($0) || Script.isLatinLetter($0) || Script.isASCIIDigit($0)
    }
    if hasContent {
      ranges.append(lower..<upper)
    } else if let last = ranges.popLast() {
      // Stray punctuation joins the sentence before it.
      ranges.append(last.lowerBound..<upper)
    }
  }
}
