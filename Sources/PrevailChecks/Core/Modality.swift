import PrevailLexicon
import PrevailModel

/// The modal force and polarity of a sentence or clause, read from its words: prohibitions
/// (不得, shall not), obligations (应当, shall), permissions (可以, may) and negations (不, not).
///
/// Chinese markers count only as whole dictionary tokens, so 可 in 可持续 or 可靠, 应 in 应用 or
/// 响应, 得 in 获得 and 不 in 不断 or 不同 are not markers. Each feature has a strict reading
/// (clear markers only: used when the feature must be *present* to report) and a broad one
/// (anything that may express it: used when the feature must be *absent* to report), so a
/// finding needs a clear marker on one side and no plausible rendering on the other.
struct ModalityProfile: Equatable, Sendable {
  var prohibition = false
  var obligation = false
  var permission = false
  var negation = false
  /// Anything that could render a prohibition (a negator with any modal, "prohibit", 禁).
  var broadProhibition = false
  /// Anything that could render an obligation (will, need, ensure, 要, 需要, 确保).
  var broadObligation = false
  var broadPermission = false
  /// Anything that could render a negation (un-/non- words, -less, 无法, 非法, 消除).
  var broadNegation = false
  /// An obligation expressed by more than a copula or "have": will, need, ensure, required…
  /// (the broad reading without is/are/has, which cannot outweigh an explicit "may").
  var firmBroadObligation = false
  /// Possibility or ability that could be rendered by "may" (可能, 能够, 或许, 酌情).
  var possibility = false
  /// A discretionary "may" that is not negated and not a fixed phrase ("as may be", "so that
  /// … may").
  var discretionaryMay = false
  /// How many obligation markers (应, shall…) the text has.
  var obligationCount = 0
  /// A prohibition in binding terms (不得, 禁止, shall not, must not, may not, prohibit), as
  /// against a hortatory one (不应, 不宜, should not).
  var bindingProhibition = false
  /// A permission expressed by a modal verb (may, can, might, could), not by "is entitled".
  var modalPermission = false
  /// The markers found, for evidence.
  var markers: [String] = []
}

/// Reads ``ModalityProfile``s in both languages.
struct ModalityReader {
  let lexicon: Lexicon

  func profile(_ text: String, _ language: Language) -> ModalityProfile {
    language == .zh ? chinese(text) : english(text)
  }

  // MARK: Chinese

  private static let zhProhibitions: Set<String> = [
    "不得", "不应", "不应当", "不应该", "禁止", "严禁", "嚴禁", "不准", "不许", "不許", "不可", "不可以",
    "不應", "不應當", "不應該", "毋", "勿", "切勿", "不宜",
  ]
  /// Prohibitions that do not bind: "should not" renders them.
  private static let zhHortatoryProhibitions: Set<String> = [
    "不应", "不应当", "不应该", "不宜", "不應", "不應當", "不應該",
  ]
  private static let zhObligations: Set<String> = [
    "应当", "应", "应该", "必须", "须", "务必", "必", "應當", "應", "應該", "必須", "須", "務必", "需",
    "有义务", "有義務",
  ]
  private static let zhPermissions: Set<String> = [
    "可以", "可", "得", "有权", "有權", "允许", "允許", "准许", "准許",
  ]
  private static let zhNegators: Set<String> = [
    "不", "没有", "沒有", "没", "沒", "未", "无", "無", "非", "未能", "并非", "並非", "从不", "從不", "决不", "絕不", "绝不",
  ]
  private static let zhPossibilities: Set<String> = [
    "可能", "能", "能够", "能夠", "或许", "或許", "也许", "也許", "酌情", "视情况", "視情況", "允许", "允許",
    "可否", "或可", "不妨", "得以", "可望", "有望",
  ]
  private static let zhBroadObligations: Set<String> = [
    "要", "需要", "确保", "確保", "将", "將", "必要", "有责任", "有責任", "负责", "負責", "承诺", "承諾",
  ]

