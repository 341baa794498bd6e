import PrevailLexicon
import PrevailModel

/// One-to-one matching of Chinese list items with English list items of an aligned sentence.
///
/// Items are paired best-first by gloss coverage. What is left over on both sides is paired in
/// order as paraphrases the dictionary does not know (韧性 ↔ resilience); only the excess on one
/// side is a candidate omission or addition.
struct ItemMatching {
  /// Chinese items (not the uncertain tail) left without an English counterpart.
  var unmatchedChinese: [Enumeration.Item] = []
  /// English items left without a Chinese counterpart.
  var unmatchedEnglish: [Enumeration.Item] = []

  init(
    chinese: [Enumeration], english: [Enumeration], englishSentenceStems: Set<String>,
    terms: TermMatcher, englishSentence: String = "", chineseSentence: String = ""
  ) {
    let zhItems = chinese.flatMap(\.items)
    let zhTails = chinese.compactMap(\.tail)
    let enItems = english.flatMap(\.items)
    let enStems = enItems.map { terms.stems(ofEnglish: $0.text) }
    let all = zhItems + zhTails
    var candidates: [(score: Double, zh: Int, en: Int)] = []
    for (zhIndex, item) in all.enumerated() {
      // An item whose own gloss is in the sentence ("thought" for 思想) is not matched through
      // a character's gloss to another item ("belief" through 想 "believe").
      let glossRendered =
        !Self.claimedStems(of: item.text, in: englishSentenceStems, terms).isEmpty
      for (enIndex, stems) in enStems.enumerated() {
        let score = terms.coverage(ofChinese: item.text, in: stems).score
        guard score >= TermMatcher.presentThreshold else { continue }
        if glossRendered && Self.claimedStems(of: item.text, in: stems, terms).isEmpty {
          continue
        }
        candidates.append((score, zhIndex, enIndex))
      }
    }
    candidates.sort { ($0.score, -$0.zh, -$0.en) > ($1.score, -$1.zh, -$1.en) }
    var usedZh = Set<Int>()
    var usedEn = Set<Int>()
    var anchors: [Anchor] = []
    var pairs: [(zh: String, en: Set<String>)] = []
    for candidate in candidates
    where !usedZh.contains(candidate.zh) && !usedEn.contains(candidate.en) {
      usedZh.insert(candidate.zh)
      usedEn.insert(candidate.en)
      pairs.append((all[candidate.zh].text, enStems[candidate.en]))
      anchors.append(Anchor(zh: all[candidate.zh].offset, en: enItems[candidate.en].offset))
    }
    // Items and tails rendered by a word outside the English lists anchor at that word (种族 at
    // "due to race" when the English list reader did not take "race" as an item).
    let words = terms.englishWords(in: englishSentence)
    // A word inside an English item no Chinese item matched does not anchor: had it rendered
    // the item, the two would have matched (互 "mutual" of 可互操作 is no anchor at
    // "mutual-reference").
    let leftoverSpans = enItems.indices.filter { !usedEn.contains($0) }.map { index in
      enItems[index].offset..<(enItems[index].offset + enItems[index].text.unicodeScalars.count)
    }
    for index in all.indices where !usedZh.contains(index) {
      let term =
        index < zhItems.count
        ? all[index].text : terms.words(ofChinese: all[index].text).first ?? ""
      let claimed = Self.claimedStems(of: term, in: englishSentenceStems, terms)
      guard !claimed.isEmpty,
        let word = words.first(where: { word in
          claimed.contains { TermMatcher.stemsMatch($0, word.stem) }
        }),
        !leftoverSpans.contains(where: { $0.contains(word.range.lowerBound) })
      else { continue }
      anchors.append(Anchor(zh: all[index].offset, en: word.range.lowerBound, isItem: false))
    }
    // Chinese items rendered somewhere else in the sentence are not missing, but only through
    // English words that no other item of the list claims: with "race, sex, language" left,
    // 肤色 is not rendered by "sex" (色 can gloss "sex") because 性别 claims it.
    let claims = zhItems.map { Self.claimedStems(of: $0.text, in: englishSentenceStems, terms) }
    let spans = Self.lastItemSpans(chinese, sentence: chineseSentence)
    // Computed only when a leftover needs it (most lists match fully).
    lazy var wordClaims = Set(terms.lexicon.segment(chineseSentence).map(\.text)).filter {
      $0.unicodeScalars.count >= 2
    }.map { ($0, Self.claimedStems(of: $0, in: englishSentenceStems, terms)) }
    let leftZh = zhItems.indices.filter { index in
      guard !usedZh.contains(index) else { return false }
      let text = zhItems[index].text
      // A last item the reader cut short (享受公正和合 of 享受公正和合适的工作条件) is not
      // missing while any word of its whole part is rendered.
      if let span = spans[zhItems[index].offset], span != text,
        !Self.endsAtWordBoundary(text, of: span, terms),
        terms.coverage(ofChinese: span, in: englishSentenceStems).score > 0
      {
        return false
      }
      if terms.coverage(ofChinese: text, in: englishSentenceStems).score
        < TermMatcher.presentThreshold
      {
        return true
      }
      // Wholly rendered through glosses of its own: present. Rendered only in part, or only
      // through a character's gloss: present only if no other item and no other Chinese word of
      // the sentence claims the English words it relies on ("live" of 守寡 "to live as widow"
      // is the "living" of 生活; 着 "all right!" is no rendering of 衣着 where 有权 is "right").
      if !claims[index].isEmpty
        && (terms.coverage(ofChinese: text, in: englishSentenceStems).score >= 1
          || Self.hasWholeGloss(text, in: englishSentenceStems, terms))
      {
        return false
      }
      return !Self.rendered(
        text, in: englishSentenceStems, claims: claims, index: index, wordClaims: wordClaims,
        terms: terms)
    }
    let leftEn = enItems.indices.filter { !usedEn.contains($0) }
    // A leftover between two matched items whose English counterparts are adjacent in the same
    // order (种族 ↔ race, 性别 ↔ sex, nothing between race and sex) has no English item that
    // could be its paraphrase: it is missing whatever the other leftovers are.
    // English leftovers that are generic ("kind") or whose words another Chinese word of the
    // sentence renders ("family" for 家属) are no one's paraphrase.
    // Words inside a leftover Chinese item do not source an English leftover: that leftover
    // may be the item's own paraphrase.
    // Nor do words whose rendering is the English item their own item matched (可持续 of
    // 可持续经济增长 ↔ "sustainable economic growth" is no source of "sustained" for 持久).
    let leftTexts = leftZh.map { zhItems[$0].text }
    let sourced =
      leftEn.isEmpty
      ? []
      : wordClaims.filter { word, claimed in
        !leftTexts.contains { $0.contains(word) }
          && !pairs.contains { pair in
            pair.zh.contains(word)
              && claimed.contains { stem in terms.contains(pair.en, stem) }
          }
      }.reduce(into: Set<String>()) { $0.formUnion($1.1) }
    let meaningfulLeftovers = leftEn.filter { index in
      let distinctive = enStems[index].subtracting(TermMatcher.genericStems)
      return !distinctive.isEmpty
        && !distinctive.allSatisfy { stem in sourced.contains { TermMatcher.stemsMatch($0, stem) } }
    }
    // A tail no English item matched is a Chinese leftover too: beyond the last anchor it claims
    // the English leftover there (其他… for "other lack of livelihood" after 衰老 ↔ "old age").
    // Between two anchors, any distinctive English leftover stands where the item would be, even
    // one another Chinese word could source ("development" between "recruitment" and
    // "training" for 培养, though 发展中国家 renders "develop").
    let innerLeftovers = leftEn.filter {
      !enStems[$0].subtracting(TermMatcher.genericStems).isEmpty
    }.map { enItems[$0].offset }
    let unmatchedTails = zhTails.indices.filter { !usedZh.contains(zhItems.count + $0) }
      .map { zhTails[$0].offset }
    let stranded = Set(
      leftZh.filter { index in
        Self.isStranded(
          zhItems[index].offset, anchors: anchors,
          englishOffsets: enItems.map(\.offset),
          englishLeftovers: meaningfulLeftovers.map { enItems[$0].offset },
          chineseOffsets: zhItems.map(\.offset) + zhTails.map(\.offset),
          chineseLeftovers: Set(leftZh.map { zhItems[$0].offset } + unmatchedTails),
          innerLeftovers: innerLeftovers)
      })
    // Leftovers pair as paraphrases (韧性 ↔ resilience) up to what the list lengths allow: when
    // the Chinese lists hold k more items than the English ones, k Chinese leftovers are excess
    // unless an English leftover renders part of them (a gloss or a character's gloss in
    // common). Otherwise an item dropped from "A, B, C and D" hides behind any English item the
    // dictionary does not connect with its source.
    let abandoned = Self.abandonedItems(
      chinese, matched: usedZh, leftovers: Set(leftZh), sentenceStems: englishSentenceStems,
      terms: terms
    ).subtracting(stranded)
    let pooled = leftZh.filter { !stranded.contains($0) && !abandoned.contains($0) }
    let evidenced = Self.evidencedPairs(
      pooled.map { zhItems[$0].text }, meaningfulLeftovers.map { enStems[$0] }, terms: terms)
    // Only items of certain extent count toward the gap: the first part of a Chinese series
    // and a last part with no conjunction after it are cut by heuristics (享受公正和合适的…).
    var certain = Set<Int>()
    var flatIndex = 0
    for enumeration in chinese {
      for position in enumeration.items.indices {
        let isLast = position == enumeration.items.count - 1
        if position > 0 && (!isLast || enumeration.tail != nil) { certain.insert(flatIndex) }
        flatIndex += 1
      }
    }
    // A Chinese list none of whose items (or tail) matches an English list item has no English
    // list here (a second series the English words as prose): its items do not widen the gap.
    var listed = 0
    var itemStart = 0
    var listsWithMatch = 0
    for (position, enumeration) in chinese.enumerated() {
      let range = itemStart..<(itemStart + enumeration.items.count)
      itemStart = range.upperBound
      let tailIndex = chinese.prefix(position).filter { $0.tail != nil }.count + zhItems.count
      if range.contains(where: usedZh.contains)
        || (enumeration.tail != nil && usedZh.contains(tailIndex))
      {
        listed += range.count
        listsWithMatch += 1
      }
    }
    if listsWithMatch == 0 { listed = zhItems.count }
    let zhGap = min(max(0, listed - enItems.count), pooled.filter(certain.contains).count)
    // English leftovers a Chinese word of the sentence already renders, or generic ones, are
    // no one's paraphrase: a list item dropped from the English does not hide behind them.
    // A sourced leftover standing between the anchors of a Chinese leftover is still its
    // paraphrase ("development" for 培养 between "recruitment" and "training").
    let meaningfulOffsets = meaningfulLeftovers.map { enItems[$0].offset }
    let sourcedInner = innerLeftovers.filter { !meaningfulOffsets.contains($0) }
    let partners =
      meaningfulLeftovers.count
      + Self.placedPairs(pooled.map { zhItems[$0].offset }, sourcedInner, anchors: anchors)
    let placed = Self.placedPairs(
      pooled.map { zhItems[$0].offset }, meaningfulOffsets + sourcedInner, anchors: anchors)
    let paraphrases = min(
      pooled.count, partners, max(evidenced, placed, pooled.count - zhGap))
    // The excess is what has no counterpart: the least rendered Chinese items, in text order.
    if pooled.count > paraphrases || !stranded.isEmpty || !abandoned.isEmpty {
      let ranked = pooled.sorted { lhs, rhs in
        let left = terms.coverage(ofChinese: zhItems[lhs].text, in: englishSentenceStems).score
        let right = terms.coverage(ofChinese: zhItems[rhs].text, in: englishSentenceStems).score
        let leftUncertain = certain.contains(lhs) ? 0 : 1
        let rightUncertain = certain.contains(rhs) ? 0 : 1
        return (left, leftUncertain, lhs) < (right, rightUncertain, rhs)
      }
      let excess = ranked.prefix(pooled.count - paraphrases) + stranded + abandoned
      unmatchedChinese = excess.sorted().map { zhItems[$0] }
    }
    if partners > paraphrases {
      unmatchedEnglish = meaningfulLeftovers.suffix(partners - paraphrases).map { enItems[$0] }
    }
  }

