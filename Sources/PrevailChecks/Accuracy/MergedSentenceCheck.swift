import PrevailLexicon
import PrevailModel

/// A Chinese sentence aligned together with others to fewer English sentences that the English
/// does not render once the other sentences have taken their words: 法律之前人人平等…。人人有权
/// 享受平等保护… against only "All are entitled to equal protection…" loses the first sentence,
/// although every one of its words appears in the English.
public struct MergedSentenceCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "merged-sentence",
    title: "A sentence lost inside a many-to-one alignment",
    rationale: """
      Provisions often repeat their vocabulary (the right to protection, equal protection); \
      when the translation drops one of two such sentences, the aligner pairs both with the one \
      left, and only counting which words render which sentence shows the loss. An English \
      group shorter than the document's length ratio predicts for all its Chinese sentences \
      confirms it.
      """,
    category: .omission,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "人人有权享受平等保护，以免受任何歧视行为之害。法律之前人人平等，并有权享受法律的平等保护。",
        translation: "All are entitled to equal protection against any discrimination. All are "
          + "equal before the law and are entitled to equal protection of the law."),
      CheckExample(
        governing: "人人有权享受平等保护，以免受任何歧视行为之害。法律之前人人平等，并有权享受法律的平等保护。",
        translation: "All are entitled to equal protection against any discrimination.",
        expected: [sentenceOmitted]),
      CheckExample(
        governing: "母亲和儿童有权享受特别照顾和协助。一切儿童都应享受同样的社会保护。",
        translation: "Motherhood and childhood are entitled to special care and assistance, and "
          + "all children shall enjoy the same social protection."),
      CheckExample(
        governing: "任何人的私生活、家庭、住宅和通信不得任意干涉，他的荣誉和名誉不得加以攻击。"
          + "人人有权享受法律保护，以免受这种干涉或攻击。",
        translation: "No one shall be subjected to arbitrary interference with his privacy, "
          + "family, home or correspondence, nor to attacks upon his honour and reputation.",
        expected: [sentenceOmitted]),
      CheckExample(
        governing: "任何人的任何行为或不行为，在其发生时依国家法或国际法均不构成刑事罪者，不得被判为犯有"
          + "刑事罪。刑罚不得重于犯罪时适用的法律规定。",
        translation: "No one shall be held guilty of any penal offence on account of any act or "
          + "omission which did not constitute a penal offence, under national or international "
          + "law, at the time when it was committed.",
        expected: [sentenceOmitted]),
      CheckExample(
        governing: "技术和职业教育应普遍设立。高等教育应根据成绩而对一切人平等开放。",
        translation: "Technical and professional education shall be made generally available and "
          + "higher education shall be equally accessible to all on the basis of merit."),
    ])

  /// A sentence is reported when it has at least this many content words; served last, at most
  /// this share of them is rendered; and none of its own words (those no other sentence of the
  /// group uses; at least two) appears in the English at all.
  static let minimumContentWords = 3
  static let maximumRenderedShare = 0.25
  /// Or, when the English of the group is shorter than the document's length ratio predicts for
  /// all its Chinese sentences: served last, at most a third of its content words is rendered.
  static let maximumRenderedShareWhenShort = 1.0 / 3.0
  /// English characters per Chinese character assumed before a document shows its own ratio,
  /// and how many Chinese characters that assumption weighs.
  static let priorLengthRatio = 3.6
  static let priorWeight = 200.0

  public func findings(in context: CheckContext) -> [Finding] {
    let zhRole: Role = context.governingLanguage == .zh ? .governing : .translation
    let enRole: Role = zhRole == .governing ? .translation : .governing
    let expectedRatio = Self.lengthRatio(context, zhRole: zhRole, enRole: enRole)
    let thinShare = Self.thinShare(
      typical: Self.typicalShare(context, zhRole: zhRole, enRole: enRole))
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      let zhSegments = zhRole == .governing ? pair.governing : pair.translation
      let enSegments = enRole == .governing ? pair.governing : pair.translation
      guard zhSegments.count >= 2, enSegments.count < zhSegments.count else { continue }
      let english = pair.text(enRole, language: .en)
      let shares = SentenceShares(
        chinese: zhSegments.map(\.text), english: english, terms: context.terms)
      let zhLength = zhSegments.reduce(0) { $0 + $1.text.unicodeScalars.count }
      let short =
        Double(english.unicodeScalars.count) < expectedRatio * Double(max(1, zhLength))
      for index in Self.lost(shares.shares, short: short, thin: thinShare) {
        findings.append(
          finding(zhSegments[index], shares.shares[index], zhRole, enSegments, enRole, context))
      }
    }
    return findings
  }

  /// The sentences of a group the English does not render. A sentence whose own words are all
  /// absent is lost. When the English is short for the group, the sentence that renders the
  /// smallest share (a third at most) is lost too, and any other that renders nothing: one
  /// dropped sentence leaves the others their words, so only one is reported when several
  /// look thin.
  static func lost(
    _ shares: [SentenceShares.Share], short: Bool,
    thin thinShare: Double = maximumRenderedShareWhenShort
  ) -> [Int] {
    let eligible = shares.indices.filter { shares[$0].words.count >= minimumContentWords }
    var lost = eligible.filter { index in
      let share = shares[index]
      return share.fraction <= maximumRenderedShare && share.ownWords.count >= 2
        && share.ownRendered == 0
    }
    guard short else { return lost }
    let thin = eligible.filter { shares[$0].fraction <= thinShare + 1e-9 }
    if let thinnest = thin.min(by: { shares[$0].fraction < shares[$1].fraction }) {
      lost.append(thinnest)
    }
    lost += thin.filter { shares[$0].renderedLast == 0 }
    return Array(Set(lost)).sorted()
  }

  /// The share below which a sentence of a short group is thin: a third, or 0.6 of what the
  /// document's 1-1 pairs typically render when that is less (a magazine translated freely
  /// renders far fewer dictionary words than a declaration, so a third is ordinary there).
  static func thinShare(typical: Double?) -> Double {
    guard let typical else { return maximumRenderedShareWhenShort }
    return min(maximumRenderedShareWhenShort, 0.6 * typical)
  }

  /// The median share of content words rendered over the document's 1-1 sentence pairs (nil
  /// with fewer than five such pairs).
  static func typicalShare(_ context: CheckContext, zhRole: Role, enRole: Role) -> Double? {
    let fractions = context.sentencePairs.filter {
      $0.governing.count == 1 && $0.translation.count == 1
    }.compactMap { pair -> Double? in
      let shares = SentenceShares(
        chinese: [pair.text(zhRole, language: .zh)], english: pair.text(enRole, language: .en),
        terms: context.terms)
      guard let share = shares.shares.first, share.words.count >= minimumContentWords else {
        return nil
      }
      return share.fraction
    }.sorted()
    return fractions.count >= 5 ? fractions[fractions.count / 2] : nil
  }

  /// English characters per Chinese character over the document's aligned sentences, pulled
  /// towards ``priorLengthRatio`` when the document is short.
  static func lengthRatio(_ context: CheckContext, zhRole: Role, enRole: Role) -> Double {
    var english = 0
    var chinese = 0
    for pair in context.sentencePairs {
      chinese += pair.text(zhRole, language: .zh).unicodeScalars.count
      english += pair.text(enRole, language: .en).unicodeScalars.count
    }
    return (Double(english) + priorLengthRatio * priorWeight) / (Double(chinese) + priorWeight)
  }

  private func finding(
    _ segment: Segment, _ share: SentenceShares.Share, _ zhRole: Role, _ enSegments: [Segment],
    _ enRole: Role, _ context: CheckContext
  ) -> Finding {
    let governs = zhRole == .governing
    let zhExcerpt = context.excerpt([segment], zhRole)
    let enExcerpt = context.excerpt(enSegments, enRole)
    let message =
      governs
      ? "The English translation does not render this sentence of the governing Chinese text: "
        + "the English words it shares are taken by the sentence aligned with it."
      : "The Chinese translation adds this sentence: the governing English sentence is "
        + "rendered by the Chinese sentence aligned with it."
    return Finding(
      check: Self.descriptor.id, messageID: governs ? Self.sentenceOmitted : Self.sentenceAdded,
      category: governs ? .omission : .addition, severity: .major, message: message,
      governing: governs ? zhExcerpt : enExcerpt, translation: governs ? enExcerpt : zhExcerpt,
      evidence: [
        Evidence(
          kind: "sentence-share", value: segment.text,
          details: [
            "\(share.renderedLast) of \(share.words.count) content words rendered",
            "\(share.ownRendered) of its own words rendered, \(share.ownRenderedLast) once the "
              + "others are served: " + share.ownWords.joined(separator: " "),
            share.words.joined(separator: " "),
          ])
      ],
      confidence: 0.6)
  }

  fileprivate static let sentenceOmitted = "merged-sentence-omitted"
  fileprivate static let sentenceAdded = "merged-sentence-added"
}
