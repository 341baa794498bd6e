/// Reads numbers in Chinese text: Arabic (5, 1 000, 1,000, full-width), Chinese numerals
/// (五, 十二, 两百, 三千五百), mixed (10万, 1000亿), percentages (百分之五, 5%), fractions
/// (三分之二), ordinals (第三) and years (2030年, 一九四八年, 民國八十年).
enum ChineseNumbers {
  static func read(_ text: String) -> [NumberMention] {
    var reader = Reader(text.unicodeScalars.map(\.value))
    return reader.read()
  }

  /// A numeral as parsed, before its context decides the kind.
  struct Numeral {
    var value: Double
    var end: Int
    /// Plain Arabic digits with no separator, decimal or unit (a year candidate).
    var plainArabicDigits = 0
    /// Chinese digits only, read digit by digit (一九四八).
    var digitByDigitCount = 0
    /// A single 一, 两 or 零, which is a number only in context.
    var isLoneAmbiguous = false
  }

  struct Reader {
    let v: [UInt32]
    var mentions: [NumberMention] = []

    init(_ values: [UInt32]) { v = values }

    func at(_ index: Int) -> UInt32 { index >= 0 && index < v.count ? v[index] : 0 }

    func matches(_ index: Int, _ word: [UInt32]) -> Bool {
      for (offset, value) in word.enumerated() where at(index + offset) != value { return false }
      return true
    }

    func matches(_ index: Int, _ word: String) -> Bool {
      var offset = index
      for scalar in word.unicodeScalars {
        if at(offset) != scalar.value { return false }
        offset += 1
      }
      return true
    }

    mutating func read() -> [NumberMention] {
      var index = 0
      while index < v.count {
        index = max(index + 1, step(at: index))
      }
      return mentions
    }

    mutating func emit(_ value: Double, _ range: Range<Int>, _ kind: NumberMention.Kind) {
      mentions.append(
        NumberMention(
          value: value, text: Lexicon.string(v[range]), range: range, kind: kind))
    }

    /// Tries every pattern at `index`; returns where scanning continues.
    mutating func step(at index: Int) -> Int {
      // 百分之五, 千分之三, 万分之一
      for (prefix, scale) in [("百分之", 1.0), ("千分之", 0.1), ("万分之", 0.01), ("萬分之", 0.01)]
      where matches(index, prefix) && !ChineseNumerals.isNumeralCharacter(at(index - 1)) {
        if let numeral = numeral(at: index + 3) {
          emit(numeral.value * scale, index..<numeral.end, .percent)
          return numeral.end
        }
      }
      // 民国八十年 → 1991
      if matches(index, "民国") || matches(index, "民國") {
        if matches(index + 2, "元年") {
          emit(1912, index..<(index + 4), .year)
          return index + 4
        }
        if let numeral = numeral(at: index + 2), matches(numeral.end, "年") {
          emit(1911 + numeral.value, index..<(numeral.end + 1), .year)
          return numeral.end + 1
        }
      }
      // 第三, 第 3
      if at(index) == 0x7B2C {  // 第
        var start = index + 1
        while ChineseNumerals.separatorSpaces.contains(at(start)) { start += 1 }
        if let numeral = numeral(at: start) {
          emit(numeral.value, index..<numeral.end, .ordinal)
          return numeral.end
        }
        return index + 1
      }
      if ChineseNumerals.arabicDigit(at(index)) != nil {
        return arabic(at: index)
      }
      if ChineseNumerals.digit(at(index)) != nil || ChineseNumerals.smallUnit(at(index)) == 10 {
        return chinese(at: index)
      }
      return index + 1
    }

    mutating func arabic(at index: Int) -> Int {
      // Digits glued to Latin letters are codes (IPv6, G20, COVID-19), not numbers.
      let previous = at(index - 1)
      let beforeHyphen = previous == 0x2D ? at(index - 2) : 0
      // A digit after a hyphen after a digit is the end of a range (2015-2030), not a code.
      let codeBeforeHyphen = isLatinLetterOrDigit(beforeHyphen) && beforeHyphen > 0x39
      if isLatinLetterOrDigit(previous) || previous == 0x2E || codeBeforeHyphen {
        var end = index
        while ChineseNumerals.arabicDigit(at(end)) != nil || isLatinLetterOrDigit(at(end)) {
          end += 1
        }
        return end
      }
      guard let numeral = numeral(at: index) else { return index + 1 }
      return classify(numeral, start: index)
    }

    mutating func chinese(at index: Int) -> Int {
      for word in ChineseNumerals.nonNumberWords where matches(index, word) {
        if !matches(index + word.count, "之") { return index + word.count }
      }
      guard let numeral = numeral(at: index) else { return index + 1 }
      // A financial or rare form standing alone is a word, not a number: 陆 in 陆地 (land),
      // 伍 in 队伍, 參 in 參與, 拾 in 收拾. In a numeral run (陆佰, 壹万) it counts.
      if numeral.end == index + 1, ChineseNumerals.isFormalOnly(v[index]) {
        return numeral.end
      }
      if numeral.isLoneAmbiguous {
        let isNumber =
          ChineseNumerals.measureWords.contains(at(numeral.end))
          && !ChineseNumerals.wordPrefixesOfOne.contains(at(index - 1))
        if !isNumber && !matches(numeral.end, "分之") { return numeral.end }
      }
      // 三四个 = three or four: two numbers, unless a year follows (九八年).
      if numeral.digitByDigitCount == 2 && !matches(numeral.end, "年") {
        for offset in 0..<2 {
          let value = Double(ChineseNumerals.digit(v[index + offset]) ?? 0)
          emit(value, (index + offset)..<(index + offset + 1), .cardinal)
        }
        return numeral.end
      }
      return classify(numeral, start: index)
    }