  /// Items of a Chinese list of three or more that the English leaves out as a whole: no item
  /// matches an English list item, at least two thirds of them (two or more) are not rendered
  /// anywhere in the sentence, and none is wholly rendered. Every item not wholly rendered is
  /// then omitted (a word such as "impact" that another word of the sentence accounts for is no
  /// rendering), and the English leftovers of unrelated lists are nobody's paraphrase of them.
  static func abandonedItems(
    _ chinese: [Enumeration], matched: Set<Int>, leftovers: Set<Int>, sentenceStems: Set<String>,
    terms: TermMatcher
  ) -> Set<Int> {
    var result = Set<Int>()
    var start = 0
    for enumeration in chinese {
      let indices = start..<(start + enumeration.items.count)
      start = indices.upperBound
      let count = indices.count
      guard count >= 3, !indices.contains(where: matched.contains) else { continue }
      let unrendered = indices.filter(leftovers.contains)
      let scores = enumeration.items.map {
        terms.coverage(ofChinese: $0.text, in: sentenceStems).score
      }
      guard unrendered.count >= max(2, (2 * count + 2) / 3), scores.allSatisfy({ $0 < 1 })
      else { continue }
      result.formUnion(indices)
    }
    return result
  }

  /// Whether a word of two or more characters of the item (or the item itself) has a gloss
  /// whose content words are all in the sentence: a whole rendering, not a partial one ("live"
  /// of 守寡 "to live as widow").
  static func hasWholeGloss(
    _ item: String, in englishStems: Set<String>, _ terms: TermMatcher
  ) -> Bool {
    let words = terms.words(ofChinese: item)
    for word in words where word.count >= 2 || words.count == 1 {
      for gloss in terms.renderings(of: word) {
        let glossStems = terms.distinctiveStems(ofGloss: gloss)
        if !glossStems.isEmpty, glossStems.allSatisfy({ terms.contains(englishStems, $0) }) {
          return true
        }
      }
    }
    return false
  }

