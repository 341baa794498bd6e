import Foundation
import PrevailLexicon
import PrevailModel

/// Phrases of an aligned sentence that the other version does not render: a governing object,
/// qualifier or conjunct gone from the translation (解决个人和社会所面临风险 becomes "dispute
/// resolution"; 框架与落实机制 becomes "frameworks"), or translation content with no source in
/// the governing sentence (an added commitment). Only what the dictionary can vouch for counts,
/// and words translations routinely add or drop do not.
public struct UnrenderedPhraseCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "unrendered-phrases",
    title: "Phrases with no counterpart in the other version",
    rationale: """
      A sentence can be present in both versions and still lose what it is about: the risk a \
      mechanism addresses, one of two things to establish, a commitment the translation made up. \
      Whole runs of content words with no dictionary rendering on the other side are where that \
      happens; a dropped conjunct next to a rendered one, or a run of several content words, \
      changes what the text commits to.
      """,
    category: .omission,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "各国应制定国家战略与行动计划。",
        translation: "States should develop national strategies.",
        expected: [phraseOmitted]),
      CheckExample(
        governing: "各国应制定国家战略与行动计划。",
        translation: "States should develop national strategies and action plans."),
      CheckExample(
        governing: "平台应建立处理用户和公众所面临风险的机制。",
        translation: "Platforms should establish complaint mechanisms.",
        expected: [phraseOmitted]),
      CheckExample(
        governing: "平台应建立处理用户和公众所面临风险的机制。",
        translation: "Platforms should establish mechanisms to handle the risks that users and "
          + "the public face."),
      CheckExample(
        governing: "学校应预防虚假信息和误导性信息的传播。",
        translation: "Schools should prevent the spread of discrimination and misleading content.",
        expected: [phraseReplaced]),
      CheckExample(
        governing: "各国应建立数据保护框架。",
        translation: "All nations should establish data protection frameworks, draft practical "
          + "guides on engineering ethics and train inspectors.",
        expected: [phraseAdded]),
      CheckExample(
        governing: "推动人工智能伦理准则的制定。",
        translation: "Promote the formulation of AI ethics guidelines."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    let zhRole: Role = context.governingLanguage == .zh ? .governing : .translation
    let coverage = PhraseCoverage(
      terms: context.terms,
      associations: DocumentAssociations(
        context.sentencePairs, zhRole: zhRole, terms: context.terms))
    let enRole: Role = zhRole == .governing ? .translation : .governing
    let sentences = context.sentencePairs.map { pair in
      let zhText = pair.text(zhRole, language: .zh)
      let enText = pair.text(enRole, language: .en)
      let zh = coverage.chinese(zhText, english: enText)
      let en = coverage.english(enText, chinese: zhText)
      return zhRole == .governing ? (pair, zh, en) : (pair, en, zh)
    }
    let thresholds = Thresholds(uncoveredShare: Self.share(sentences.map(\.1)))
    var findings: [Finding] = []
    for (pair, governing, translation) in sentences {
      // Findings of this pair start here (a clause is reported only if nothing else of its
      // pair was).
      let pairStart = findings.count
      // Series items are the list check's to judge.
      for phrase in governing.phrases where !phrase.inSeries {
        // A governing conjunct dropped where the translation has a conjunct of its own with
        // no source (虚假信息和误导性信息 against "discrimination and misleading content") was
        // replaced, not only dropped.
        let replacement = translation.phrases.first { candidate in
          guard let mine = phrase.partner, let theirs = candidate.partner else { return false }
          let (chinese, english) = zhRole == .governing ? (mine, theirs) : (theirs, mine)
          return context.terms.coverage(
            ofChinese: chinese, in: context.terms.stems(ofEnglish: english)
          ).score >= TermMatcher.presentThreshold
        }
        // A conjunct in the translation's same slot may be a free rendering (人身安全 against
        // "security") as well as a substitution: minor unless the run is long enough on its own.
        let severity =
          replacement == nil
          ? thresholds.omission(phrase)
          : phrase.weight >= thresholds.majorRun ? .major : phrase.weight >= 2 ? .minor : nil
        guard let severity else { continue }
        findings.append(
          finding(
            phrase, severity, .governing, pair, context, thresholds, replacedBy: replacement))
      }
      // A clause most of whose content is gone, though no single run is long (a series of
      // four oversight areas none of which is rendered, with a word of each claimed elsewhere).
      for clause in governing.clauses where thresholds.clauseOmitted(clause) {
        guard findings.count == pairStart else { continue }
        findings.append(finding(clause, .major, .governing, pair, context, thresholds))
      }
      // A pair where both sides carry much content the other lacks was rewritten, not
      // paraphrased: a shorter unsourced clause is then an addition in its own right.
      let rewritten =
        governing.uncovered >= 2 * thresholds.majorRun
        && translation.uncovered >= 2 * thresholds.majorRun
      for phrase in translation.clauses {
        guard let severity = thresholds.addition(phrase, rewritten: rewritten) else { continue }
        findings.append(finding(phrase, severity, .translation, pair, context, thresholds))
      }
    }
    return findings
  }

  /// The share of the governing content weight that the translation does not render,
  /// smoothed toward a close translation's share (a fifth, as in UN texts) by 200 words of
  /// prior evidence, so that a short document is not judged on a handful of words.
  private static func share(_ sentences: [SentenceCoverage]) -> Double {
    let content = sentences.reduce(0) { $0 + $1.content }
    let uncovered = sentences.reduce(0) { $0 + $1.uncovered }
    return (Double(uncovered) + 0.2 * 200) / (Double(content) + 200)
  }

  /// How long an uncovered run must be to report, set by how freely the document translates:
  /// if a share `p` of governing content is uncovered anyway (paraphrase, dictionary gaps), a
  /// run of `n` such words turns up by chance about `p^n` of the time, so a free translation
  /// needs longer runs than a close one before a run means something is gone.
  struct Thresholds {
    /// Runs this long are major omissions; two less, minor.
    var majorRun: Int
    /// Whether a dropped conjunct that ends its clause is major (close translations only).
    var conjunctIsMajor: Bool
    /// The document's uncovered share the thresholds were set from.
    var uncoveredShare: Double

    init(uncoveredShare: Double) {
      self.uncoveredShare = uncoveredShare
      let share = min(max(uncoveredShare, 0.05), 0.9)
      // p^n ≤ 0.002: one chance run in several hundred content words.
      majorRun = max(4, Int((log(0.002) / log(share)).rounded(.up)))
      conjunctIsMajor = share <= 0.3
    }

    /// Major for a dropped conjunct that ends its clause (an object of two) or a long run;
    /// minor for a run one shorter; nothing for shorter runs.
    func omission(_ phrase: UncoveredPhrase) -> Severity? {
      if phrase.isConjunct && phrase.endsClause && phrase.weight >= 2 {
        return conjunctIsMajor ? .major : .minor
      }
      if phrase.weight >= majorRun { return .major }
      return phrase.weight >= majorRun - 1 ? .minor : nil
    }

    /// Whether a governing clause has lost most of its content: at least twice a major run of
    /// uncovered weight, and more than half of the clause.
    func clauseOmitted(_ clause: UncoveredPhrase) -> Bool {
      clause.weight >= 2 * majorRun && clause.weight * 2 > clause.clauseContent
    }

    /// Major for a clause of the translation that is mostly unsourced and has as many unsourced
    /// words as a major omission run (an added commitment); minor for one fewer. The words of
    /// a clause count together: additions interleave with rendered words ("develop the
    /// practical guides of AI ethics").
    func addition(_ clause: UncoveredPhrase, rewritten: Bool = false) -> Severity? {
      guard clause.weight >= majorRun - 1, clause.weight * 2 >= clause.clauseContent else {
        return nil
      }
      return clause.weight >= majorRun - (rewritten ? 1 : 0) ? .major : .minor
    }
  }

  private func finding(
    _ phrase: UncoveredPhrase, _ severity: Severity, _ role: Role, _ pair: SentencePair,
    _ context: CheckContext, _ thresholds: Thresholds,
    replacedBy replacement: UncoveredPhrase? = nil
  ) -> Finding {
    let governs = role == .governing
    let language = context.document.version(role).language
    let segments = governs ? pair.governing : pair.translation
    let positioned =
      context.excerpt(segments, role, at: phrase.offset)
      ?? (governs ? pair.governingExcerpt : pair.translationExcerpt)
    let glosses =
      language == .zh
      ? phrase.words.map { word in
        "\(word): " + context.terms.renderings(of: word).prefix(3).joined(separator: "; ")
      } : phrase.words
    let quoted = language == .zh ? phrase.text : "“\(phrase.text)”"
    let other = context.document.version(role == .governing ? .translation : .governing)
    let replaced = replacement.map { language == .zh ? "“\($0.text)”" : $0.text }
    let message =
      governs
      ? "The \(other.language.name) translation does not render \(quoted) of the governing "
        + "text"
        + (replaced.map { "; it has \($0) in its place." }
          ?? (phrase.isConjunct ? ", one of the things the governing text joins." : "."))
      : "The \(language.name) translation adds \(quoted), which has no source in the governing "
        + "sentence."
    return Finding(
      check: Self.descriptor.id,
      messageID: replacement != nil
        ? Self.phraseReplaced : governs ? Self.phraseOmitted : Self.phraseAdded,
      category: replacement != nil ? .mistranslation : governs ? .omission : .addition,
      severity: severity, message: message,
      governing: governs ? positioned : pair.governingExcerpt,
      translation: governs ? pair.translationExcerpt : positioned,
      evidence: (replacement.map { [Evidence(kind: "replaced-by", value: $0.text)] } ?? []) + [
        Evidence(
          kind: governs ? "unrendered-phrase" : "unsourced-phrase", value: phrase.text,
          details: glosses),
        Evidence(
          kind: governs ? "translation-text" : "governing-text",
          value: governs ? pair.translationText : pair.governingText),
        Evidence(
          kind: "document-calibration",
          value: "major from \(thresholds.majorRun) uncovered words in a row",
          details: [
            "\(Int((thresholds.uncoveredShare * 100).rounded()))% of the governing content has "
              + "no dictionary rendering in this document"
          ]),
      ],
      confidence: severity == .major ? 0.6 : 0.45)
  }

  fileprivate static let phraseOmitted = "phrase-omitted"
  fileprivate static let phraseAdded = "phrase-added"
  fileprivate static let phraseReplaced = "phrase-replaced"
}
