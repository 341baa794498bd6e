/// Reads numbers in English text: digits (5, 1,000, 1 000, 1.25), number words (five,
/// twenty-one, a hundred), scale words ($100 billion = 1e11), ordinals (third, 3rd),
/// percentages (5%, five per cent), simple fractions (two thirds) and years (1948, 2030).
enum EnglishNumbers {
  static func read(_ text: String) -> [NumberMention] {
    let values = text.unicodeScalars.map(\.value)
    let tokens = Tokenizer(values).tokens()
    var parser = Parser(values: values, tokens: tokens)
    return parser.parse()
  }

  struct Token {
    enum Kind {
      /// Digits; `ordinal` for 3rd/21st; `plainDigits` counts digits when no separator.
      case literal(value: Double, ordinal: Bool, plainDigits: Int)
      /// A lowercased word of Latin letters.
      case word(String)
      /// Any other non-space scalar.
      case symbol(UInt32)
    }
    var kind: Kind
    var range: Range<Int>
    /// Joined to the previous token by a hyphen (twenty-one, 10‐Year).
    var hyphenated: Bool

    var word: String? {
      if case .word(let word) = kind { return word }
      return nil
    }
  }

  struct Tokenizer {
    let v: [UInt32]
    init(_ values: [UInt32]) { v = values }

