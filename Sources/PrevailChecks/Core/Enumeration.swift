import Foundation
import PrevailLexicon
import PrevailModel

/// An enumeration found in a sentence: its items with their offsets in the sentence text.
public struct Enumeration: Hashable, Sendable {
  public struct Item: Hashable, Sendable {
    public var text: String
    /// Scalar offset of the item in the sentence.
    public var offset: Int
  }

  public var items: [Item]
  /// The conjunct after 和/及/等 whose extent is uncertain ("和有具体需求人士…"): used to match
  /// translation items, never reported as missing.
  public var tail: Item?

  /// The items joined as they would be written (、 in Chinese, commas in English).
  public func written(_ language: Language) -> String {
    items.map(\.text).joined(separator: language == .zh ? "、" : ", ")
  }
}

/// Finds enumerations: 、-separated series in Chinese, "A, B and C" series in English.
public struct EnumerationReader: Sendable {
  public let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  private static let chineseClauseBreaks: Set<Unicode.Scalar> = [
    "，", "；", "。", "：", "！", "？", ",", ";", ":", "（", "）", "(", ")", "“", "”",
  ]
  private static let conjunctions = ["以及", "或者", "和", "与", "與", "及", "或", "等", "并"]

  /// Chinese series of two or more items separated by 、, each trimmed to the listed term.
  public func chinese(_ sentence: String) -> [Enumeration] {
    let scalars = Array(sentence.unicodeScalars)
    var result: [Enumeration] = []
    var clauseStart = 0
    for index in 0...scalars.count {
      guard index == scalars.count || Self.chineseClauseBreaks.contains(scalars[index]) else {
        continue
      }
      if let enumeration = chineseSeries(scalars, clauseStart..<index) {
        result.append(enumeration)
      }
      clauseStart = index + 1
    }
    return result
  }

  private func chineseSeries(_ scalars: [Unicode.Scalar], _ clause: Range<Int>) -> Enumeration? {
    var parts: [Range<Int>] = []
    var start = clause.lowerBound
    for index in clause where scalars[index] == "、" {
      parts.append(start..<index)
      start = index + 1
    }
    guard !parts.isEmpty else { return nil }
    parts.append(start..<clause.upperBound)
    // The last part ends at the first conjunction or 等 standing as a word ("A、B和C", "A、B等").
    var last = parts[parts.count - 1]
    var tail: Enumeration.Item?
    for token in lexicon.segment(string(scalars, last)) {
      if Self.conjunctions.contains(token.text) && token.range.lowerBound > 0 {
        let tailStart = last.lowerBound + token.range.upperBound
        let tailEnd = min(last.upperBound, tailStart + 8)
        if token.text != "等", tailEnd > tailStart {
          tail = Enumeration.Item(text: string(scalars, tailStart..<tailEnd), offset: tailStart)
        }
        last = last.lowerBound..<(last.lowerBound + token.range.lowerBound)
        break
      }
    }
    parts[parts.count - 1] = last
    let middle = parts.dropFirst().dropLast().map(\.count).sorted()
    let typical = middle.isEmpty ? min(last.count, 4) : middle[middle.count / 2]
    // The first part keeps only its last words; the last part only its first words.
    parts[0] = suffix(of: parts[0], in: scalars, atLeast: max(2, typical))
    if parts.count >= 2 {
      parts[parts.count - 1] = prefix(
        of: parts[parts.count - 1], in: scalars, atLeast: max(2, typical), atMost: typical + 2)
    }
    let items = parts.compactMap { range -> Enumeration.Item? in
      let text = string(scalars, range).trimmingCharacters(in: .whitespaces)
      guard text.unicodeScalars.filter({ isHan($0) }).count >= 2 else { return nil }
      return Enumeration.Item(text: text, offset: range.lowerBound)
    }
    return items.count >= 2 ? Enumeration(items: items, tail: tail) : nil
  }

  private func suffix(of range: Range<Int>, in scalars: [Unicode.Scalar], atLeast: Int) -> Range<
    Int
  > {
    guard range.count > atLeast else { return range }
    let tokens = lexicon.segment(string(scalars, range))
    var start = range.upperBound
    for token in tokens.reversed() {
      start = range.lowerBound + token.range.lowerBound
      if range.upperBound - start >= atLeast { break }
    }
    return start..<range.upperBound
  }

