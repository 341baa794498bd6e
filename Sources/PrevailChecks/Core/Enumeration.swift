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
      if let enumeration = chineseSeries(scalars, clauseStart..<index) { result.append(enumeration) }
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

  private func suffix(of range: Range<Int>, in scalars: [Unicode.Scalar], atLeast: Int) -> Range<Int> {
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

  /// English series: three or more comma-separated short chunks, or "A, B and C".
  public func english(_ sentence: String) -> [Enumeration] {
    let scalars = Array(sentence.unicodeScalars)
    var chunks: [Range<Int>] = []
    var start = 0
    for index in 0...scalars.count where index == scalars.count || scalars[index] == "," || scalars[index] == ";" || scalars[index] == ":" {
      chunks.append(start..<index)
      start = index + 1
    }
    var result: [Enumeration] = []
    var run: [Range<Int>] = []
    func flush() {
      defer { run = [] }
      guard run.count >= 2 else { return }
      var items: [Enumeration.Item] = []
      for (position, chunk) in run.enumerated() {
        let pieces = splitConjunction(string(scalars, chunk))
        if position == 0 {
          // "… the equal rights of women" → women
          guard let piece = pieces.last else { continue }
          let words = piece.text.split(separator: " ")
          var kept = Array(words.suffix(2))
          while let first = kept.first, EnglishMorphology.isStopWord(String(first)) || first.first?.isUppercase == false && kept.count > 1 && ["of", "for", "to", "as"].contains(String(first)) {
            kept.removeFirst()
          }
          let text = kept.joined(separator: " ")
          if !text.isEmpty { items.append(Enumeration.Item(text: text, offset: chunk.lowerBound + piece.offset)) }
          continue
        }
        for piece in pieces {
          // Stop at the first word that starts a clause or a prepositional tail.
          var kept: [Substring] = []
          for word in piece.text.split(separator: " ") {
            if Self.clauseWords.contains(word.lowercased()) || (!kept.isEmpty && ["to", "in", "for", "on", "at", "from", "into"].contains(word.lowercased())) { break }
            kept.append(word)
            if kept.count == 3 { break }
          }
          let text = kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .;:"))
          if !text.isEmpty {
            items.append(Enumeration.Item(text: text, offset: chunk.lowerBound + piece.offset))
          }
        }
      }
      if items.count >= 3 { result.append(Enumeration(items: items, tail: nil)) }
    }
    for chunk in chunks {
      let words = string(scalars, chunk).split(separator: " ")
      // Middle items of a series are short noun phrases: at most three words, no verb-like
      // function words ("should", "to", "that").
      let isShort =
        !words.isEmpty && words.count <= 3
        && !words.contains { Self.clauseWords.contains($0.lowercased()) }
      if isShort {
        run.append(chunk)
      } else {
        if run.isEmpty {
          run.append(chunk)
        } else {
          run.append(chunk)
          flush()
          run.append(chunk)
        }
      }
    }
    flush()
    return result
  }

  private static let clauseWords: Set<String> = [
    "should", "shall", "must", "may", "can", "will", "would", "to", "that", "which", "is", "are",
    "be", "was", "were", "has", "have", "it", "this", "who", "where", "when",
  ]

  private func splitConjunction(_ text: String) -> [(text: String, offset: Int)] {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    for conjunction in [" and ", " or "] {
      if let range = trimmed.range(of: conjunction) {
        let left = String(trimmed[..<range.lowerBound])
        let right = String(trimmed[range.upperBound...])
        let offset = trimmed.unicodeScalars.distance(
          from: trimmed.unicodeScalars.startIndex, to: range.upperBound)
        return [(left, 0), (right, offset)].filter { !$0.text.isEmpty }
      }
    }
    if trimmed.hasPrefix("and ") { return [(String(trimmed.dropFirst(4)), 4)] }
    if trimmed.hasPrefix("or ") { return [(String(trimmed.dropFirst(3)), 3)] }
    return [(trimmed, 0)]
  }

  private func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }

  private func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }
}

import Foundation
