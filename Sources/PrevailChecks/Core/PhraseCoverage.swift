import PrevailLexicon
import PrevailModel

/// A stretch of one version's sentence whose content words no word of the other version's
/// sentence renders: 个人和社会所面临风险 against "dispute resolution", or "practical guides"
/// with nothing in the Chinese to come from.
struct UncoveredPhrase: Hashable, Sendable {
  /// The phrase from its first to its last uncovered content word.
  var text: String
  /// Scalar offset of the phrase in the sentence.
  var offset: Int
  /// The uncovered content words, in order.
  var words: [String]
  /// How much content the phrase carries: a word counts one, a Chinese compound of four or
  /// more characters two.
  var weight: Int
  /// The phrase is one conjunct of a coordination whose other conjunct is rendered (框架与落实
  /// 机制 against "frameworks"): the translation kept one side and dropped the other.
  var isConjunct = false
  /// The rendered conjunct next to it (误导性 of 虚假信息和误导性信息), when it is one.
  var partner: String?
  /// The phrase ends its clause (nothing but light words before the next punctuation mark): it
  /// is what the clause is about, not a modifier of something after it.
  var endsClause = false
  /// Uncovered content weight in the phrase's whole clause (between punctuation marks) and the
  /// clause's content weight.
  var clauseUncovered = 0
  var clauseContent = 0
  /// The phrase is next to the 、 of a series (the list check judges series items).
  var inSeries = false
}

/// What a sentence's uncovered phrases are, and how much of its content is uncovered.
struct SentenceCoverage: Sendable {
  /// Runs of uncovered content words.
  var phrases: [UncoveredPhrase] = []
  /// Each clause's uncovered words as one phrase (clauses with none left out).
  var clauses: [UncoveredPhrase] = []
  /// Content weight of the sentence and the part of it no word of the other version renders.
  var content = 0
  var uncovered = 0
}

/// Finds uncovered phrases in either language, through the same dictionary evidence the other
/// checks use (``TermMatcher``): a Chinese word is covered when one of its glosses occurs in the
/// English (each English word rendering one Chinese word), an English word when some word of
/// the Chinese can be glossed by it; acronyms count by their initials (AI, 人工智能).
///
/// Words that translations routinely drop or add without changing what is said (推动, 加强,
/// "ensure", "effective") neither count nor break a phrase; a covered content word or a
/// punctuation mark ends one.
struct PhraseCoverage: Sendable {
  let terms: TermMatcher
  /// Renderings learned from the document, counted like dictionary glosses.
  var associations: DocumentAssociations? = nil

  /// One word of a sentence as the phrase finder sees it.
  private enum Slot {
    case content(text: String, range: Range<Int>, weight: Int, covered: Bool)
    case conjunction
    /// The 、 of a Chinese series: joins conjuncts like a conjunction.
    case seriesMark
    case light
    case clauseBreak
  }

  /// Phrases of a Chinese sentence that the English does not render.
  func chinese(_ sentence: String, english: String) -> SentenceCoverage {
    let scalars = Array(sentence.unicodeScalars)
    let englishWords = terms.englishWords(in: english)
    let englishStems = terms.stems(ofEnglish: english)
    let acronyms = Set(englishWords.map(\.text).filter(Self.isAcronym))
    var claimedBy: [Int: String] = [:]  // English word index → the Chinese word it renders
    var slots: [Slot] = []
    var lastEnd = 0
    for token in terms.lexicon.segment(sentence) {
      let gap = scalars[lastEnd..<token.range.lowerBound]
      if Self.breaks(gap) {
        slots.append(.clauseBreak)
      } else if gap.contains("、") {
        slots.append(.seriesMark)
      }
      lastEnd = token.range.upperBound
      if Self.conjunctions.contains(token.text) {
        slots.append(.conjunction)
      } else if isContent(token) {
        let covered = covers(
          token.text, englishWords, englishStems, acronyms: acronyms, claimedBy: &claimedBy)
        slots.append(
          .content(
            text: token.text, range: token.range,
            weight: weight(of: token.text), covered: covered))
      } else {
        slots.append(.light)
      }
    }
    if Self.breaks(scalars[lastEnd...]) { slots.append(.clauseBreak) }
    return phrases(slots, scalars: scalars)
  }

