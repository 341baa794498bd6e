import PrevailLexicon
import PrevailModel

/// A number of one version prepared for comparison: whether it must be rendered (`weak` ones
/// may match but are never reported missing), and the bound it states (at least, under …).
struct ComparedNumber: Sendable {
  enum Bound: String, Sendable {
    /// At least, more than, 以上, 不少于.
    case lower
    /// At most, under, less than, 以下, 不超过.
    case upper
  }

  var mention: NumberMention
  /// Inside a word (三方, 十年 in a dictionary word) or implied by a word (triangular, decade).
  var weak: Bool
  var bound: Bound?
}

/// Reads the numbers of a sentence group for the number check: numbers by value, minus codes
/// (IPv6, G20), the ubiquitous 1, and the leading labels of numbered lists.
struct NumberMentions {
  let lexicon: Lexicon

  /// The numbers of `text` after its leading label (`labelLength` scalars) is set aside.
  func read(_ text: String, _ language: Language, labelLength: Int) -> [ComparedNumber] {
    let mentions =
      language == .zh
      ? NumberReader.numbers(inChinese: text) : NumberReader.numbers(inEnglish: text)
    let scalars = Array(text.unicodeScalars)
    let wordSpans = language == .zh ? chineseWordSpans(text) : []
    var result: [ComparedNumber] = []
    for mention in mentions where mention.range.lowerBound >= labelLength {
      if mention.value == 1 && mention.kind != .percent { continue }
      if isGluedToLatin(mention, scalars) { continue }
      let label = isLeadingLabel(mention, scalars)
      let weak =
        label
        || language == .zh
          && (isInsideWord(mention, scalars, wordSpans) || isApproximate(mention, scalars)
            || isBare(mention, scalars))
      let bound =
        mention.kind == .year
        ? nil
        : (language == .zh ? chineseBound(mention, scalars) : englishBound(mention, scalars))
      result.append(ComparedNumber(mention: mention, weak: weak, bound: bound))
    }
    if language == .en {
      for mention in mentions
      where mention.range.lowerBound >= labelLength
        && mention.text.allSatisfy(\.isASCII) && mention.text.allSatisfy(\.isNumber)
      {
        for (value, kind) in Self.centuryAndDecade(mention.text) {
          let century = NumberMention(
            value: value, text: mention.text, range: mention.range, kind: kind)
          result.append(ComparedNumber(mention: century, weak: true, bound: nil))
        }
      }
      result += impliedEnglishNumbers(text, from: labelLength)
      result += hyphenatedBounds(scalars, from: labelLength)
    }
    return result
  }

  /// A single numeral character counting nothing: no measure word or unit after it (王二, 罗小四
  /// and 三闷儿 are names; 三个, 两年, 五国 count). It may match a number, it is not required.
  private func isBare(_ mention: NumberMention, _ scalars: [Unicode.Scalar]) -> Bool {
    guard mention.kind == .cardinal, mention.range.count == 1,
      let first = mention.text.unicodeScalars.first, first.value > 0x7F
    else { return false }
    let end = mention.range.upperBound
    guard end < scalars.count else { return true }
    return !NumberReader.isMeasureWord(scalars[end]) && !NumberReader.isChineseNumeral(scalars[end])
  }

  /// 十几 (ten-odd), 几十 and 数十 (dozens), 三四 (three or four): a count given loosely, which a translation may
  /// render as "dozens" or "a dozen"; it may match a number but is not required.
  private func isApproximate(_ mention: NumberMention, _ scalars: [Unicode.Scalar]) -> Bool {
    let before = mention.range.lowerBound > 0 ? scalars[mention.range.lowerBound - 1] : nil
    let after = mention.range.upperBound < scalars.count ? scalars[mention.range.upperBound] : nil
    if after == "几" || after == "幾" || before == "几" || before == "幾" || before == "数"
      || before == "數"
    {
      return true
    }
    // 三四个, 八九两, 十四五岁: neighbouring digits give a range, "three or four".
    guard mention.range.count == 1, let first = mention.text.unicodeScalars.first,
      first.value > 0x7F
    else { return false }
    return [before, after].contains { $0.map(NumberReader.isChineseNumeral) ?? false }
  }

