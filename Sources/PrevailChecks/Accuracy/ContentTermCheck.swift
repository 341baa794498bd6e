import PrevailLexicon
import PrevailModel

/// Salient content of the governing sentence with no counterpart in its translation: a quoted
/// title or named process (《仙台减少灾害风险框架》, “一带一路”), a qualifier that narrows what
/// is meant (大规模, 分级, 强制); and quoted translation content with no governing source (an
/// inserted slogan). Only what the dictionary can vouch for is reported, so paraphrase stays
/// quiet.
public struct ContentTermCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "content-terms",
    title: "Named titles and qualifiers with no counterpart",
    rationale: """
      A named instrument, a quoted process or a qualifier such as large-scale or tiered decides \
      what a commitment covers; a translation that drops one widens the commitment, and a slogan \
      it adds speaks without authority.
      """,
    category: .omission,
    defaultSeverity: .minor,
    examples: [
      CheckExample(
        governing: "韦小宝道：“这个我理会得，偷东西给人抓住了，还有好戏唱吗？”",
        translation: "'I know,' said Trinket."),
      CheckExample(
        governing: "根据《仙台减少灾害风险框架》建立全面的灾害风险管理。",
        translation: "Develop holistic disaster risk management in line with the Sendai "
          + "Framework for Disaster Risk Reduction."),
      CheckExample(
        governing: "防范大规模数据泄露风险。",
        translation: "Prevent the risk of large-scale data breaches."),
      CheckExample(
        governing: "根据《仙台减少灾害风险框架》建立全面的灾害风险管理。",
        translation: "Develop holistic disaster risk management at all levels.",
        expected: [titleOmitted]),
      CheckExample(
        governing: "制定规则，保证数据大规模流动的正当性。",
        translation: "Rules should be established to ensure the legitimacy of data flows.",
        expected: [qualifierOmitted]),
      CheckExample(
        governing: "采取分类分级的数据保护思路。",
        translation: "The adoption of a data classification system should be considered.",
        expected: [qualifierOmitted]),
      CheckExample(
        governing: "采取分类分级的数据保护思路。",
        translation: "Adopt an approach of classified and tiered data protection."),
      CheckExample(
        governing: "建立数据分级保护制度。",
        translation: "Establish a data protection system.", expected: [qualifierOmitted]),
      CheckExample(
        governing: "各国应加强合作。",
        translation: "States should strengthen cooperation under the motto “Together for a "
          + "brighter tomorrow”.",
        expected: [quotedAdded]),
    ])

  /// Qualifiers whose loss changes what is covered, with renderings CC-CEDICT may lack.
  static let qualifiers: [String: [String]] = [
    "大规模": ["large-scale", "massive", "mass", "large scale", "wide-scale", "widespread"],
    "分级": ["tiered", "graded", "grading", "classified", "hierarchical", "level", "tier"],
    "分类": ["classified", "categorized", "category", "class", "type", "disaggregat", "by type"],
    "强制": ["mandatory", "compulsory", "forced", "coercive", "obligatory", "enforce"],
    "强制性": ["mandatory", "compulsory", "binding", "obligatory"],
    "自愿": ["voluntary", "voluntarily", "willing"],
    "临时": ["temporary", "interim", "provisional", "ad hoc"],
    "永久": ["permanent", "perpetual", "permanently"],
    "跨境": [
      "cross-border", "cross border", "transborder", "transboundary", "transnational", "border",
    ],
    "非法": ["illegal", "unlawful", "illicit", "illegitimate"],
    "合法": ["lawful", "legal", "legitimate", "legitimately", "lawfully"],
    "重大": ["major", "significant", "serious", "material", "great", "important"],
    "严重": ["serious", "severe", "grave", "gross", "seriously"],
    "公开": ["public", "open", "publicly", "disclose", "transparent"],
    "敏感": ["sensitive"],
    "关键": ["critical", "key", "crucial", "vital"],
    "核心": ["core", "central", "key"],
    "大幅": ["substantial", "significant", "considerabl", "greatly", "sharply", "large"],
  ]

  /// Qualifiers that decide what a commitment covers (large-scale flows only, tiered protection,
  /// mandatory measures, illegal acquisition): losing one widens or changes the obligation. The
  /// others (严重, 关键, 公开…) change emphasis and stay minor.
  static let scopeQualifiers: Set<String> = [
    "大规模", "分级", "分类", "强制", "强制性", "自愿", "临时", "永久", "跨境", "非法", "合法",
  ]

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let governingLanguage = context.governingLanguage
    guard governingLanguage == .zh else { return findings }
    for pair in context.sentencePairs {
      let zhText = pair.text(.governing, language: .zh)
      let enText = pair.text(.translation, language: .en)
      let enStems = context.terms.stems(ofEnglish: enText)
      let lowerEnglish = enText.lowercased()
      let governingExcerpt = pair.governingExcerpt
      let translationExcerpt = pair.translationExcerpt
      // Quotation marks also enclose speech: a quoted span with sentence punctuation inside
      // (韦小宝道：“这个我理会得，…？”) is dialogue, not a named process; 《》 always name.
      let named =
        Self.quoted(zhText, open: ["《"], close: ["》"])
        + Self.quoted(zhText, open: ["“", "「", "『"], close: ["”", "」", "』"]).filter {
          !$0.unicodeScalars.contains { Self.sentencePunctuation.contains($0) }
        }
      for title in named {
        // Words the rest of the sentence also uses (灾害风险 in 灾害风险管理) are no evidence.
        let outside = zhText.replacingOccurrences(of: title, with: "　")
        let words = context.terms.words(ofChinese: title).filter {
          $0.unicodeScalars.count >= 2 && !context.terms.renderings(of: $0).isEmpty
            && !outside.contains($0)
        }
        // Only titles the dictionary can read: at least two glossed words.
        guard words.count >= 2 else { continue }
        let rendered = words.filter {
          context.terms.coverage(ofChinese: $0, in: enStems).score >= TermMatcher.presentThreshold
        }
        guard rendered.isEmpty || rendered.count * 4 < words.count else { continue }
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.titleOmitted, category: .omission,
            severity: .major,
            message: "The \(governingLanguage.other.name) translation does not name "
              + "\(title), which the governing text cites by name.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "quoted-title", value: title,
                details: words.map { word in
                  "\(word): " + context.terms.renderings(of: word).prefix(3).joined(separator: "; ")
                })
            ],
            confidence: rendered.isEmpty ? 0.75 : 0.6))
      }
      let tokens = Set(context.lexicon.segment(zhText).map(\.text))
      for (qualifier, extra) in Self.qualifiers.sorted(by: { $0.key < $1.key })
      where tokens.contains(qualifier) || tokens.contains(Self.traditional(qualifier, context)) {
        // Through a gloss of the qualifier itself: a character's gloss is no evidence here
        // (规 "rule" does not render 大规模 in "Rules should be established").
        let byDictionary =
          !ItemMatching.claimedStems(of: qualifier, in: enStems, context.terms).isEmpty
          && !outranked(
            tokens.contains(qualifier) ? qualifier : Self.traditional(qualifier, context),
            tokens: tokens, english: enText, stems: enStems, context)
        let byList = extra.contains { lowerEnglish.contains($0) }
        guard !byDictionary && !byList else { continue }
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.qualifierOmitted, category: .omission,
            severity: Self.scopeQualifiers.contains(qualifier) ? .major : .minor,
            message: "The \(governingLanguage.other.name) translation does not render the "
              + "qualifier \(qualifier) (\(extra[0])) of the governing text.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "qualifier", value: qualifier,
                details: Array((context.terms.renderings(of: qualifier) + extra).prefix(6)))
            ],
            confidence: 0.55))
      }
      // Quoted English with no source: a slogan or title the governing sentence does not have.
      let zhStems = context.terms.renderableStems(ofChinese: zhText)
      // A governing sentence with no quotation of its own cannot be the source of one: any
      // quoted words not all rendered from it are added. Otherwise the quote must be mostly
      // unsourced (it may render a quoted title loosely).
      let governingQuotes = zhText.unicodeScalars.contains { Self.quotationMarks.contains($0) }
      for quote in Self.quoted(enText, open: ["“", "\""], close: ["”", "\""]) {
        let stems = TermMatcher.distinctive(context.terms.stems(ofEnglish: quote))
        let covered = stems.filter { context.terms.contains(zhStems, $0) }.count
        let unsourced = governingQuotes ? covered * 3 <= stems.count : covered < stems.count
        guard stems.count >= 2, unsourced else { continue }
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.quotedAdded, category: .addition,
            // A quotation presents words as the text's own (a motto, a guiding philosophy):
            // with no governing source, the translation speaks without authority.
            severity: .major,
            message: "The \(governingLanguage.other.name) translation adds “\(quote)”, which "
              + "has no source in the governing sentence.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [Evidence(kind: "added-quote", value: quote, details: [zhText])],
            confidence: 0.6))
      }
    }
    return findings
  }

  /// Whether the English words rendering `word` are fewer than the words of the sentence that
  /// claim them, and every other claimant renders them through an earlier gloss: 分类分级
  /// against one "classification" renders 分类 ("classification", its first gloss), not 分级
  /// ("to grade" first).
  private func outranked(
    _ word: String, tokens: Set<String>, english: String, stems: Set<String>,
    _ context: CheckContext
  ) -> Bool {
    let terms = context.terms
    let claimed = ItemMatching.claimedStems(of: word, in: stems, terms)
    let rivals = tokens.filter { token in
      token != word && token.unicodeScalars.count >= 2 && !token.contains(word)
        && !word.contains(token)
        && !ItemMatching.claimedStems(of: token, in: stems, terms).isDisjoint(with: claimed)
    }
    guard !rivals.isEmpty else { return false }
    let occurrences = EnglishMorphology.words(in: english).filter { english in
      claimed.contains { TermMatcher.stemsMatch($0, english.stem) }
    }.count
    guard occurrences <= rivals.count, let rank = glossRank(word, claimed, terms) else {
      return false
    }
    return rivals.allSatisfy { rival in glossRank(rival, claimed, terms).map { $0 < rank } ?? false
    }
  }

  /// The index of the first gloss of `word` that the stems render.
  private func glossRank(_ word: String, _ stems: Set<String>, _ terms: TermMatcher) -> Int? {
    terms.renderings(of: word).firstIndex { gloss in
      let glossStems = TermMatcher.distinctive(terms.stems(ofEnglish: gloss))
      return !glossStems.isEmpty && glossStems.allSatisfy { terms.contains(stems, $0) }
    }
  }

  private static func traditional(_ word: String, _ context: CheckContext) -> String {
    context.lexicon.entries(for: word).first?.traditional ?? word
  }

  /// Spans between an opening and a closing mark, 2 to 40 characters long.
  static func quoted(_ text: String, open: Set<Character>, close: Set<Character>) -> [String] {
    var result: [String] = []
    var current: String?
    for character in text {
      if var span = current {
        if close.contains(character) {
          let trimmed = span.trimmingCharacters(in: .whitespaces)
          if trimmed.count >= 2 && trimmed.count <= 40 { result.append(trimmed) }
          current = nil
        } else {
          span.append(character)
          current = span
        }
      } else if open.contains(character) {
        current = ""
      }
    }
    return result
  }

  private static let sentencePunctuation: Set<Unicode.Scalar> = [
    "，", "。", "！", "？", "；", "：", "…", ",", "!", "?", ";",
  ]

  private static let quotationMarks: Set<Unicode.Scalar> = [
    "“", "”", "「", "」", "『", "』", "《", "》", "〈", "〉", "\"",
  ]

  fileprivate static let titleOmitted = "quoted-title-omitted"
  fileprivate static let qualifierOmitted = "qualifier-omitted"
  fileprivate static let quotedAdded = "quoted-text-added"
}