  /// Phrases of an English sentence that no word of the Chinese sentence can be glossed by.
  func english(_ sentence: String, chinese: String) -> SentenceCoverage {
    let sourceStems = terms.renderableStems(ofChinese: chinese)
    let words = terms.englishWords(in: sentence)
    let sourceAcronyms =
      words.contains { Self.isAcronym($0.text) } ? acronymsOfGlosses(chinese) : []
    let learned =
      associations.map { associations in
        terms.lexicon.segment(chinese).reduce(into: Set<String>()) {
          $0.formUnion(associations.stems(of: $1.text))
        }
      } ?? []
    let scalars = Array(sentence.unicodeScalars)
    var slots: [Slot] = []
    var lastEnd = 0
    for word in words {
      if Self.breaks(scalars[lastEnd..<word.range.lowerBound]) { slots.append(.clauseBreak) }
      lastEnd = word.range.upperBound
      let lower = word.text.lowercased()
      if lower == "and" || lower == "or" {
        slots.append(.conjunction)
        continue
      }
      guard !word.isStopWord, word.text.unicodeScalars.count >= 3 || Self.isAcronym(word.text),
        !Self.lightEnglish.contains(lower), !TermMatcher.genericStems.contains(word.stem)
      else {
        slots.append(.light)
        continue
      }
      let stems = EnglishMorphology.stemParts(word.text) + [word.stem]
      let covered =
        stems.contains { terms.contains(sourceStems, $0) }
        || sourceAcronyms.contains(word.text) || learned.contains(word.stem)
      slots.append(.content(text: word.text, range: word.range, weight: 1, covered: covered))
    }
    if Self.breaks(scalars[lastEnd...]) { slots.append(.clauseBreak) }
    return phrases(slots, scalars: scalars)
  }

  /// Groups uncovered content slots into phrases, clause by clause, and totals the weights.
  private func phrases(_ slots: [Slot], scalars: [Unicode.Scalar]) -> SentenceCoverage {
    var coverage = SentenceCoverage()
    (coverage.content, coverage.uncovered) = Self.weights(slots[...])
    let clauses = slots.split(whereSeparator: {
      if case .clauseBreak = $0 { return true }
      return false
    })
    coverage.phrases = clauses.flatMap { clausePhrases($0, scalars: scalars) }
    coverage.clauses = clauses.compactMap { clauseSummary($0, scalars: scalars) }
    return coverage
  }

  /// All the uncovered words of a clause as one phrase, from the first to the last.
  private func clauseSummary(_ clause: ArraySlice<Slot>, scalars: [Unicode.Scalar])
    -> UncoveredPhrase?
  {
    let (content, uncovered) = Self.weights(clause)
    var words: [(text: String, range: Range<Int>)] = []
    for slot in clause {
      guard case .content(let text, let range, _, let covered) = slot, !covered else { continue }
      words.append((text, range))
    }
    guard let first = words.first, let last = words.last else { return nil }
    return UncoveredPhrase(
      text: String(
        String.UnicodeScalarView(scalars[first.range.lowerBound..<last.range.upperBound])),
      offset: first.range.lowerBound, words: words.map(\.text), weight: uncovered,
      clauseUncovered: uncovered, clauseContent: content)
  }

  /// The content weight of some slots and the part of it that is uncovered.
  private static func weights(_ slots: ArraySlice<Slot>) -> (content: Int, uncovered: Int) {
    var content = 0
    var uncovered = 0
    for slot in slots {
      guard case .content(_, _, let weight, let covered) = slot else { continue }
      content += weight
      if !covered { uncovered += weight }
    }
    return (content, uncovered)
  }