  private func prefix(
    of range: Range<Int>, in scalars: [Unicode.Scalar], atLeast: Int, atMost: Int
  ) -> Range<Int> {
    guard range.count > atLeast else { return range }
    let tokens = lexicon.segment(string(scalars, range))
    var end = range.lowerBound
    for token in tokens {
      let next = range.lowerBound + token.range.upperBound
      if next - range.lowerBound > atMost && end > range.lowerBound { break }
      end = next
      if end - range.lowerBound >= atLeast { break }
    }
    return range.lowerBound..<end
  }

  /// English series: three or more comma-separated short chunks, or "A, B and C". A series
  /// never crosses a semicolon, a colon or a sentence end; middle items are short phrases (an
  /// item may hold its own "or": "political or other opinion"); a chunk ends the series when it
  /// opens with "and"/"or" or with a short item followed by one ("B and C …").
  public func english(_ sentence: String) -> [Enumeration] {
    let scalars = Array(sentence.unicodeScalars)
    var chunks: [(range: Range<Int>, hardEnd: Bool)] = []
    var start = 0
    for index in 0...scalars.count {
      let isEnd = index == scalars.count
      let scalar = isEnd ? " " : scalars[index]
      let sentenceEnd =
        scalar == "." && index + 2 < scalars.count && scalars[index + 1] == " "
        && Character(scalars[index + 2]).isUppercase
      guard isEnd || scalar == "," || scalar == ";" || scalar == ":" || sentenceEnd else {
        continue
      }
      chunks.append((start..<index, isEnd || scalar != ","))
      start = index + 1
    }
    var result: [Enumeration] = []
    var run: [Range<Int>] = []
    func flush(closing: Range<Int>?) {
      defer { run = [] }
      guard let first = run.first else { return }
      var items: [Enumeration.Item] = []
      if let item = lastWords(of: first, in: scalars) { items.append(item) }
      for (position, chunk) in run.enumerated().dropFirst() {
        // The last chunk of a series with no closing chunk after it holds "B and C".
        if position == run.count - 1, closing == nil, hasConjunction(string(scalars, chunk)) {
          let closingPieces = closingItems(chunk, in: scalars)
          if !closingPieces.isEmpty {
            items += closingPieces
            continue
          }
        }
        if let item = item(from: chunk, in: scalars, maxWords: 5) { items.append(item) }
      }
      if let closing { items += closingItems(closing, in: scalars) }
      if items.count >= 3 { result.append(Enumeration(items: items, tail: nil)) }
    }
    for chunk in chunks {
      let text = string(scalars, chunk.range)
      let words = text.split(separator: " ")
      let closed = run.count > 1 && hasConjunction(string(scalars, run[run.count - 1]))
      if !run.isEmpty && !closed && isMiddleItem(words) {
        run.append(chunk.range)
      } else {
        let closes = !run.isEmpty && !closed && !closingItems(chunk.range, in: scalars).isEmpty
        flush(closing: closes ? chunk.range : nil)
        run = [chunk.range]
      }
      if chunk.hardEnd { flush(closing: nil) }
    }
    flush(closing: nil)
    return result
  }

  /// A middle item: at most three words, or five around its own "or"/"and", with no word that
  /// opens a clause.
  private func isMiddleItem(_ words: [Substring]) -> Bool {
    guard !words.isEmpty, !words.contains(where: { Self.clauseWords.contains($0.lowercased()) })
    else { return false }
    if words.count <= 3 { return true }
    return words.count <= 5 && words.dropFirst().dropLast().contains { $0 == "or" || $0 == "and" }
  }

  private func hasConjunction(_ text: String) -> Bool {
    let padded = " " + text.trimmingCharacters(in: .whitespaces) + " "
    return padded.contains(" and ") || padded.contains(" or ")
  }

  /// The items a chunk after the series adds: "and C …" gives C; "B and C …" gives B and C
  /// when B is a short item; anything else ends the series before it.
  private func closingItems(_ chunk: Range<Int>, in scalars: [Unicode.Scalar])
    -> [Enumeration.Item]
  {
    let text = string(scalars, chunk)
    let leading = text.prefix { $0 == " " }.unicodeScalars.count
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    for conjunction in ["and ", "or "] where trimmed.hasPrefix(conjunction) {
      let offset = chunk.lowerBound + leading + conjunction.unicodeScalars.count
      return item(from: offset..<chunk.upperBound, in: scalars).map { [$0] } ?? []
    }
    for conjunction in [" and ", " or "] {
      guard let range = trimmed.range(of: conjunction) else { continue }
      let left = trimmed[..<range.lowerBound].split(separator: " ")
      // B may run to four words ("small island developing States and landlocked …").
      guard (1...4).contains(left.count),
        !left.contains(where: { Self.clauseWords.contains($0.lowercased()) })
      else { return [] }
      let leftStart = chunk.lowerBound + leading
      let rightStart =
        leftStart
        + trimmed.unicodeScalars.distance(
          from: trimmed.unicodeScalars.startIndex, to: range.upperBound)
      let leftEnd = leftStart + trimmed[..<range.lowerBound].unicodeScalars.count
      return [
        item(from: leftStart..<leftEnd, in: scalars),
        item(from: rightStart..<chunk.upperBound, in: scalars),
      ].compactMap { $0 }
    }
    return []
  }