  private func chinese(_ text: String) -> ModalityProfile {
    var profile = ModalityProfile()
    let tokens = lexicon.segment(text)
    for (index, token) in tokens.enumerated() {
      let word = token.text
      let previous = index > 0 ? tokens[index - 1].text : ""
      var next = index + 1 < tokens.count ? tokens[index + 1].text : ""
      if next == "以" || next == "可" { next = "" }
      if Self.zhProhibitions.contains(word)
        || (Self.zhNegators.contains(previous)
          && (Self.zhObligations.contains(word)
            || Self.zhPermissions.contains(word) && word != "得"))
      {
        profile.prohibition = true
        let marker = Self.zhProhibitions.contains(word) ? word : previous + word
        if !Self.zhHortatoryProhibitions.contains(marker)
          && !["应", "應", "应该", "應該", "应当", "應當"].contains(word)
        {
          profile.bindingProhibition = true
        }
        profile.markers.append(marker)
        continue
      }
      if Self.zhObligations.contains(word) {
        profile.obligation = true
        profile.obligationCount += 1
        profile.markers.append(word)
      } else if Self.zhPermissions.contains(word) {
        // 得 is a permission only before a verb, not as a complement after one (做得好).
        if word == "得" && (previous.isEmpty || isVerb(previous) || next.isEmpty) { continue }
        profile.permission = true
        profile.markers.append(word)
      } else if Self.zhNegators.contains(word),
        !Self.zhProhibitions.contains(word + next), !Self.zhObligations.contains(next),
        !(Self.zhPermissions.contains(next) && next != "得"), !(previous == "最" && word == "不"),
        isVerb(next) || next == "是" || next == "会" || next == "會"
      {
        // Only a negated verb is a clear negation: 不 before an adjective (不发达, 不稳定) is
        // usually rendered by an antonym (least developed, precarious).
        profile.negation = true
        profile.markers.append(word)
      } else if Self.zhBroadObligations.contains(word) {
        profile.broadObligation = true
      }
      if Self.zhPossibilities.contains(word) { profile.possibility = true }
      if word.contains(where: { "禁止".contains($0) }) { profile.broadProhibition = true }
      if word.contains(where: { "不无無非未没沒否免消除防杜".contains($0) }) {
        profile.broadNegation = true
      }
    }
    profile.broadProhibition =
      profile.broadProhibition || profile.prohibition
      || (profile.broadNegation && (profile.obligation || profile.permission))
    profile.broadObligation = profile.broadObligation || profile.obligation || profile.prohibition
    profile.firmBroadObligation = profile.broadObligation
    profile.broadPermission = profile.permission
    profile.possibility = profile.possibility || profile.permission
    profile.broadNegation = profile.broadNegation || profile.negation || profile.prohibition
    return profile
  }

  private func isVerb(_ word: String) -> Bool {
    lexicon.glosses(for: word).prefix(3).contains { $0.hasPrefix("to ") }
  }

  // MARK: English

  private static let enModals: Set<String> = [
    "shall", "must", "may", "should", "can", "could", "might", "will", "would",
  ]
  private static let enObligations: Set<String> = ["shall", "must", "should", "ought"]
  private static let enPermissions: Set<String> = ["may", "can", "might", "could"]
  private static let enNegators: Set<String> = [
    "not", "no", "never", "without", "none", "nor", "neither", "nothing", "nobody", "cannot",
    "nowhere",
  ]
  private static let enBroadObligations: Set<String> = [
    "will", "need", "needs", "ensure", "ensures", "require", "requires", "required",
    "obliged", "obligation", "obligations", "duty", "have", "has", "is", "are", "undertake",
    "undertakes", "commit", "commits", "committed",
  ]
  /// Broad obligation words too common to outweigh an explicit "may".
  private static let enCopulas: Set<String> = ["have", "has", "is", "are"]
  private static let enBroadPermissionWords: Set<String> = [
    "entitled", "right", "rights", "permitted", "allowed", "free", "freedom", "able",
    "possible", "option",
  ]