  private func clausePhrases(_ clause: ArraySlice<Slot>, scalars: [Unicode.Scalar])
    -> [UncoveredPhrase]
  {
    let (content, uncovered) = Self.weights(clause)
    var result: [UncoveredPhrase] = []
    var run: [(text: String, range: Range<Int>, weight: Int)] = []
    // Whether the slot before the run was a conjunction preceded by a covered word.
    var openedByConjunct = false
    var previousCovered = false
    var previousConjunction = false
    var openedBySeries = false
    var previousSeries = false
    var lastCovered: String?
    var openingPartner: String?
    func close(at index: Int, closedByConjunct: String?, bySeries: Bool = false) {
      defer { run = [] }
      guard let first = run.first, let last = run.last else { return }
      let rest = clause[index...]
      let endsClause = !rest.contains {
        if case .content = $0 { return true }
        if case .conjunction = $0 { return true }
        if case .seriesMark = $0 { return true }
        return false
      }
      result.append(
        UncoveredPhrase(
          text: String(
            String.UnicodeScalarView(scalars[first.range.lowerBound..<last.range.upperBound])),
          offset: first.range.lowerBound, words: run.map(\.text),
          weight: run.reduce(0) { $0 + $1.weight },
          isConjunct: openedByConjunct || closedByConjunct != nil,
          partner: closedByConjunct ?? (openedByConjunct ? openingPartner : nil),
          endsClause: endsClause,
          clauseUncovered: uncovered, clauseContent: content,
          inSeries: openedBySeries || bySeries))
    }
    for index in clause.indices {
      switch clause[index] {
      case .conjunction:
        if !run.isEmpty, let next = nextCoveredContent(clause[(index + 1)...]) {
          close(at: index, closedByConjunct: next)
        }
        previousConjunction = true
      case .seriesMark:
        close(
          at: index, closedByConjunct: nextCoveredContent(clause[(index + 1)...]), bySeries: true)
        previousSeries = true
        previousConjunction = true
      case .content(let text, let range, let weight, let covered):
        if covered {
          close(at: index, closedByConjunct: nil)
          lastCovered = text
        } else {
          if run.isEmpty {
            openedByConjunct = previousCovered && previousConjunction
            openingPartner = lastCovered
            openedBySeries = previousSeries
          }
          run.append((text, range, weight))
        }
        previousCovered = covered
        previousConjunction = false
        previousSeries = false
      case .light, .clauseBreak:
        break
      }
    }
    close(at: clause.endIndex, closedByConjunct: nil)
    return result
  }

  /// The next content word, when it is covered.
  private func nextCoveredContent(_ slots: ArraySlice<Slot>) -> String? {
    for slot in slots {
      if case .content(let text, _, _, let covered) = slot { return covered ? text : nil }
    }
    return nil
  }

  /// Whether an English word renders `word`: a gloss found (each English word claimed by one
  /// Chinese word only, so 社会 is not rendered by the "social" of 社交媒介), a character's
  /// gloss, or an acronym of a gloss.
  private func covers(
    _ word: String, _ englishWords: [EnglishWord], _ englishStems: Set<String>,
    acronyms: Set<String>, claimedBy: inout [Int: String]
  ) -> Bool {
    let learned = associations?.stems(of: word) ?? []
    // Through the word's own glosses only: a character's gloss ("conduct" for 行 of 同行, peer)
    // is too weak when the word has glosses of its own.
    let claimed = ItemMatching.claimedStems(of: word, in: englishStems, terms)
    let positions = englishWords.indices.filter { index in
      terms.stems(ofEnglish: englishWords[index].text).contains { stem in
        learned.contains(stem) || claimed.contains { TermMatcher.stemsMatch($0, stem) }
      }
    }
    if positions.isEmpty {
      return acronyms.contains { acronym in
        terms.renderings(of: word).contains { Self.initials(of: $0) == acronym }
      }
    }
    if let free = positions.first(where: { claimedBy[$0] == nil || claimedBy[$0] == word }) {
      claimedBy[free] = word
      return true
    }
    return false
  }

  /// Acronyms the glosses of the Chinese sentence's words abbreviate to.
  private func acronymsOfGlosses(_ chinese: String) -> Set<String> {
    var result = Set<String>()
    for token in terms.lexicon.segment(chinese) where token.text.unicodeScalars.count >= 2 {
      for gloss in terms.renderings(of: token.text) {
        let initials = Self.initials(of: gloss)
        if initials.count >= 2 { result.insert(initials) }
      }
    }
    return result
  }

  /// The capitalized initials of a gloss's content words ("artificial intelligence" → AI).
  static func initials(of gloss: String) -> String {
    String(
      EnglishMorphology.words(in: gloss).filter { !$0.isStopWord }.compactMap {
        $0.text.first?.uppercased().first
      })
  }

  static func isAcronym(_ word: String) -> Bool {
    let count = word.unicodeScalars.count
    return count >= 2 && count <= 6
      && word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
  }

  /// A Chinese word's content weight: one, or two for a compound of four or more characters
  /// (人工智能, 全生命周期) that is not an idiom (迫不得已 is one notion, freely rendered).
  private func weight(of word: String) -> Int {
    guard word.unicodeScalars.count >= 4 else { return 1 }
    return terms.lexicon.glosses(for: word).contains { $0.contains("(idiom") } ? 1 : 2
  }

  private func isContent(_ token: ChineseToken) -> Bool {
    token.isInDictionary && token.text.unicodeScalars.count >= 2
      && !Self.lightChinese.contains(token.text) && !terms.renderings(of: token.text).isEmpty
  }