    /// Decides fraction, percent, year or cardinal from what follows the numeral.
    mutating func classify(_ numeral: Numeral, start: Int) -> Int {
      if matches(numeral.end, "分之") {
        if let numerator = self.numeral(at: numeral.end + 2), numeral.value != 0 {
          emit(numerator.value / numeral.value, start..<numerator.end, .cardinal)
          return numerator.end
        }
        // 三分之 with its numerator cut off: a fraction of unknown value, not the number 3.
        return numeral.end + 2
      }
      var after = numeral.end
      while ChineseNumerals.separatorSpaces.contains(at(after)) { after += 1 }
      if at(after) == 0x25 || at(after) == 0xFF05 {  // % ％
        emit(numeral.value, start..<(after + 1), .percent)
        return after + 1
      }
      let isYearSuffix = matches(numeral.end, "年")
      if isYearSuffix && (numeral.digitByDigitCount >= 3 || numeral.plainArabicDigits == 4) {
        emit(numeral.value, start..<(numeral.end + 1), .year)
        return numeral.end + 1
      }
      if numeral.plainArabicDigits == 4 && numeral.value >= 1500 && numeral.value <= 2100 {
        emit(numeral.value, start..<numeral.end, .year)
        return numeral.end
      }
      emit(numeral.value, start..<numeral.end, .cardinal)
      return numeral.end
    }

    /// Parses an Arabic or Chinese numeral starting exactly at `index`.
    func numeral(at index: Int) -> Numeral? {
      if ChineseNumerals.arabicDigit(at(index)) != nil { return arabicNumeral(at: index) }
      guard ChineseNumerals.digit(at(index)) != nil || ChineseNumerals.smallUnit(at(index)) == 10
      else { return nil }
      var end = index
      while ChineseNumerals.isNumeralCharacter(at(end)) { end += 1 }
      // 二十两 is twenty taels: a 两 closing a numeral is the measure word, not a digit (两 in
      // 一万两千 is followed by its unit and stays).
      if end - index > 1, at(end - 1) == 0x4E24 || at(end - 1) == 0x5169 { end -= 1 }
      guard var value = ChineseNumerals.evaluate(v[index..<end]) else { return nil }
      var result = Numeral(value: value, end: end)
      let run = v[index..<end]
      if run.count == 1,
        ChineseNumerals.digit(run[index]) == 1
          || [0x4E24, 0x5169, 0x96F6, 0x3007]
            .contains(run[index])
      {
        result.isLoneAmbiguous = true
      }
      if run.count > 1 && run.allSatisfy({ ChineseNumerals.digit($0) != nil }) {
        result.digitByDigitCount = run.count
      }
      // 三点五 = 3.5
      if at(end) == 0x70B9 || at(end) == 0x9EDE, ChineseNumerals.digit(at(end + 1)) != nil {
        var fractionEnd = end + 1
        var scale = 0.1
        while let digit = ChineseNumerals.digit(at(fractionEnd)) {
          value += Double(digit) * scale
          scale /= 10
          fractionEnd += 1
        }
        result = Numeral(value: value, end: fractionEnd)
      }
      return result
    }

    /// 5, 1,000, 1 000, 1.25, then optional 十/百/千 and 万/亿 multipliers (10万, 1000亿).
    func arabicNumeral(at index: Int) -> Numeral? {
      var value = 0.0
      var end = index
      var groupDigits = 0
      while let digit = ChineseNumerals.arabicDigit(at(end)) {
        value = value * 10 + Double(digit)
        end += 1
        groupDigits += 1
      }
      var plain = groupDigits
      // Thousands groups: "," (or the full-width "，" Chinese texts put there: 25，000) or a
      // space followed by exactly three digits.
      if groupDigits <= 3 {
        while at(end) == 0x2C || at(end) == 0xFF0C
          || ChineseNumerals.separatorSpaces.contains(at(end)),
          threeDigits(at: end + 1)
        {
          for offset in 1...3 {
            value = value * 10 + Double(ChineseNumerals.arabicDigit(at(end + offset)) ?? 0)
          }
          end += 4
          plain = 0
        }
      }
      if at(end) == 0x2E || at(end) == 0xFF0E, ChineseNumerals.arabicDigit(at(end + 1)) != nil {
        end += 1
        var scale = 0.1
        while let digit = ChineseNumerals.arabicDigit(at(end)) {
          value += Double(digit) * scale
          scale /= 10
          end += 1
        }
        plain = 0
      }
      if let unit = ChineseNumerals.smallUnit(at(end)), unit > 10 {
        value *= unit
        end += 1
        plain = 0
      }
      while let unit = ChineseNumerals.bigUnit(at(end)) {
        value *= unit
        end += 1
        plain = 0
      }
      var numeral = Numeral(value: value, end: end)
      numeral.plainArabicDigits = plain
      return numeral
    }

    func threeDigits(at index: Int) -> Bool {
      ChineseNumerals.arabicDigit(at(index)) != nil
        && ChineseNumerals.arabicDigit(at(index + 1)) != nil
        && ChineseNumerals.arabicDigit(at(index + 2)) != nil
        && ChineseNumerals.arabicDigit(at(index + 3)) == nil
    }

    func isLatinLetterOrDigit(_ value: UInt32) -> Bool {
      (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        || (value >= 0x30 && value <= 0x39)
    }
  }
}