  private func isGluedToLatin(_ mention: NumberMention, _ scalars: [Unicode.Scalar]) -> Bool {
    guard !mention.text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return false }
    func isLatin(_ scalar: Unicode.Scalar?) -> Bool {
      scalar.map { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } ?? false
    }
    let before = mention.range.lowerBound > 0 ? scalars[mention.range.lowerBound - 1] : nil
    if isLatin(before) { return true }
    var end = mention.range.upperBound
    while end < scalars.count, isLatin(scalars[end]) || ("0"..."9").contains(scalars[end]) {
      end += 1
    }
    guard end > mention.range.upperBound else { return false }
    // 300MHz is a quantity; 5G and G20 are codes.
    return !NumberReader.isUnit(text(scalars, mention.range.upperBound..<end))
  }

  /// A number that opens its sentence as a list label ("3.", "4、", "2)") before the text:
  /// translations often drop or restyle such numbering.
  private func isLeadingLabel(_ mention: NumberMention, _ scalars: [Unicode.Scalar]) -> Bool {
    guard scalars[..<mention.range.lowerBound].allSatisfy({ $0.properties.isWhitespace }),
      mention.range.upperBound + 1 < scalars.count
    else { return false }
    let mark = scalars[mention.range.upperBound]
    let next = scalars[mention.range.upperBound + 1]
    return ".．、)）".unicodeScalars.contains(mark) && !("0"..."9").contains(next)
  }

  /// Dictionary words of two or more characters, as scalar ranges with their glosses.
  private func chineseWordSpans(_ text: String) -> [(range: Range<Int>, word: String)] {
    lexicon.segment(text).filter { $0.isInDictionary && $0.range.count >= 2 }.map {
      ($0.range, $0.text)
    }
  }

  /// A one-character numeral that a dictionary word contains (三 in 三方面, 十 in 十年代) is part
  /// of the word, unless the word is a count (五个, 两项) or its glosses say the number (十二
  /// "twelve", 两国 "two countries").
  private func isInsideWord(
    _ mention: NumberMention, _ scalars: [Unicode.Scalar],
    _ spans: [(range: Range<Int>, word: String)]
  ) -> Bool {
    guard mention.range.count == 1, mention.kind == .cardinal else { return false }
    let index = mention.range.lowerBound
    guard let span = spans.first(where: { $0.range.contains(index) }) else { return false }
    if span.range.count == 2, span.range.lowerBound == index,
      NumberReader.isMeasureWord(scalars[index + 1])
    {
      return false
    }
    let spoken = Self.spokenForms(of: mention.value)
    let glosses = lexicon.glosses(for: span.word).joined(separator: " ").lowercased()
    let glossWords = Set(glosses.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
    return !spoken.contains { glossWords.contains(Substring($0)) }
  }

  private static func spokenForms(of value: Double) -> [String] {
    let names = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve",
    ]
    guard value == value.rounded(), value >= 0, value < 1e15 else { return [] }
    let integer = Int(value)
    var forms = [String(integer)]
    if integer < names.count { forms.append(names[integer]) }
    return forms
  }

  private static let chineseLowerBefore = ["不少于", "不低于", "不小于", "至少", "最少", "超过", "多于", "高于", "大于"]
  private static let chineseUpperBefore = [
    "不超过", "不多于", "不高于", "不大于", "最多", "至多", "少于", "低于", "小于",
  ]
  private static let chineseLowerAfter = ["以上", "余", "多"]
  private static let chineseUpperAfter = ["以下", "以内", "之内"]

  private func chineseBound(_ mention: NumberMention, _ scalars: [Unicode.Scalar])
    -> ComparedNumber.Bound?
  {
    let before = text(scalars, max(0, mention.range.lowerBound - 3)..<mention.range.lowerBound)
    // Longest marker first: 不少于 is a floor although it ends in 少于.
    let markers =
      (Self.chineseUpperBefore.map { ($0, ComparedNumber.Bound.upper) }
      + Self.chineseLowerBefore.map { ($0, ComparedNumber.Bound.lower) })
      .sorted { $0.0.count > $1.0.count }
    if let marker = markers.first(where: { before.hasSuffix($0.0) }) { return marker.1 }
    // 70人以下, 5岁以下: one unit or measure word may stand between the number and the bound.
    for gap in 0...1 {
      let start = mention.range.upperBound + gap
      let after = text(scalars, min(start, scalars.count)..<min(start + 2, scalars.count))
      if Self.chineseUpperAfter.contains(where: { after.hasPrefix($0) }) { return .upper }
      if gap == 0, Self.chineseLowerAfter.contains(where: { after.hasPrefix($0) }) {
        return .lower
      }
      if after.hasPrefix("以上") { return .lower }
    }
    return nil
  }

  private static let englishLowerBefore = [
    "at least", "more than", "over", "above", "exceeding", "greater than", "no less than",
    "not less than", "a minimum of", "no fewer than", "not fewer than", "upwards of",
  ]
  private static let englishUpperBefore = [
    "less than", "fewer than", "under", "below", "up to", "at most", "no more than",
    "not more than", "not exceeding", "a maximum of", "no later than", "not later than",
  ]

  private func englishBound(_ mention: NumberMention, _ scalars: [Unicode.Scalar])
    -> ComparedNumber.Bound?
  {
    var start = mention.range.lowerBound
    while start > 0, ["$", "€", "£", " "].contains(scalars[start - 1]) { start -= 1 }
    let before = text(scalars, max(0, start - 24)..<start).lowercased()
    let words = before.split(whereSeparator: { !$0.isLetter }).suffix(3).joined(separator: " ")
    func endsWith(_ phrase: String) -> Bool {
      words == phrase || words.hasSuffix(" " + phrase)
    }
    if Self.englishUpperBefore.contains(where: endsWith) { return .upper }
    if Self.englishLowerBefore.contains(where: endsWith) { return .lower }
    let after = text(
      scalars, mention.range.upperBound..<min(scalars.count, mention.range.upperBound + 12)
    )
    .lowercased()
    if after.hasPrefix(" or more") || after.hasPrefix(" or above") { return .lower }
    if after.hasPrefix(" or less") || after.hasPrefix(" or fewer") || after.hasPrefix(" or under") {
      return .upper
    }
    return nil
  }

  /// "under-5 mortality", "over-65s": a number the reader leaves as a code because a word is
  /// hyphenated to it, read here with its bound.
  private func hyphenatedBounds(_ scalars: [Unicode.Scalar], from start: Int) -> [ComparedNumber] {
    var result: [ComparedNumber] = []
    let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}"]
    let words: [(String, ComparedNumber.Bound)] = [
      ("under", .upper), ("over", .lower), ("below", .upper), ("above", .lower),
    ]
    for (word, bound) in words {
      let pattern = Array(word.unicodeScalars)
      var index = start
      while index + pattern.count + 1 < scalars.count {
        defer { index += 1 }
        // ASCII case-insensitive comparison in place (this runs at every offset).
        let matches = pattern.indices.allSatisfy { offset in
          let value = scalars[index + offset].value
          let lowered = (0x41...0x5A).contains(value) ? value + 0x20 : value
          return lowered == pattern[offset].value
        }
        guard matches,
          index == 0 || !scalars[index - 1].properties.isAlphabetic,
          hyphens.contains(scalars[index + pattern.count])
        else { continue }
        var end = index + pattern.count + 1
        var value = 0.0
        while end < scalars.count, ("0"..."9").contains(scalars[end]) {
          value = value * 10 + Double(scalars[end].value - 0x30)
          end += 1
        }
        guard end > index + pattern.count + 1 else { continue }
        let range = (index + pattern.count + 1)..<end
        let text = String(String.UnicodeScalarView(scalars[range]))
        result.append(
          ComparedNumber(
            mention: NumberMention(value: value, text: text, range: range, kind: .cardinal),
            weak: false, bound: bound))
      }
    }
    return result
  }

  /// Words that imply a number (triangular 3, bilateral 2, decade 10, May 5): weak numbers that
  /// a governing 三方, 双边, 十年 or 5月 may match.
  private func impliedEnglishNumbers(_ text: String, from start: Int) -> [ComparedNumber] {
    var result: [ComparedNumber] = []
    let words = EnglishMorphology.words(in: text)
    for (index, word) in words.enumerated() where word.range.lowerBound >= start {
      // 1960s: the sixties of the twentieth century (20世纪60年代); 1653: the seventeenth
      // century (17世纪).
      for (value, implied) in Self.centuryAndDecade(word.text) {
        let mention = NumberMention(value: value, text: word.text, range: word.range, kind: implied)
        result.append(ComparedNumber(mention: mention, weak: true, bound: nil))
      }
      // World War II, Chapter IV.
      if index > 0, words[index - 1].text.first?.isUppercase == true,
        let roman = Self.romanValue(word.text)
      {
        let mention = NumberMention(
          value: roman, text: word.text, range: word.range, kind: .cardinal)
        result.append(ComparedNumber(mention: mention, weak: true, bound: nil))
      }
      let lower = word.text.lowercased()
      let month = word.text.first?.isUppercase == true ? Self.months[lower] : nil
      guard let value = month ?? Self.impliedValue(lower) else { continue }
      let mention = NumberMention(value: value, text: word.text, range: word.range, kind: .cardinal)
      result.append(ComparedNumber(mention: mention, weak: true, bound: nil))
    }
    return result
  }

  /// The century (and the decade, for "1960s") a year or decade written in digits implies.
  static func centuryAndDecade(_ word: String) -> [(Double, NumberMention.Kind)] {
    var digits = word
    let isDecade = digits.hasSuffix("s")
    if isDecade { digits.removeLast() }
    guard digits.count == 4, digits.allSatisfy(\.isASCII), let year = Int(digits),
      (1000...2999).contains(year)
    else { return [] }
    var implied: [(Double, NumberMention.Kind)] = [(Double(year / 100 + 1), .cardinal)]
    if isDecade { implied.append((Double(year % 100), .cardinal)) }
    return implied
  }

  /// The value of an upper-case Roman numeral of two or more letters (II, IV, XIX), up to 39.
  static func romanValue(_ word: String) -> Double? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
    guard word.count >= 2, word.count <= 6, word.allSatisfy({ values[$0] != nil }) else {
      return nil
    }
    let digits = word.compactMap { values[$0] }
    var total = 0
    for (index, digit) in digits.enumerated() {
      let next = index + 1 < digits.count ? digits[index + 1] : 0
      total += digit < next ? -digit : digit
    }
    return total > 0 && total < 40 ? Double(total) : nil
  }

  /// Month names, capitalized in the text ("May 1996", "Aug. 1997"), match 5月 and 8月.
  static let months: [String: Double] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  static func impliedValue(_ word: String) -> Double? {
    let exact: [String: Double] = [
      "both": 2, "pair": 2, "twice": 2, "double": 2, "dual": 2, "twofold": 2, "triple": 3,
      "threefold": 3, "decade": 10, "decades": 10, "dozen": 12, "century": 100,
      "centuries": 100,
    ]
    if let value = exact[word] { return value }
    for (prefix, value) in [
      ("trilateral", 3.0), ("triangular", 3), ("tripartite", 3), ("triennial", 3),
      ("bilateral", 2), ("bipartite", 2), ("biennial", 2), ("quadrilateral", 4),
      ("quadrennial", 4), ("decennial", 10),
    ] where word.hasPrefix(prefix) {
      return value
    }
    return nil
  }

  private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    guard range.lowerBound < range.upperBound else { return "" }
    return String(String.UnicodeScalarView(scalars[range]))
  }
}