    func at(_ index: Int) -> UInt32 { index >= 0 && index < v.count ? v[index] : 0 }
    func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }
    func isLetter(_ value: UInt32) -> Bool {
      (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
    func isHyphen(_ value: UInt32) -> Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
    func isSpace(_ value: UInt32) -> Bool {
      value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0xA0
        || value == 0x2009 || value == 0x202F || value == 0x3000
    }

    func tokens() -> [Token] {
      var tokens: [Token] = []
      var index = 0
      var hyphenPending = false
      while index < v.count {
        let value = v[index]
        if isSpace(value) {
          hyphenPending = false
          index += 1
        } else if isHyphen(value) {
          hyphenPending = !tokens.isEmpty && tokens[tokens.count - 1].range.upperBound == index
          index += 1
        } else if isLetter(value) {
          let start = index
          while isLetter(at(index)) || isDigit(at(index)) { index += 1 }
          let word = Lexicon.string(v[start..<index]).lowercased()
          let hasDigit = v[start..<index].contains(where: isDigit)
          tokens.append(
            Token(
              kind: hasDigit ? .symbol(0) : .word(word), range: start..<index,
              hyphenated: hyphenPending))
          hyphenPending = false
        } else if isDigit(value) {
          let glued =
            isLetter(at(index - 1)) || (isHyphen(at(index - 1)) && isLetter(at(index - 2)))
          let (token, end) = literal(at: index)
          index = end
          tokens.append(
            glued ? Token(kind: .symbol(0), range: token.range, hyphenated: false) : token)
          hyphenPending = false
        } else {
          tokens.append(Token(kind: .symbol(value), range: index..<(index + 1), hyphenated: false))
          hyphenPending = false
          index += 1
        }
      }
      return tokens
    }

    func threeDigits(at index: Int) -> Bool {
      isDigit(at(index)) && isDigit(at(index + 1)) && isDigit(at(index + 2))
        && !isDigit(at(index + 3))
    }

    func literal(at start: Int) -> (Token, Int) {
      var index = start
      var value = 0.0
      while isDigit(at(index)) {
        value = value * 10 + Double(at(index) - 0x30)
        index += 1
      }
      var plain = index - start
      if index - start <= 3 {
        while at(index) == 0x2C || at(index) == 0x20 || at(index) == 0xA0 || at(index) == 0x2009
          || at(index) == 0x202F, threeDigits(at: index + 1)
        {
          for offset in 1...3 { value = value * 10 + Double(at(index + offset) - 0x30) }
          index += 4
          plain = 0
        }
      }
      if at(index) == 0x2E, isDigit(at(index + 1)) {
        index += 1
        var scale = 0.1
        while isDigit(at(index)) {
          value += Double(at(index) - 0x30) * scale
          scale /= 10
          index += 1
        }
        plain = 0
      }
      var ordinal = false
      if isLetter(at(index)) {
        var end = index
        while isLetter(at(end)) || isDigit(at(end)) { end += 1 }
        let suffix = Lexicon.string(v[index..<end]).lowercased()
        if ["st", "nd", "rd", "th"].contains(suffix) {
          ordinal = true
          index = end
        } else if NumberReader.isUnit(Lexicon.string(v[index..<end])) {
          // 76GHz, 10m: the number of a quantity; the unit is not part of it.
        } else {
          // 5G, 10am, 1990s: a code or unit, not a bare number.
          return (Token(kind: .symbol(0), range: start..<end, hyphenated: false), end)
        }
      }
      let token = Token(
        kind: .literal(value: value, ordinal: ordinal, plainDigits: plain),
        range: start..<index, hyphenated: false)
      return (token, index)
    }
  }

  struct Parser {
    let values: [UInt32]
    let tokens: [Token]
    var mentions: [NumberMention] = []

    func word(_ index: Int) -> String? {
      index >= 0 && index < tokens.count ? tokens[index].word : nil
    }

    mutating func parse() -> [NumberMention] {
      var index = 0
      while index < tokens.count {
        index = max(index + 1, step(at: index))
      }
      return mentions
    }

    mutating func emit(_ value: Double, _ first: Int, _ last: Int, _ kind: NumberMention.Kind) {
      let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
      mentions.append(
        NumberMention(value: value, text: Lexicon.string(values[range]), range: range, kind: kind))
    }

    mutating func step(at index: Int) -> Int {
      switch tokens[index].kind {
      case .literal(let value, let ordinal, let plainDigits):
        if ordinal {
          emit(value, index, index, .ordinal)
          return index + 1
        }
        return finish(value: value, first: index, next: index + 1, plainDigits: plainDigits)
      case .word(let word):
        return numberWords(at: index, first: word)
      case .symbol:
        return index + 1
      }
    }

    /// Applies scale words and percent markers after a number and emits it.
    mutating func finish(value number: Double, first: Int, next after: Int, plainDigits: Int = 0)
      -> Int
    {
      var value = number
      var next = after
      var scaled = false
      while let word = word(next), !tokens[next].hyphenated {
        if let scale = EnglishNumberWords.scales[word] {
          value *= scale
        } else if word == "hundred" {
          value *= 100
        } else {
          break
        }
        scaled = true
        next += 1
      }
      // "%", "per cent", "percent"
      if next < tokens.count, case .symbol(let symbol) = tokens[next].kind,
        symbol == 0x25 || symbol == 0xFF05
      {
        emit(value, first, next, .percent)
        return next + 1
      }
      if word(next) == "percent" || word(next) == "pct" {
        emit(value, first, next, .percent)
        return next + 1
      }
      if word(next) == "per" && word(next + 1) == "cent" {
        emit(value, first, next + 1, .percent)
        return next + 2
      }
      let isYear = !scaled && plainDigits == 4 && value >= 1500 && value <= 2100
      emit(value, first, next - 1, isYear ? .year : .cardinal)
      return next
    }

    /// Number words: twenty-one, a hundred and five, third, two thirds.
    mutating func numberWords(at index: Int, first: String) -> Int {
      if let ordinal = EnglishNumberWords.ordinals[first] {
        emit(ordinal, index, index, .ordinal)
        return index + 1
      }
      var total = 0.0
      var current = 0.0
      var last = index
      var position = index
      var previous: WordClass = .start
      if first == "a", let next = word(index + 1),
        next == "hundred" || EnglishNumberWords.scales[next] != nil
      {
        current = 1
        previous = .unit
        position = index + 1
      }
      var ordinal = false
      while let word = word(position) {
        let wordClass = classify(word)
        guard previous.allows(wordClass) else {
          if word == "and", previous == .hundred || previous == .scale,
            let after = self.word(position + 1), [.unit, .teen, .tens].contains(classify(after))
          {
            position += 1
            continue
          }
          break
        }
        switch wordClass {
        case .unit, .teen, .tens:
          current += EnglishNumberWords.units[word] ?? EnglishNumberWords.tens[word] ?? 0
        case .hundred:
          current = (current == 0 ? 1 : current) * 100
        case .scale:
          total += (current == 0 ? 1 : current) * (EnglishNumberWords.scales[word] ?? 1)
          current = 0
        case .ordinal:
          current += EnglishNumberWords.ordinals[word] ?? 0
          ordinal = true
        case .start, .other:
          break
        }
        previous = wordClass
        last = position
        position += 1
        if ordinal { break }
      }
      guard previous != .start, position > index else { return index + 1 }
      let value = total + current
      if ordinal {
        emit(value, index, last, .ordinal)
        return position
      }
      if first == "one" && last == index && isPronounOne(at: index) { return index + 1 }
      // two thirds, one half
      if value >= 1 && value < 20, let next = word(position),
        let denominator = EnglishNumberWords.denominators[next],
        value == 1 || next.hasSuffix("s")
      {
        emit(value / denominator, index, position, .cardinal)
        return position + 1
      }
      return finish(value: value, first: index, next: position)
    }

    func isPronounOne(at index: Int) -> Bool {
      if let before = word(index - 1), EnglishNumberWords.pronounOneBefore.contains(before),
        !tokens[index].hyphenated
      {
        return true
      }
      if index + 1 < tokens.count, case .symbol(let symbol) = tokens[index + 1].kind,
        symbol == 0x27 || symbol == 0x2019
      {
        return true
      }
      if let after = word(index + 1), EnglishNumberWords.pronounOneAfter.contains(after) {
        return true
      }
      return false
    }

    enum WordClass: Equatable {
      case start, unit, teen, tens, hundred, scale, ordinal, other

      func allows(_ next: WordClass) -> Bool {
        switch (self, next) {
        case (_, .other): false
        case (.start, _): true
        case (.unit, .hundred), (.unit, .scale), (.teen, .hundred), (.teen, .scale): true
        case (.tens, .unit), (.tens, .scale), (.tens, .ordinal): true
        case (.hundred, .unit), (.hundred, .teen), (.hundred, .tens), (.hundred, .scale),
          (.hundred, .ordinal):
          true
        case (.scale, .unit), (.scale, .teen), (.scale, .tens), (.scale, .scale),
          (.scale, .ordinal):
          true
        default: false
        }
      }
    }

    func classify(_ word: String) -> WordClass {
      if let value = EnglishNumberWords.units[word] { return value < 10 ? .unit : .teen }
      if EnglishNumberWords.tens[word] != nil { return .tens }
      if word == "hundred" { return .hundred }
      if EnglishNumberWords.scales[word] != nil { return .scale }
      if EnglishNumberWords.ordinals[word] != nil { return .ordinal }
      return .other
    }
  }
}