  /// The first item of a series: the last one or two words before its first comma ("… the
  /// equal rights of women" → women).
  private func lastWords(of chunk: Range<Int>, in scalars: [Unicode.Scalar]) -> Enumeration.Item? {
    let words = EnglishMorphology.words(in: string(scalars, chunk))
    var kept = Array(words.suffix(2))
    while let first = kept.first, kept.count > 1,
      EnglishMorphology.isStopWord(first.text.lowercased())
        || Self.prepositions.contains(first.text)
        || Self.introducers.contains(first.text.lowercased())
        || Self.clauseWords.contains(first.text.lowercased())
    {
      kept.removeFirst()
    }
    guard let first = kept.first, let last = kept.last,
      !EnglishMorphology.isStopWord(last.text.lowercased()),
      !Self.clauseWords.contains(last.text.lowercased())
    else { return nil }
    let range =
      (chunk.lowerBound + first.range.lowerBound)..<(chunk.lowerBound + last.range.upperBound)
    return Enumeration.Item(text: string(scalars, range), offset: range.lowerBound)
  }

  /// An item from the start of a chunk: up to three words, stopping at a word that opens a
  /// clause or a prepositional tail, without a dangling "and"/"of" at its end.
  private func item(from chunk: Range<Int>, in scalars: [Unicode.Scalar], maxWords: Int = 3)
    -> Enumeration.Item?
  {
    let chunk = withoutIntroducer(chunk, in: scalars)
    let text = string(scalars, chunk)
    let leading = text.prefix { $0 == " " }.unicodeScalars.count
    var kept: [Substring] = []
    for word in text.split(separator: " ") {
      let lower = word.lowercased()
      if Self.clauseWords.contains(lower)
        || (!kept.isEmpty && Self.tailPrepositions.contains(lower))
      {
        break
      }
      kept.append(word)
      if kept.count == maxWords { break }
    }
    while let last = kept.last,
      Self.prepositions.contains(last.lowercased())
        || ["and", "or", "the", "a", "an", "nor"].contains(last.lowercased())
    {
      kept.removeLast()
    }
    let item = kept.joined(separator: " ").trimmingCharacters(
      in: CharacterSet(charactersIn: " .;:"))
    guard !item.isEmpty else { return nil }
    return Enumeration.Item(text: item, offset: chunk.lowerBound + leading)
  }

  /// A chunk without the words that introduce a list ("including food" → food, "such as race"
  /// → race, "in particular women" → women).
  private func withoutIntroducer(_ chunk: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
    let words = EnglishMorphology.words(in: string(scalars, chunk))
    var skip = 0
    if let first = words.first?.text.lowercased(), Self.introducers.contains(first) {
      skip = 1
    } else if words.count > 2, let first = words.first?.text.lowercased(),
      ["such", "in"].contains(first), ["as", "particular"].contains(words[1].text.lowercased())
    {
      skip = 2
    }
    guard skip > 0, skip < words.count else { return chunk }
    return (chunk.lowerBound + words[skip].range.lowerBound)..<chunk.upperBound
  }

  private static let introducers: Set<String> = [
    "including", "especially", "particularly", "notably", "namely", "like",
  ]

  private static let tailPrepositions: Set<String> = [
    "to", "in", "for", "on", "at", "from", "into", "by", "through",
  ]
  private static let prepositions: Set<String> = [
    "of", "for", "to", "as", "in", "on", "at", "by", "with", "from", "into", "through",
  ]

  private static let clauseWords: Set<String> = [
    "should", "shall", "must", "may", "can", "will", "would", "to", "that", "which", "is", "are",
    "be", "was", "were", "has", "have", "it", "this", "who", "where", "when",
  ]

  private func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

  private func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }
}