  /// Whether a Chinese item is rendered in the sentence by English words that no other item of
  /// its lists and no other Chinese word of the sentence claims.
  static func rendered(
    _ text: String, in englishStems: Set<String>, claims: [Set<String>], index: Int,
    wordClaims: [(String, Set<String>)], terms: TermMatcher
  ) -> Bool {
    var available = englishStems
    for other in claims.indices where other != index { available.subtract(claims[other]) }
    for (word, claimed) in wordClaims where !text.contains(word) && !word.contains(text) {
      available.subtract(claimed)
    }
    return terms.coverage(ofChinese: text, in: available).score >= TermMatcher.presentThreshold
  }

  /// The English stems that render a Chinese item through a gloss of one of its words (at least
  /// ``TermMatcher/presentThreshold`` of the gloss's content words found).
  static func claimedStems(
    of item: String, in englishStems: Set<String>, _ terms: TermMatcher
  ) -> Set<String> {
    var claimed = Set<String>()
    for word in terms.words(ofChinese: item) {
      for gloss in terms.renderings(of: word) {
        let glossStems = terms.distinctiveStems(ofGloss: gloss)
        guard !glossStems.isEmpty else { continue }
        let matched = englishStems.filter { stem in
          glossStems.contains { TermMatcher.stemsMatch($0, stem) }
        }
        let found = glossStems.filter { terms.contains(matched, $0) }.count
        if Double(found) >= TermMatcher.presentThreshold * Double(glossStems.count) {
          claimed.formUnion(matched)
        }
      }
    }
    return claimed
  }

