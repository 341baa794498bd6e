import PrevailLexicon

/// Computes `BitextFeatures` with CC-CEDICT: Chinese is segmented by the dictionary and each
/// content word matches the stems of its glosses; English content words match by stem; numbers
/// match by value, Latin tokens (names, acronyms) by stem, and question marks, exclamation marks
/// and quotation marks by kind.
public struct FeatureExtractor: Sendable {
  public let lexicon: Lexicon

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Function words and particles that carry no content worth matching.
  static let chineseStopWords: Set<String> = [
    "的", "了", "是", "在", "和", "与", "及", "也", "都", "就", "而", "之", "其", "着", "过", "把",
    "被", "对", "从", "向", "于", "以", "为", "这", "那", "这个", "那个", "这些", "那些", "一个",
    "我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "自己", "又", "还", "很",
    "吗", "呢", "吧", "啊", "呀", "么", "得", "地", "所", "则", "即", "并", "或", "等", "个", "将",
    "要", "会", "能", "可", "可以", "有", "没有", "没", "不", "但", "但是", "因为", "所以", "如果",
    "就是", "这样", "那样", "什么", "怎么", "一", "上", "下", "中", "里", "去", "来", "说",
  ]

  /// Features of both sides in one key space.
  public func features(zh: [String], en: [String]) -> BitextFeatures {
    var keys = KeyTable(lexicon: lexicon)
    let zhFeatures = zh.map { chinese($0, &keys) }
    let enFeatures = en.map { english($0, &keys) }
    return BitextFeatures(zh: zhFeatures, en: enFeatures)
  }

  private func chinese(_ text: String, _ keys: inout KeyTable) -> SentenceFeatures {
    var builder = UnitBuilder()
    for token in lexicon.segment(text) where !Self.chineseStopWords.contains(token.text) {
      builder.add(id: keys.word(token.text), keys: keys.glossKeys(token.text))
    }
    for word in EnglishMorphology.words(in: text) where !word.isStopWord {
      let key = keys.stem(word.stem)
      builder.add(id: keys.word("latin " + word.stem), keys: [key])
    }
    for number in NumberReader.numbers(inChinese: text) {
      let key = keys.number(number.value)
      builder.add(id: key, keys: [key])
    }
    punctuation(text, &builder, &keys)
    return SentenceFeatures(length: Self.length(text), units: builder.units)
  }

  private func english(_ text: String, _ keys: inout KeyTable) -> SentenceFeatures {
    var builder = UnitBuilder()
    for word in EnglishMorphology.words(in: text) where !word.isStopWord {
      let key = keys.stem(word.stem)
      builder.add(id: key, keys: [key])
    }
    for number in NumberReader.numbers(inEnglish: text) {
      let key = keys.number(number.value)
      builder.add(id: key, keys: [key])
    }
    punctuation(text, &builder, &keys)
    return SentenceFeatures(length: Self.length(text), units: builder.units)
  }

  private func punctuation(_ text: String, _ builder: inout UnitBuilder, _ keys: inout KeyTable) {
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let kind: String
      switch scalar {
      case "?", "？": kind = "?"
      case "!", "！": kind = "!"
      case "\"", "“", "”", "‘", "’", "「", "」", "『", "』": kind = "\""
      case "'" where Self.isQuoteApostrophe(scalars, index): kind = "\""
      default: continue
      }
      let key = keys.local("punctuation " + kind)
      builder.add(id: key, keys: [key])
    }
  }

  /// Whether a straight apostrophe is a quotation mark: not between two letters (he's, don't).
  private static func isQuoteApostrophe(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    let before = index > 0 ? scalars[index - 1].properties.isAlphabetic : false
    let after = index + 1 < scalars.count ? scalars[index + 1].properties.isAlphabetic : false
    return !(before && after)
  }

  /// UTF-8 bytes without white space: comparable across Chinese and English.
  static func length(_ text: String) -> Double {
    SentenceFeatures(lengthOf: text).length
  }
}

/// Units of one sentence, each unit id at most once.
private struct UnitBuilder {
  var units: [SentenceFeatures.Unit] = []
  var seen = Set<Int32>()

  mutating func add(id: Int32, keys: [Int32]) {
    guard seen.insert(id).inserted else { return }
    units.append(SentenceFeatures.Unit(id: id, keys: keys))
  }
}

/// The bitext's key space: dictionary stem ids (≥ 0) and document-local keys (< 0) for stems the
/// dictionary lacks, numbers and punctuation; plus Chinese word ids (≥ 0, their own space).
private struct KeyTable {
  let lexicon: Lexicon
  var locals: [String: Int32] = [:]
  var words: [String: Int32] = [:]
  var glosses: [String: [Int32]] = [:]

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  mutating func local(_ name: String) -> Int32 {
    if let key = locals[name] { return key }
    let key = -Int32(locals.count) - 1
    locals[name] = key
    return key
  }

  mutating func stem(_ stem: String) -> Int32 {
    lexicon.stemID(stem) ?? local("stem " + stem)
  }

  mutating func number(_ value: Double) -> Int32 {
    local("number \(value)")
  }

  mutating func word(_ text: String) -> Int32 {
    if let id = words[text] { return id }
    let id = Int32(words.count)
    words[text] = id
    return id
  }

  mutating func glossKeys(_ word: String) -> [Int32] {
    if let cached = glosses[word] { return cached }
    let keys = lexicon.englishStemIDs(for: word)
    glosses[word] = keys
    return keys
  }
}
