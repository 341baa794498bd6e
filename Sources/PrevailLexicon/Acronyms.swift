/// Finds acronyms and codes in text of either language.
enum Acronyms {
  /// Latin tokens (letters and digits) with at least two capitals (UN, CNNIC, IPv6) or with
  /// both letters and digits (G20, 5G), in order of appearance. Ordinals and units (21st, 5km,
  /// 1990s) are not codes. Three or more all-capital words separated only by spaces are a
  /// shouted heading ("CORE PRINCIPLE ONE"), not acronyms.
  static func find(in text: String) -> [String] {
    let values = text.unicodeScalars.map(\.value)
    var candidates: [(text: String, allCapitalWord: Bool, gapBefore: Bool)] = []
    var index = 0
    var separatedSinceLast = true
    while index < values.count {
      guard isAlphanumeric(values[index]) else {
        if ![0x20, 0x09, 0x2D, 0x3A].contains(values[index]) { separatedSinceLast = true }
        index += 1
        continue
      }
      let start = index
      var capitals = 0
      var lowercase = 0
      var digits = 0
      while index < values.count, isAlphanumeric(values[index]) {
        let value = values[index]
        if value >= 0x41 && value <= 0x5A {
          capitals += 1
        } else if value >= 0x61 && value <= 0x7A {
          lowercase += 1
        } else {
          digits += 1
        }
        index += 1
      }
      let letters = capitals + lowercase
      let token = values[start..<index]
      let isCode: Bool
      if capitals >= 2 {
        isCode = true
      } else if letters > 0 && digits > 0 {
        // 21st, 5km, 10am, 1990s: a leading number with a lowercase suffix is not a code.
        let leadingDigit = token.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
        isCode = !(leadingDigit && capitals == 0)
      } else {
        isCode = false
      }
      if isCode {
        candidates.append(
          (
            Lexicon.string(token), capitals == letters && digits == 0 && letters >= 2,
            separatedSinceLast
          ))
        separatedSinceLast = false
      } else {
        separatedSinceLast = true
      }
    }
    return dropShoutedHeadings(candidates)
  }

  private static func dropShoutedHeadings(
    _ candidates: [(text: String, allCapitalWord: Bool, gapBefore: Bool)]
  ) -> [String] {
    var keep = [Bool](repeating: true, count: candidates.count)
    var runStart = 0
    for index in 0...candidates.count {
      let continues =
        index < candidates.count && candidates[index].allCapitalWord
        && (index == runStart || !candidates[index].gapBefore)
      if continues { continue }
      if index - runStart >= 3 {
        for position in runStart..<index { keep[position] = false }
      }
      runStart = index < candidates.count && candidates[index].allCapitalWord ? index : index + 1
    }
    return candidates.indices.filter { keep[$0] }.map { candidates[$0].text }
  }

  private static func isAlphanumeric(_ value: UInt32) -> Bool {
    (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
      || (value >= 0x30 && value <= 0x39)
  }
}
