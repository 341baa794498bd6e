import PrevailModel

/// What one repaired line is, structurally.
enum LineKind: Equatable {
  case blank
  case pageNumber
  /// An ordinal section heading: 一、… / Chapter N / 第N章.
  case section(label: String, text: String)
  /// A bulleted line (⚫ ➢ •); sections or actions depending on the version's conventions.
  case bullet(text: String)
  case principle(label: String, text: String)
  case commitments(text: String)
  case numbered(label: String, text: String)
  case article(label: String, text: String)
  case authors
  case appendix(label: String)
  case note
  case text

  /// The text after the line's structural marker, for heading kinds.
  var rest: String? {
    switch self {
    case .section(_, let text), .principle(_, let text), .numbered(_, let text),
      .article(_, let text), .commitments(let text):
      text
    default: nil
    }
  }
}

/// Classifies repaired lines by their leading markers, without regular expressions (this runs on
/// every line of every document).
enum LineClassifier {
  static func classify(_ line: [Cell], language: Language, freeText: Bool) -> LineKind {
    let scalars = line.scalars
    guard let first = scalars.first else { return .blank }
    if freeText, scalars.count <= 4, scalars.allSatisfy(Script.isASCIIDigit) { return .pageNumber }
    if Script.isBullet(first) {
      return .bullet(text: rest(scalars, from: 1))
    }
    let text = line.string
    let lower = text.lowercased()
    if lower.hasPrefix("(authors") || lower.hasPrefix("（authors") || lower.hasPrefix("(author ") {
      return .authors
    }
    if lower.hasPrefix("note:") || lower.hasPrefix("note：") || text.hasPrefix("注：")
      || text.hasPrefix("注:")
    {
      return .note
    }
    if let match = labelled(lower, scalars, prefixes: ["appendix", "annex"]), match.rest.isEmpty {
      return .appendix(label: match.label)
    }
    if let match = labelled(lower, scalars, prefixes: ["core principle", "principle"]) {
      return .principle(label: match.label, text: match.rest)
    }
    if let match = labelled(text, scalars, prefixes: ["核心原则", "核心原則", "原则", "原則"]) {
      return .principle(label: match.label, text: match.rest)
    }
    for prefix in ["key commitments", "key commitment", "关键承诺", "關鍵承諾"]
    where lower.hasPrefix(prefix) {
      let remainder = rest(Array(lower.unicodeScalars), from: prefix.unicodeScalars.count)
      if remainder.hasPrefix(":") || remainder.hasPrefix("：") || remainder.isEmpty {
        return .commitments(text: String(remainder.dropFirst()).trimmingSpaces())
      }
    }
    if let match = labelled(lower, scalars, prefixes: ["article"]) {
      return .article(label: match.label, text: match.rest)
    }
    if let match = labelled(lower, scalars, prefixes: ["chapter", "part", "section"]) {
      return .section(label: match.label, text: match.rest)
    }
    if let chinese = chineseOrdinalHeading(scalars) { return chinese }
    if let numbered = numberedItem(scalars) { return numbered }
    return .text
  }

  /// `prefix N: rest` with N an Arabic, Roman or Chinese numeral.
  private static func labelled(
    _ text: String, _ original: [Unicode.Scalar], prefixes: [String]
  ) -> (label: String, rest: String)? {
    for prefix in prefixes where text.hasPrefix(prefix) {
      let scalars = Array(text.unicodeScalars)
      var index = prefix.unicodeScalars.count
      while index < scalars.count, Script.isSpace(scalars[index]) { index += 1 }
      let start = index
      while index < scalars.count,
        Script.isASCIIDigit(scalars[index]) || ChineseOrdinal.isNumeral(scalars[index])
          || (prefix.unicodeScalars.first.map(Script.isLatinLetter) ?? false
            && "ivxlc".unicodeScalars.contains(scalars[index]) && index - start < 6
            && (index + 1 >= scalars.count || !Script.isLatinLetter(scalars[index + 1])
              || "ivxlc".unicodeScalars.contains(scalars[index + 1])))
      {
        index += 1
      }
      guard index > start else { continue }
      let label = String(String.UnicodeScalarView(scalars[start..<index]))
      guard let value = ChineseOrdinal.value(of: label) else { continue }
      // "Part in" is not a heading: the label must not run into a word.
      if index < scalars.count, Script.isLatinLetter(scalars[index]) { continue }
      while index < scalars.count, Script.isSpace(scalars[index]) { index += 1 }
      if index < scalars.count, ":：.、".unicodeScalars.contains(scalars[index]) { index += 1 }
      let rest = String(String.UnicodeScalarView(original[min(index, original.count)...]))
      return (String(value), rest.trimmingSpaces())
    }
    return nil
  }

  /// 一、关于… / 第三章 …
  private static func chineseOrdinalHeading(_ scalars: [Unicode.Scalar]) -> LineKind? {
    var index = 0
    if scalars.first == "第" { index = 1 }
    let start = index
    while index < scalars.count, ChineseOrdinal.isNumeral(scalars[index]) { index += 1 }
    guard index > start, index - start <= 4, index < scalars.count else { return nil }
    let label = String(String.UnicodeScalarView(scalars[start..<index]))
    guard let value = ChineseOrdinal.value(of: label) else { return nil }
    let marker = scalars[index]
    if start == 0 && marker == "、" {
      return .section(label: String(value), text: rest(scalars, from: index + 1))
    }
    // 第二部…电影是…。 is a sentence about a second film, not Part Two: a heading does not end
    // as a sentence does.
    let endsSentence = scalars.last { !Script.isSpace($0) }.map { "。！？!?".unicodeScalars.contains($0) }
    if start == 1 && endsSentence != true
      && (marker == "章" || marker == "编" || marker == "編" || marker == "部" || marker == "节"
        || marker == "節")
    {
      return .section(label: String(value), text: rest(scalars, from: index + 1))
    }
    if start == 1 && (marker == "条" || marker == "條") {
      return .article(label: String(value), text: rest(scalars, from: index + 1))
    }
    return nil
  }