  /// Whether `item`, a prefix of `span`, is a whole term: a dictionary (or glossary) word, so
  /// the reader did not cut it out of a longer phrase (儿童 of 儿童的权利 is whole; 享受公正和合
  /// of 享受公正和合适的工作条件 is not).
  static func endsAtWordBoundary(_ item: String, of span: String, _ terms: TermMatcher) -> Bool {
    terms.words(ofChinese: item) == [item]
  }

  /// Whether a Chinese item at `offset` lies between two matched items whose English
  /// counterparts keep the order and have no English leftover between them or right next to
  /// them (a leftover next to an anchor may be a paraphrase the matching swapped: 弱势群体、
  /// 脆弱群体 against "disadvantaged, vulnerable groups").
  static func isStranded(
    _ offset: Int, anchors: [Anchor], englishOffsets: [Int], englishLeftovers: [Int],
    chineseOffsets: [Int] = [], chineseLeftovers: Set<Int> = [], innerLeftovers: [Int] = []
  ) -> Bool {
    guard let before = anchors.filter({ $0.zh < offset }).max(by: { $0.zh < $1.zh }),
      let after = anchors.filter({ $0.zh > offset }).min(by: { $0.zh < $1.zh }),
      before.en < after.en
    else { return false }
    let positions = Set(englishOffsets).sorted()
    let zhPositions = Set(chineseOffsets).sorted()
    // Beyond an anchor, a Chinese leftover of its own claims the English leftover there
    // (肤色 for "colour" beyond 性别 ↔ "sex"): no swap to allow for.
    let claimedBefore = zhPositions.last { $0 < before.zh }.map(chineseLeftovers.contains) ?? false
    let claimedAfter = zhPositions.first { $0 > after.zh }.map(chineseLeftovers.contains) ?? false
    let outerBefore =
      before.isItem && !claimedBefore ? positions.last { $0 < before.en } ?? before.en : before.en
    let outerAfter =
      after.isItem && !claimedAfter ? positions.first { $0 > after.en } ?? after.en : after.en
    // An item starting at (or a space before) an anchor's word is that anchor's own item.
    return !englishLeftovers.contains {
      $0 >= outerBefore && $0 <= outerAfter && abs($0 - before.en) > 1 && abs($0 - after.en) > 1
    } && !innerLeftovers.contains { $0 > before.en + 1 && $0 < after.en - 1 }
  }

