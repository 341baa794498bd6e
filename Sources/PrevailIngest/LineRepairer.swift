import PrevailModel

/// Repairs PDF-extraction artifacts inside one line, logging every change.
struct LineRepairer {
  let language: Language
  let oracle: WordOracle
  /// Words that occur intact in the raw text of this version (exact case), with counts.
  let documentWords: [String: Int]

  /// Runs the repairs in order; each takes and returns cells so raw offsets survive.
  func repair(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    switch language {
    case .zh:
      return removeCJKSpaces(foldFullWidthAlphanumerics(line, log: &log), log: &log)
    case .en:
      var cells = foldFullWidthPunctuation(line, log: &log)
      cells = joinSplitHyphens(cells, log: &log)
      cells = joinSplitWords(cells, log: &log)
      return tidySpaces(cells, log: &log)
    }
  }

  // MARK: Chinese

  private func foldFullWidthAlphanumerics(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    line.map { cell in
      let value = cell.scalar.value
      // Ｆｕｌｌ－ｗｉｄｔｈ digits and letters fold to ASCII; punctuation stays as typeset.
      guard (0xFF10...0xFF19).contains(value) || (0xFF21...0xFF3A).contains(value)
        || (0xFF41...0xFF5A).contains(value),
        let folded = Unicode.Scalar(value - 0xFEE0)
      else { return cell }
      log.record(
        .fullWidth, at: cell.raw, original: String(cell.scalar), replacement: String(folded))
      return Cell(scalar: folded, raw: cell.raw)
    }
  }

  private func removeCJKSpaces(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    var result: [Cell] = []
    var index = 0
    while index < line.count {
      guard Script.isSpace(line[index].scalar) else {
        result.append(line[index])
        index += 1
        continue
      }
      var end = index
      while end < line.count, Script.isSpace(line[end].scalar) { end += 1 }
      let before = result.last?.scalar
      let after = end < line.count ? line[end].scalar : nil
      let touchesChinese = [before, after].contains { scalar in
        scalar.map { Script.isHan($0) || Script.isCJKPunctuation($0) } ?? false
      }
      if touchesChinese && before != nil && after != nil {
        log.record(
          .cjkSpace, at: line[index].raw,
          original: String(String.UnicodeScalarView(line[index..<end].map(\.scalar))),
          replacement: "")
      } else {
        result.append(Cell(scalar: " ", raw: line[index].raw))
      }
      index = end
    }
    return result
  }

  // MARK: English

  private static let fullWidthPunctuation: [Unicode.Scalar: Unicode.Scalar] = [
    "：": ":", "，": ",", "（": "(", "）": ")", "；": ";", "！": "!", "？": "?", "。": ".",
    "、": ",",
  ]

  private func foldFullWidthPunctuation(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    var result: [Cell] = []
    for (index, cell) in line.enumerated() {
      guard let folded = Self.fullWidthPunctuation[cell.scalar] else {
        result.append(cell)
        continue
      }
      log.record(
        .fullWidth, at: cell.raw, original: String(cell.scalar), replacement: String(folded))
      result.append(Cell(scalar: folded, raw: cell.raw))
      let next = index + 1 < line.count ? line[index + 1].scalar : nil
      if let next, Script.isLatinLetter(next), folded != "(" {
        result.append(Cell(scalar: " ", raw: cell.raw))
      }
    }
    return result
  }

  private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  /// `multi -stakeholder` → `multi-stakeholder`, `multi- stakeholder` → `multi-stakeholder`.
  private func joinSplitHyphens(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    var result: [Cell] = []
    var index = 0
    while index < line.count {
      let cell = line[index]
      if Script.isSpace(cell.scalar), let previous = result.last?.scalar,
        Script.isLatinLetter(previous)
      {
        var end = index
        while end < line.count, Script.isSpace(line[end].scalar) { end += 1 }
        if end + 1 == line.count, Self.isHyphen(line[end].scalar) {
          // `multi -` at the end of a line: the compound continues on the next line.
          log.record(.splitHyphen, at: cell.raw, original: " -", replacement: "-")
          index = end
          continue
        }
        if end + 1 < line.count, Self.isHyphen(line[end].scalar),
          Script.isLatinLetter(line[end + 1].scalar)
        {
          let original = String(String.UnicodeScalarView(line[index...end + 1].map(\.scalar)))
          log.record(
            .splitHyphen, at: cell.raw, original: original,
            replacement: String(line[end].scalar) + String(line[end + 1].scalar))
          index = end
          continue
        }
      }
      if Self.isHyphen(cell.scalar), let previous = result.last?.scalar,
        Script.isLatinLetter(previous), index + 1 < line.count, Script.isSpace(line[index + 1].scalar)
      {
        var end = index + 1
        while end < line.count, Script.isSpace(line[end].scalar) { end += 1 }
        if end < line.count, Script.isLatinLetter(line[end].scalar),
          line[end].scalar.properties.isLowercase
        {
          log.record(.splitHyphen, at: cell.raw, original: "- ", replacement: "-")
          result.append(cell)
          index = end
          continue
        }
      }
      result.append(cell)
      index += 1
    }
    return result
  }

