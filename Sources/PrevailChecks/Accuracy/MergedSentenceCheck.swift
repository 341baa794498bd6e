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
      left, and only counting which words render which sentence shows the loss.
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
    ])

  /// A sentence is reported when it has at least this many content words; served last, at most
  /// this share of them is rendered; and none of its own words (those no other sentence of the
  /// group uses; at least two) appears in the English at all.
  static let minimumContentWords = 3
  static let maximumRenderedShare = 0.25

  public func findings(in context: CheckContext) -> [Finding] {
    let zhRole: Role = context.governingLanguage == .zh ? .governing : .translation
    let enRole: Role = zhRole == .governing ? .translation : .governing
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      let zhSegments = zhRole == .governing ? pair.governing : pair.translation
      let enSegments = enRole == .governing ? pair.governing : pair.translation
      guard zhSegments.count >= 2, enSegments.count < zhSegments.count else { continue }
      let shares = SentenceShares(
        chinese: zhSegments.map(\.text), english: pair.text(enRole, language: .en),
        terms: context.terms)
      for (segment, share) in zip(zhSegments, shares.shares)
      where share.words.count >= Self.minimumContentWords
        && share.fraction <= Self.maximumRenderedShare && share.ownWords.count >= 2
        && share.ownRendered == 0
      {
        findings.append(
          finding(segment, share, zhRole, enSegments, enRole, context))
      }
    }
    return findings
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
            "\(share.ownRendered) of its own words rendered: "
              + share.ownWords.joined(separator: " "),
            share.words.joined(separator: " "),
          ])
      ],
      confidence: 0.6)
  }

  fileprivate static let sentenceOmitted = "merged-sentence-omitted"
  fileprivate static let sentenceAdded = "merged-sentence-added"
}
