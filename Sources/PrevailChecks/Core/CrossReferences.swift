import PrevailLexicon
import PrevailModel

/// References to numbered parts of a text (第二百四十条至第二百四十三条, "Articles 240 to 243",
/// 第二款, "paragraph 2"), read as sets of numbers per kind, ranges expanded.
struct CrossReferences: Equatable, Sendable {
  enum Kind: String, CaseIterable, Sendable {
    case article, paragraph, item, chapter, section
  }

  var numbers: [Kind: Set<Int>] = [:]
  /// The references as written, for evidence.
  var written: [String] = []

  /// Range expansion stops here: a longer "range" is a misreading.
  static let maximumRange = 500

  init(_ text: String, _ language: Language) {
    if language == .zh { readChinese(text) } else { readEnglish(text) }
  }

  private static let chineseUnits: [Unicode.Scalar: Kind] = [
    "条": .article, "條": .article, "款": .paragraph, "项": .item, "項": .item, "目": .item,
    "章": .chapter, "节": .section, "節": .section,
  ]
  private static let rangeMarks: Set<String> = ["至", "到", "-", "–", "—", "~", "～", "through", "to"]
  private static let listMarks: Set<String> = ["、", "和", "或", "及", "与", "與", ",", "，"]

  private mutating func add(_ kind: Kind, _ values: [Int], ranges: [Bool], _ text: String) {
    var set = numbers[kind, default: []]
    for (index, value) in values.enumerated() {
      if index > 0, ranges[index], let start = values[index - 1] as Int?, value > start,
        value - start <= Self.maximumRange
      {
        for number in start...value { set.insert(number) }
      } else {
        set.insert(value)
      }
    }
    numbers[kind] = set
    written.append(text)
  }

  private mutating func readChinese(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let mentions = NumberReader.numbers(inChinese: text).filter { $0.kind != .percent }
    var index = 0
    while index < mentions.count {
      let first = mentions[index]
      guard first.kind == .ordinal else {
        index += 1
        continue
      }
      var values = [Int(first.value)]
      var ranges = [false]
      var kind: Kind?
      var end = first.range.upperBound
      if end < scalars.count, let unit = Self.chineseUnits[scalars[end]] {
        kind = unit
        end += 1
      }
      var next = index + 1
      // 第N条至第M条, 第N至M条, 第N、M条, 第N条和第M条.
      while next < mentions.count {
        let gap = String(
          String.UnicodeScalarView(
            scalars[min(end, mentions[next].range.lowerBound)..<mentions[next].range.lowerBound]))
        guard gap.count == 1, Self.rangeMarks.contains(gap) || Self.listMarks.contains(gap)
        else { break }
        let mention = mentions[next]
        let unitAfter =
          mention.range.upperBound < scalars.count
          ? Self.chineseUnits[scalars[mention.range.upperBound]] : nil
        if kind != nil && unitAfter == nil && mention.kind == .ordinal { break }
        if let kind, let unitAfter, unitAfter != kind { break }
        values.append(Int(mention.value))
        ranges.append(Self.rangeMarks.contains(gap))
        end = mention.range.upperBound
        if let unitAfter {
          kind = kind ?? unitAfter
          end += 1
        }
        next += 1
      }
      if let kind {
        let written = String(String.UnicodeScalarView(scalars[first.range.lowerBound..<end]))
        add(kind, values, ranges: ranges, written)
      }
      index = next
    }
  }

  private static let englishKinds: [String: Kind] = [
    "article": .article, "articles": .article, "art": .article, "paragraph": .paragraph,
    "paragraphs": .paragraph, "para": .paragraph, "paras": .paragraph, "item": .item,
    "items": .item, "subparagraph": .item, "subparagraphs": .item, "point": .item,
    "points": .item, "chapter": .chapter, "chapters": .chapter, "section": .section,
    "sections": .section,
  ]

  private mutating func readEnglish(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let words = EnglishMorphology.words(in: text)
    let mentions = NumberReader.numbers(inEnglish: text).filter {
      $0.kind == .cardinal || $0.kind == .year
    }
    for word in words {
      guard let kind = Self.englishKinds[word.text.lowercased()] else { continue }
      var position = word.range.upperBound
      while position < scalars.count, scalars[position] == "." || scalars[position] == " " {
        position += 1
      }
      guard var current = mentions.first(where: { $0.range.lowerBound == position }),
        current.value == current.value.rounded()
      else { continue }
      var values = [Int(current.value)]
      var ranges = [false]
      // "240 to 243", "240–243", "240, 241 and 243", "240 or 241".
      while let following = mentions.first(where: { $0.range.lowerBound > current.range.upperBound }
      ) {
        let gap = String(
          String.UnicodeScalarView(scalars[current.range.upperBound..<following.range.lowerBound])
        )
        .trimmingCharacters(in: .whitespaces).lowercased()
        let isRange = ["to", "through", "-", "–", "—", "to article", "to paragraph"].contains(gap)
        let isList = [",", "and", "or", ", and", ", or", "and/or"].contains(gap)
        guard isRange || isList, following.value == following.value.rounded() else { break }
        values.append(Int(following.value))
        ranges.append(isRange)
        current = following
      }
      let written = String(
        String.UnicodeScalarView(scalars[word.range.lowerBound..<current.range.upperBound]))
      add(kind, values, ranges: ranges, written)
    }
  }
}
