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
    terms: TermMatcher
  ) {
    let zhItems = chinese.flatMap(\.items)
    let zhTails = chinese.compactMap(\.tail)
    let enItems = english.flatMap(\.items)
    let enStems = enItems.map { terms.stems(ofEnglish: $0.text) }
    let all = zhItems + zhTails
    var candidates: [(score: Double, zh: Int, en: Int)] = []
    for (zhIndex, item) in all.enumerated() {
      for (enIndex, stems) in enStems.enumerated() {
        let score = terms.coverage(ofChinese: item.text, in: stems).score
        if score >= TermMatcher.presentThreshold { candidates.append((score, zhIndex, enIndex)) }
      }
    }
    candidates.sort { ($0.score, -$0.zh, -$0.en) > ($1.score, -$1.zh, -$1.en) }
    var usedZh = Set<Int>()
    var usedEn = Set<Int>()
    for candidate in candidates
    where !usedZh.contains(candidate.zh) && !usedEn.contains(candidate.en) {
      usedZh.insert(candidate.zh)
      usedEn.insert(candidate.en)
    }
    // Chinese items rendered somewhere else in the sentence are not missing.
    let leftZh = zhItems.indices.filter { index in
      !usedZh.contains(index)
        && terms.coverage(ofChinese: zhItems[index].text, in: englishSentenceStems).score
          < TermMatcher.presentThreshold
    }
    let leftEn = enItems.indices.filter { !usedEn.contains($0) }
    let paraphrases = min(leftZh.count, leftEn.count)
    // The excess is what has no counterpart: the least rendered Chinese items, in text order.
    if leftZh.count > paraphrases {
      let ranked = leftZh.sorted { lhs, rhs in
        let left = terms.coverage(ofChinese: zhItems[lhs].text, in: englishSentenceStems).score
        let right = terms.coverage(ofChinese: zhItems[rhs].text, in: englishSentenceStems).score
        return (left, lhs) < (right, rhs)
      }
      unmatchedChinese = ranked.prefix(leftZh.count - paraphrases).sorted().map { zhItems[$0] }
    }
    if leftEn.count > paraphrases {
      unmatchedEnglish = leftEn.suffix(leftEn.count - paraphrases).map { enItems[$0] }
    }
  }
}