  /// `1. Establishing …`, `(2) …`, `（一）…`.
  private static func numberedItem(_ scalars: [Unicode.Scalar]) -> LineKind? {
    // ㈠ … ㈩ (parenthesized ideographs one to ten).
    if let first = scalars.first, (0x3220...0x3229).contains(first.value) {
      return .numbered(label: String(first.value - 0x321F), text: rest(scalars, from: 1))
    }
    if let lettered = letteredItem(scalars) { return lettered }
    var index = 0
    let open = scalars.first == "(" || scalars.first == "（"
    if open { index = 1 }
    let start = index
    while index < scalars.count, Script.isASCIIDigit(scalars[index]) || (open && ChineseOrdinal.isNumeral(scalars[index])) { index += 1 }
    guard index > start, index - start <= 3, index < scalars.count else { return nil }
    let label = String(String.UnicodeScalarView(scalars[start..<index]))
    guard let value = ChineseOrdinal.value(of: label) else { return nil }
    if open {
      guard scalars[index] == ")" || scalars[index] == "）" else { return nil }
      return .numbered(label: String(value), text: rest(scalars, from: index + 1))
    }
    guard scalars[index] == "." || scalars[index] == "．", index + 1 < scalars.count,
      Script.isSpace(scalars[index + 1])
    else { return nil }
    let text = rest(scalars, from: index + 1)
    guard let initial = text.unicodeScalars.first,
      initial.properties.isUppercase || Script.isHan(initial)
    else { return nil }
    return .numbered(label: String(value), text: text)
  }

  /// `(a) …`, `（b）…`: statute items lettered a, b, c … are items 1, 2, 3 … (so that they pair
  /// with （一）（二）（三）); `(i)`, `(v)`, `(x)` are read as Roman numerals.
  private static func letteredItem(_ scalars: [Unicode.Scalar]) -> LineKind? {
    guard scalars.count >= 4, scalars[0] == "(" || scalars[0] == "（" else { return nil }
    var close = 1
    while close < scalars.count, close <= 5, scalars[close].value >= 0x61,
      scalars[close].value <= 0x7A
    {
      close += 1
    }
    guard close > 1, close + 1 < scalars.count, scalars[close] == ")" || scalars[close] == "）",
      Script.isSpace(scalars[close + 1])
    else { return nil }
    let letters = String(String.UnicodeScalarView(scalars[1..<close]))
    let label: Int
    if letters.unicodeScalars.allSatisfy({ "ivx".unicodeScalars.contains($0) }),
      let roman = ChineseOrdinal.value(of: letters)
    {
      label = roman
    } else if close == 2 {
      label = Int(scalars[1].value - 0x60)
    } else {
      return nil
    }
    return .numbered(label: String(label), text: rest(scalars, from: close + 1))
  }

  /// Whether a line starts with a Chinese ordinal and 、 (一、): a section at the top of a
  /// document, a numbered paragraph or item inside an article of a statute or treaty.
  static func startsWithEnumerationComma(_ cells: [Cell]) -> Bool {
    var index = 0
    while index < cells.count, index < 5, ChineseOrdinal.isNumeral(cells[index].scalar) {
      index += 1
    }
    return index > 0 && index < cells.count && cells[index].scalar == "、"
  }

  private static func rest(_ scalars: [Unicode.Scalar], from index: Int) -> String {
    guard index < scalars.count else { return "" }
    return String(String.UnicodeScalarView(scalars[index...])).trimmingSpaces()
  }
}

extension String {
  func trimmingSpaces() -> String {
    let scalars = Array(unicodeScalars)
    var start = 0
    var end = scalars.count
    while start < end, Script.isSpace(scalars[start]) { start += 1 }
    while end > start, Script.isSpace(scalars[end - 1]) { end -= 1 }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}

/// Small ordinal numbers written in Arabic, Roman or Chinese numerals (一 … 九十九, 〇).
public enum ChineseOrdinal {
  static let digits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
  ]

  static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    digits[scalar] != nil || scalar == "十" || scalar == "百"
  }

  /// The value of an ordinal label, or nil when it is not one.
  public static func value(of label: String) -> Int? {
    if let arabic = Int(label) { return arabic }
    let lower = label.lowercased()
    if let roman = romanValue(lower) { return roman }
    var total = 0
    var current = 0
    for scalar in label.unicodeScalars {
      if let digit = digits[scalar] {
        current = digit
      } else if scalar == "十" {
        total += (current == 0 ? 1 : current) * 10
        current = 0
      } else if scalar == "百" {
        total += (current == 0 ? 1 : current) * 100
        current = 0
      } else {
        return nil
      }
    }
    let value = total + current
    return value > 0 ? value : nil
  }

  private static func romanValue(_ text: String) -> Int? {
    let values: [Unicode.Scalar: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
    let numbers = text.unicodeScalars.compactMap { values[$0] }
    guard !numbers.isEmpty, numbers.count == text.unicodeScalars.count else { return nil }
    var total = 0
    for (index, number) in numbers.enumerated() {
      if index + 1 < numbers.count, number < numbers[index + 1] { total -= number } else {
        total += number
      }
    }
    return total > 0 ? total : nil
  }
}