  /// The whole last part of each Chinese series whose last item the reader shortened, by that
  /// item's offset: up to the tail, or to the end of the clause.
  static func lastItemSpans(_ chinese: [Enumeration], sentence: String) -> [Int: String] {
    let scalars = Array(sentence.unicodeScalars)
    var spans: [Int: String] = [:]
    for enumeration in chinese {
      guard let last = enumeration.items.last, last.offset < scalars.count else { continue }
      // Only a part cut by length, not one that ends at 等 or a conjunction (出生等任何区别).
      let itemEnd = last.offset + last.text.unicodeScalars.count
      guard itemEnd < scalars.count, !"等和及或与與并以、".unicodeScalars.contains(scalars[itemEnd])
      else { continue }
      var end = last.offset
      let limit = min(enumeration.tail?.offset ?? scalars.count, scalars.count)
      while end < limit, !"，。；：,;:！？!?".unicodeScalars.contains(scalars[end]) { end += 1 }
      spans[last.offset] = String(String.UnicodeScalarView(scalars[last.offset..<end]))
    }
    return spans
  }

  /// A Chinese item's place and the place of its English rendering: an English list item, or a
  /// word elsewhere in the sentence.
  struct Anchor {
    var zh: Int
    var en: Int
    var isItem = true
  }

  /// How many Chinese leftovers pair one-to-one with an English leftover in the same place: the
  /// Chinese item lies between two matched items and the English one between their
  /// counterparts, in the same order (便利 between 包容 and 绿色, "accessible" between
  /// "inclusive" and "green").
  static func placedPairs(_ chinese: [Int], _ english: [Int], anchors: [Anchor]) -> Int {
    var used = Set<Int>()
    var pairs = 0
    for offset in chinese {
      guard let before = anchors.filter({ $0.zh < offset }).max(by: { $0.zh < $1.zh }),
        let after = anchors.filter({ $0.zh > offset }).min(by: { $0.zh < $1.zh }),
        before.en < after.en,
        let partner = english.first(where: {
          !used.contains($0) && $0 > before.en && $0 < after.en
        })
      else { continue }
      used.insert(partner)
      pairs += 1
    }
    return pairs
  }

  /// How many Chinese leftovers can pair one-to-one with English leftovers that render part of
  /// them (a gloss word or a character's gloss in common).
  static func evidencedPairs(
    _ chinese: [String], _ english: [Set<String>], terms: TermMatcher
  ) -> Int {
    var usedEnglish = Set<Int>()
    var pairs = 0
    for item in chinese {
      let partner = english.indices.first { index in
        !usedEnglish.contains(index)
          && terms.coverage(ofChinese: item, in: english[index]).score > 0
      }
      if let partner {
        usedEnglish.insert(partner)
        pairs += 1
      }
    }
    return pairs
  }
}
