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
    // The last part ends at the first conjunction or 等 ("A、B和C", "A、B等").
    var last = parts[parts.count - 1]
    let lastText = string(scalars, last)
    for conjunction in Self.conjunctions {
      if let range = lastText.range(of: conjunction) {
        let cut = lastText.unicodeScalars.distance(
          from: lastText.unicodeScalars.startIndex, to: range.lowerBound)
        if cut > 0 { last = last.lowerBound..<(last.lowerBound + cut) }
        break
      }
    }
    parts[parts.count - 1] = last
    let middle = parts.dropFirst().dropLast().map(\.count).sorted()
    let typical = middle.isEmpty ? min(last.count, 4) : middle[middle.count / 2]
    // The first part keeps only its last words; the last part only its first words.
    parts[0] = suffix(of: parts[0], in: scalars, atLeast: max(1, typical - 1))
    if parts.count >= 2 {
      parts[parts.count - 1] = prefix(
        of: parts[parts.count - 1], in: scalars, atLeast: max(1, typical - 1),
        atMost: typical + 2)
    }
    let items = parts.compactMap { range -> Enumeration.Item? in
      let text = string(scalars, range).trimmingCharacters(in: .whitespaces)
      guard text.unicodeScalars.contains(where: { isHan($0) }) else { return nil }
      return Enumeration.Item(text: text, offset: range.lowerBound)
    }
    return items.count >= 2 ? Enumeration(items: items) : nil
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
        var text = string(scalars, chunk)
        var offset = chunk.lowerBound
        if position == run.count - 1 || position == 0 {
          // "refugees and persons with specific needs to …" → refugees, persons with specific needs
          let pieces = splitConjunction(text)
          for (pieceIndex, piece) in pieces.enumerated() {
            let words = piece.text.split(separator: " ")
            let keep = position == 0 && pieceIndex == 0 ? Array(words.suffix(3)) : Array(words.prefix(4))
            let kept = keep.joined(separator: " ")
            if !kept.isEmpty {
              items.append(Enumeration.Item(text: kept, offset: chunk.lowerBound + piece.offset))
            }
          }
          continue
        }
        text = text.trimmingCharacters(in: .whitespaces)
        offset += 0
        items.append(Enumeration.Item(text: text, offset: offset))
      }
      if items.count >= 3 { result.append(Enumeration(items: items)) }
    }
    for chunk in chunks {
      let words = string(scalars, chunk).split(separator: " ")
      let isShort = words.count <= 4 && !words.isEmpty
      if isShort || run.isEmpty {
        run.append(chunk)
        if !isShort && run.count > 1 { flush() }
      } else {
        run.append(chunk)
        flush()
        run.append(chunk)
      }
    }
    flush()
    return result
  }

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