  private func english(_ text: String) -> ModalityProfile {
    var profile = ModalityProfile()
    let words = EnglishMorphology.words(in: text).map { $0.text.lowercased() }
    var negatorAt: Int?
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      let previous = index > 0 ? words[index - 1] : ""
      // "not only", "whether or not", "if not", "not least", "no less important", "nothing
      // but" carry no polarity.
      let idiom =
        (word == "not" && ["only", "least", "just", "merely"].contains(next))
        || (word == "not" && ["or", "if"].contains(previous))
        || (word == "no" && ["matter", "longer", "less", "more", "sooner", "doubt"].contains(next))
        || (word == "nothing" && ["but", "else", "less", "more", "short"].contains(next))
      // "didn'tsay": a contraction glued to the next word by text extraction still negates.
      let isNegator =
        (Self.enNegators.contains(word) || word.hasSuffix("n't") || word.contains("n't"))
        && !idiom
      if isNegator {
        negatorAt = index
        profile.broadNegation = true
      }
      if Self.isNoun(word, previous: previous) {
        continue
      }
      if Self.enModals.contains(word) || word.hasSuffix("n't") || word == "cannot" {
        let negated =
          word.hasSuffix("n't") || word == "cannot" || next == "not"
          || (next == "in" && index + 2 < words.count && words[index + 2] == "no")
          || (negatorAt.map { index - $0 <= 4 } ?? false)
        let base = word == "cannot" ? "can" : word
        if negated
          && (Self.enObligations.contains(base) || Self.enPermissions.contains(base)
            || base.hasPrefix("shan") || base.hasPrefix("mustn") || base.hasPrefix("can")
            || base.hasPrefix("shouldn") || base == "will" || base == "won't")
        {
          profile.prohibition = profile.prohibition || base != "will" && base != "won't"
          if !["should", "ought", "will", "won't", "would"].contains(base)
            && !base.hasPrefix("shouldn") && !base.hasPrefix("wouldn")
          {
            profile.bindingProhibition = true
          }
          profile.broadProhibition = true
          profile.markers.append(negatorAt.map { words[$0] + " … " + word } ?? word + " not")
          continue
        }
        if Self.enObligations.contains(base) {
          profile.obligation = true
          profile.obligationCount += 1
          profile.markers.append(base)
        } else if Self.enPermissions.contains(base) {
          profile.permission = true
          profile.modalPermission = true
          profile.markers.append(base)
          if base == "may" && !Self.isFixedMay(words, index) { profile.discretionaryMay = true }
        } else {
          profile.broadObligation = true
          profile.firmBroadObligation = true
        }
        continue
      }
      if word.hasPrefix("prohibit") || word.hasPrefix("forbid")
        || ["ban", "bans", "banned", "bar", "barred", "refrain", "refrains"].contains(word)
      {
        profile.prohibition =
          profile.prohibition || word.hasPrefix("prohibit")
          || word.hasPrefix("forbid")
        if word.hasPrefix("prohibit") || word.hasPrefix("forbid") {
          profile.bindingProhibition = true
        }
        profile.broadProhibition = true
        profile.markers.append(word)
      }
      if ["required", "obliged", "obligated"].contains(word),
        ["is", "are", "be"].contains(previous)
      {
        profile.obligation = true
        profile.obligationCount += 1
        profile.markers.append(previous + " " + word)
      }
      if ["entitled", "permitted", "allowed"].contains(word),
        ["is", "are", "be"].contains(previous)
      {
        profile.permission = true
        profile.markers.append(previous + " " + word)
      }
      if word == "right" && ["the", "a"].contains(previous) && index >= 2
        && ["has", "have", "had"].contains(words[index - 2])
      {
        profile.permission = true
        profile.markers.append("has the right")
      }
      if Self.enBroadObligations.contains(word) {
        profile.broadObligation = true
        if !Self.enCopulas.contains(word) { profile.firmBroadObligation = true }
      }
      if Self.enBroadPermissionWords.contains(word) { profile.broadPermission = true }
      if isNegated(word) { profile.broadNegation = true }
      if isNegator && !profile.markers.contains(word) {
        profile.negation = true
        profile.markers.append(word)
      }
    }
    profile.broadObligation = profile.broadObligation || profile.obligation || profile.prohibition
    profile.firmBroadObligation = profile.firmBroadObligation || profile.obligation
    profile.broadPermission = profile.broadPermission || profile.permission
    profile.broadProhibition = profile.broadProhibition || profile.prohibition
    profile.broadNegation = profile.broadNegation || profile.negation || profile.prohibition
    return profile
  }

  /// Words that precede "will" as a noun ("the will of the people", "their free will").
  private static let nounDeterminers: Set<String> = [
    "the", "a", "this", "that", "his", "her", "its", "their", "our", "my", "your", "whose",
    "free", "own", "good", "political", "general", "popular", "last",
  ]
  /// Words before "May" the month ("in May 2015"): none of them precedes the modal.
  private static let monthPrepositions: Set<String> = [
    "in", "since", "until", "from", "early", "late", "mid",
  ]

  /// "will" after a determiner (the will of the people) and "May" the month (in May 2015) are
  /// nouns, not modals.
  private static func isNoun(_ word: String, previous: String) -> Bool {
    if word == "will" { return nounDeterminers.contains(previous) }
    if word == "may" { return monthPrepositions.contains(previous) }
    return false
  }

  /// "as may be", "whatever … may", "so that … may", "in order that … may": a "may" of
  /// purpose or reference, not a grant of discretion.
  private static func isFixedMay(_ words: [String], _ index: Int) -> Bool {
    let before = words[max(0, index - 5)..<index]
    if before.last == "as" { return true }
    if before.contains(where: { ["whatever", "whichever", "wherever", "whoever"].contains($0) }) {
      return true
    }
    return zip(before, before.dropFirst()).contains { pair in
      ["so", "order"].contains(pair.0) && pair.1 == "that"
    }
  }

  /// un-/non-/in-/dis- words whose remainder is an English word (unfair, non-discrimination),
  /// and -less words (homeless): negation inside a word.
  private func isNegated(_ word: String) -> Bool {
    for prefix in ["non-", "non", "un", "in", "im", "il", "ir", "dis"] where word.hasPrefix(prefix)
    {
      let rest = String(word.dropFirst(prefix.count))
      if rest.count >= 4, lexicon.stemID(EnglishMorphology.stem(rest)) != nil { return true }
    }
    if word.hasSuffix("less"), word.count > 6 { return true }
    return [
      "lack", "lacks", "lacking", "absence", "absent", "free", "eliminate", "end", "zero",
      "prevent", "avoid", "exclude", "deny", "denied", "refuse", "fail", "fails", "failure",
    ].contains(word)
  }
}
