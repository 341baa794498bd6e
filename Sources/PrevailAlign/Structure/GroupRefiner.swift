import PrevailLexicon

/// Splits out of a many-to-one bead the sentences that share no words with the other side.
///
/// A sentence aligner would rather merge a dropped sentence into its neighbour's bead than leave
/// it unmatched; but a member of a group none of whose content words are rendered on the other
/// side is an omission (or addition), and the checks must see it as one.
struct GroupRefiner {
  let lexicon: Lexicon?
  /// Below this share of rendered content words, a member is taken out of its group.
  static let minimumEvidence = 0.15
  /// Members with fewer content words than this are too short to judge.
  static let minimumWords = 4

  /// The evidence below which a member is split out for a block whose 1-1 pairs render a
  /// median share `typical` of their content words: `minimumEvidence`, lowered for free
  /// translations (a literary chapter renders far fewer dictionary words than a treaty, so a
  /// share that marks a stray in a treaty is ordinary there).
  static func threshold(typical: Double?) -> Double {
    guard let typical else { return minimumEvidence }
    return min(minimumEvidence, 0.3 * typical)
  }

  /// The share of a Chinese sentence's content words rendered in an English one (nil when it
  /// has too few to judge).
  func share(zh: String, en: String) -> Double? {
    guard let lexicon else { return nil }
    let content = lexicon.segment(zh).filter(\.isInDictionary).map {
      lexicon.englishStems(for: $0.text)
    }.filter { !$0.isEmpty }
    guard content.count >= Self.minimumWords else { return nil }
    let english = Set(EnglishMorphology.words(in: en).filter { !$0.isStopWord }.map(\.stem))
    return Double(content.filter { !$0.isDisjoint(with: english) }.count) / Double(content.count)
  }

  /// Indices of `zh` (or `en`) members to split out, given the other side's texts.
  func strays(zh: [String], en: [String], minimumEvidence: Double = Self.minimumEvidence) -> (
    zh: Set<Int>, en: Set<Int>
  ) {
    guard let lexicon, zh.count + en.count > 2, !zh.isEmpty, !en.isEmpty else { return ([], []) }
    let zhStems = zh.map { text in
      lexicon.segment(text).filter(\.isInDictionary).map { lexicon.englishStems(for: $0.text) }
    }
    let enStems = en.map { text in
      Set(EnglishMorphology.words(in: text).filter { !$0.isStopWord }.map(\.stem))
    }
    var zhStrays = Set<Int>()
    var enStrays = Set<Int>()
    if zh.count > 1 {
      let english = enStems.reduce(into: Set<String>()) { $0.formUnion($1) }
      for (index, words) in zhStems.enumerated() {
        let content = words.filter { !$0.isEmpty }
        guard content.count >= Self.minimumWords else { continue }
        let rendered = content.filter { !$0.isDisjoint(with: english) }.count
        if Double(rendered) / Double(content.count) < minimumEvidence { zhStrays.insert(index) }
      }
      if zhStrays.count == zh.count { zhStrays = [] }
    }
    if en.count > 1 {
      let chinese = zhStems.flatMap { $0 }.reduce(into: Set<String>()) { $0.formUnion($1) }
      for (index, words) in enStems.enumerated() {
        guard words.count >= Self.minimumWords else { continue }
        let rendered = words.filter { chinese.contains($0) }.count
        if Double(rendered) / Double(words.count) < minimumEvidence { enStrays.insert(index) }
      }
      if enStrays.count == en.count { enStrays = [] }
    }
    return (zhStrays, enStrays)
  }
}