  private static let shortFunctionWords: Set<String> = [
    "a", "an", "i", "to", "in", "on", "at", "of", "by", "or", "as", "is", "be", "we", "he", "it",
    "no", "so", "up", "do", "go", "me", "my", "us", "if", "and", "the", "for", "not", "but",
  ]

  private func isWord(_ text: String) -> Bool {
    let lower = text.lowercased()
    if lower.unicodeScalars.count == 1 { return lower == "a" || lower == "i" }
    return oracle.isWord(lower)
  }

  private func occursIntact(_ text: String) -> Bool {
    (documentWords[text] ?? 0) > 0 || (documentWords[text.lowercased()] ?? 0) > 0
  }

  /// Whether two letter runs separated only by spaces are one word split by extraction.
  func shouldJoin(_ left: String, _ right: String) -> Bool {
    let joined = left + right
    let upperJoined = joined.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    if upperJoined && joined.unicodeScalars.count >= 2 {
      // Split capitals in names: `Z HANG`, `W ANG`, `A I` (when AI occurs intact).
      if left.unicodeScalars.count == 1 && right.unicodeScalars.count >= 2 { return true }
      return occursIntact(joined)
    }
    guard right.unicodeScalars.first.map({ $0.properties.isLowercase }) ?? false else {
      return false
    }
    let known = isWord(joined) || occursIntact(joined)
    guard known else { return false }
    let leftIsWord = isWord(left)
    let rightIsWord = isWord(right)
    if !leftIsWord || !rightIsWord { return true }
    // Both halves are words (`pro mote`, `re liability`): join only on the document's own
    // evidence, and never after a short function word (`a part` stays two words).
    return occursIntact(joined) && !Self.shortFunctionWords.contains(left.lowercased())
  }

  private func joinSplitWords(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    // Tokens: maximal runs of Latin letters; everything else is kept as is.
    var result: [Cell] = []
    var index = 0
    var lastWordStart: Int?  // index in `result` where the previous letter run starts
    while index < line.count {
      let cell = line[index]
      if Script.isLatinLetter(cell.scalar) {
        var end = index
        while end < line.count, Script.isLatinLetter(line[end].scalar) { end += 1 }
        let word = Array(line[index..<end])
        if let start = lastWordStart, result.count > start {
          // Is the run before this one a word separated only by spaces?
          var gapStart = result.count
          while gapStart > start, Script.isSpace(result[gapStart - 1].scalar) { gapStart -= 1 }
          let previous = Array(result[start..<gapStart])
          let separatedBySpaces =
            gapStart < result.count && previous.allSatisfy { Script.isLatinLetter($0.scalar) }
          let followedByApostrophe = end < line.count && line[end].scalar == "'"
          if separatedBySpaces, !followedByApostrophe,
            shouldJoin(previous.string, word.string)
          {
            log.record(
              .splitWord, at: previous[0].raw,
              original: previous.string + String(repeating: " ", count: result.count - gapStart)
                + word.string, replacement: previous.string + word.string)
            result.removeSubrange(gapStart..<result.count)
            result.append(contentsOf: word)
            index = end
            continue
          }
        }
        lastWordStart = result.count
        result.append(contentsOf: word)
        index = end
        continue
      }
      if !Script.isSpace(cell.scalar) { lastWordStart = nil }
      result.append(cell)
      index += 1
    }
    return result
  }

  /// Folds space runs, and removes spaces before `, . ; : ! ? )` and after `(`.
  private func tidySpaces(_ line: [Cell], log: inout RepairLog) -> [Cell] {
    var result: [Cell] = []
    var index = 0
    while index < line.count {
      let cell = line[index]
      guard Script.isSpace(cell.scalar) else {
        result.append(cell)
        index += 1
        continue
      }
      var end = index
      while end < line.count, Script.isSpace(line[end].scalar) { end += 1 }
      let next = end < line.count ? line[end].scalar : nil
      let previous = result.last?.scalar
      let beforeClosing = next.map { ",.;:!?)".unicodeScalars.contains($0) } ?? true
      let afterOpening = previous.map { $0 == "(" } ?? true
      if beforeClosing || afterOpening {
        if previous != nil && next != nil {
          log.record(.whitespace, at: cell.raw, original: " ", replacement: "")
        }
      } else {
        result.append(Cell(scalar: " ", raw: cell.raw))
      }
      index = end
    }
    return result
  }
}