  /// Whether the characters between two words end a phrase: clause punctuation, brackets,
  /// quotation marks.
  private static func breaks(_ gap: ArraySlice<Unicode.Scalar>) -> Bool {
    gap.contains { breakers.contains($0) }
  }

  private static let breakers: Set<Unicode.Scalar> = [
    "，", "；", "。", "：", "！", "？", "（", "）", "“", "”", "《", "》", "「", "」", ",", ";",
    ".", ":", "!", "?", "(", ")", "\"", "[", "]", "—", "–",
  ]

  private static let conjunctions: Set<String> = ["与", "與", "和", "及", "以及", "或", "或者", "并", "並"]

  /// Chinese words translations drop or add without changing what is said: verbs of effort and
  /// support, degree adverbs, generic nouns, framing words.
  static let lightChinese: Set<String> = [
    "进行", "進行", "加强", "加強", "推动", "推動", "促进", "促進", "开展", "開展", "实现", "實現", "提高",
    "提升", "支持", "鼓励", "鼓勵", "确保", "確保", "坚持", "堅持", "发挥", "發揮", "作用", "方面", "问题",
    "問題", "工作", "领域", "領域", "相关", "相關", "有关", "有關", "重要", "各种", "各種", "各类", "各類",
    "不同", "一切", "所有", "任何", "其他", "其它", "能够", "能夠", "可以", "应当", "應當", "应该", "應該", "需要", "通过",
    "通過", "包括", "以及", "方式", "情况", "情況", "基础", "基礎", "进一步", "進一步", "积极", "積極",
    "有效", "充分", "共同", "主要", "一定", "以上", "以下", "其中", "之间", "之間", "方法", "过程", "過程",
    "作为", "作為", "成为", "成為", "具有", "存在", "有助于", "有助於", "关于", "關於", "对于", "對於",
    "根据", "根據", "按照", "为了", "為了", "以便", "从而", "從而", "同时", "同時", "此外", "尤其", "特别",
    "特別", "例如", "比如", "已经", "已經", "正在", "继续", "繼續", "不断", "不斷", "更加", "更好", "非常",
    "重视", "重視", "注重", "关注", "關注", "考虑", "考慮", "采取", "採取", "采用", "採用", "利用", "使用",
    "形成", "建设", "建設", "发展", "發展", "水平", "能力", "措施", "举措", "舉措", "活动", "活動", "目标",
    "目標", "内容", "內容", "方向", "层面", "層面", "范围", "範圍", "程度", "这些", "這些", "那些", "这种",
    "這種", "我们", "我們", "他们", "他們", "它们", "它們", "自己", "本身", "以来", "以來", "当前", "當前",
    "目前", "现在", "現在", "今后", "今後", "未来", "未來", "不仅", "不僅", "而且", "但是", "因此", "所以",
    "如果", "虽然", "雖然", "即使", "由于", "由於", "以便于", "有利于", "有利於", "致力于", "致力於",
  ]

  /// English words translations add or drop without changing what is said.
  static let lightEnglish: Set<String> = [
    "ensure", "ensures", "ensuring", "promote", "promotes", "promoting", "enhance", "enhancing",
    "strengthen", "strengthening", "support", "supporting", "effective", "effectively",
    "relevant", "various", "also", "well", "including", "include", "includes", "efforts",
    "effort", "measures", "measure", "take", "taken", "taking", "make", "made", "making",
    "such", "specific", "certain", "particular", "particularly", "especially", "important",
    "necessary", "need", "needs", "needed", "further", "actively", "active", "fully", "full",
    "jointly", "joint", "common", "main", "mainly", "related", "regarding", "concerning",
    "through", "based", "basis", "order", "terms", "respect", "level", "levels", "role", "roles",
    "play", "plays", "key", "new", "good", "better", "best", "great", "greater", "way", "ways",
    "means", "should", "shall", "must", "may", "can", "could", "would", "will", "one", "ones",
    "other", "others", "another", "all", "each", "every", "any", "both", "whole", "etc",
    "therefore", "thus", "however", "meanwhile", "moreover", "furthermore", "addition",
    "additionally", "together", "namely", "whether", "within", "without", "across", "among",
    "upon", "towards", "toward", "continue", "continued", "continuously", "constantly",
    "increasingly", "already", "currently", "now", "future", "present", "given", "aim", "aims",
    "aimed", "aiming", "purpose", "purposes", "help", "helps", "helping", "seek", "strive",
  ]
}
