import PrevailLexicon
import PrevailModel

/// Items of an enumeration present in one version only, in any order and through paraphrase:
/// 妇女、老人、儿童 against "women, children" loses 老人 (the elderly); 妇女、残疾人、老年人
/// against "women, the elderly, people with disabilities" loses nothing.
public struct ListItemCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "list-items",
    title: "Enumeration items present in one version only",
    rationale: """
      Lists of protected groups, rights, sectors or obligations are where a translation most \
      often drops or adds an item without anyone noticing; each item changes whom a text covers.
      """,
    category: .omission,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "重视妇女、老人、儿童、残疾人、难民和有具体需求人士享受数字技术平等权利问题。",
        translation: "Attention should be paid to the equal rights of women, children, persons "
          + "with disabilities, refugees and persons with specific needs to digital technology.",
        expected: [itemOmitted]),
      CheckExample(
        governing: "鼓励和支持妇女、残疾人、老年人等各类弱势人群平等参与互联网治理。",
        translation: "Encourage vulnerable groups such as women, the elderly, people with "
          + "disabilities, to equally participate in Internet governance."),
      CheckExample(
        governing: "人人享有这些权利，不分种族、肤色、性别、语言、宗教、出生等任何区别。",
        translation: "Everyone has these rights without any distinction of race, sex, language, "
          + "religion or birth.",
        expected: [itemOmitted]),
      CheckExample(
        governing: "提高抵御气候灾害的韧性和适应能力。",
        translation: "Strengthen resilience and adaptive capacity to climate-related hazards."),
      CheckExample(
        governing: "保护妇女、儿童的权利。",
        translation: "Protect the rights of women, children, refugees and migrants.",
        expected: [itemAdded, itemAdded]),
      // A tail no item matched claims the English leftover beyond the last anchor ("other lack
      // of livelihood"), so an item dropped before it is found.
      CheckExample(
        governing: "人人在遭到失业、疾病、残废、守寡、衰老或在其他不能控制的情况下丧失谋生能力时，有权享受保障。",
        translation: "Everyone has the right to security in the event of unemployment, sickness, "
          + "disability, widowhood, old age or other loss of livelihood."),
      CheckExample(
        governing: "人人在遭到失业、疾病、残废、守寡、衰老或在其他不能控制的情况下丧失谋生能力时，有权享受保障。",
        translation: "Everyone has the right to security in the event of unemployment, sickness, "
          + "disability, old age or other loss of livelihood.",
        expected: [itemOmitted]),
      // Between two matched items, an English leftover is the missing item's place even when
      // another word (发展中国家) renders its stem.
      CheckExample(
        governing: "大幅增加发展中国家卫生工作者的招聘、培养、培训和管理。",
        translation: "Substantially increase the recruitment, development, training and "
          + "management of the health workforce in developing countries."),
      CheckExample(
        governing: "大幅增加发展中国家卫生工作者的招聘、培养、培训和管理。",
        translation: "Substantially increase the recruitment, training and management of the "
          + "health workforce in developing countries.",
        expected: [itemOmitted]),
      // A second Chinese series the English words as prose does not widen the gap of the first.
      CheckExample(
        governing: "取消助长非法、未报告和无管制捕捞活动的补贴，给予发展中国家合理、有效的特殊待遇。",
        translation: "Eliminate subsidies that contribute to illegal, unreported and unregulated "
          + "fishing, with appropriate and effective special treatment for developing countries."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    let reader = EnumerationReader(lexicon: context.lexicon)
    let governingLanguage = context.governingLanguage
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      let zhRole: Role = governingLanguage == .zh ? .governing : .translation
      let zhText = pair.text(zhRole, language: .zh)
      let enText = pair.text(zhRole == .governing ? .translation : .governing, language: .en)
      let enStems = context.terms.stems(ofEnglish: enText)
      let chinese = reader.chinese(zhText)
      guard !chinese.isEmpty else { continue }
      let english = reader.english(enText)
      let matching = ItemMatching(
        chinese: chinese, english: english, englishSentenceStems: enStems, terms: context.terms,
        englishSentence: enText, chineseSentence: zhText)
      for item in matching.unmatchedChinese {
        guard let enumeration = chinese.first(where: { $0.items.contains(item) }) else { continue }
        let score = context.terms.coverage(ofChinese: item.text, in: enStems).score
        findings.append(zhItemFinding(item, enumeration, score, pair, zhRole, enText, context))
      }
      // English items with no source word anywhere in the Chinese sentence.
      let zhStems = context.terms.renderableStems(ofChinese: zhText)
      for item in matching.unmatchedEnglish {
        let itemStems = context.terms.stems(ofEnglish: item.text)
        guard !itemStems.isEmpty,
          !itemStems.contains(where: { context.terms.contains(zhStems, $0) }),
          let enumeration = english.first(where: { $0.items.contains(item) })
        else { continue }
        findings.append(enItemFinding(item, enumeration, pair, zhRole, zhText, context))
      }
    }
    return findings
  }

  private func zhItemFinding(
    _ item: Enumeration.Item, _ enumeration: Enumeration, _ score: Double, _ pair: SentencePair,
    _ zhRole: Role, _ enText: String, _ context: CheckContext
  ) -> Finding {
    let glosses = context.terms.evidenceGlosses(of: item.text)
    let gloss = glosses.first.map { " (\($0))" } ?? ""
    let governs = zhRole == .governing
    let message =
      governs
      ? "The English translation omits \(item.text)\(gloss) from the list "
        + "\(enumeration.written(.zh)) in the governing Chinese text."
      : "The Chinese translation adds \(item.text)\(gloss), which is not in the governing "
        + "English list."
    let zhSegments = zhRole == .governing ? pair.governing : pair.translation
    let zhExcerpt = context.excerpt(zhSegments, zhRole, at: item.offset)
    let enExcerpt = context.excerpt(
      zhRole == .governing ? pair.translation : pair.governing,
      zhRole == .governing ? .translation : .governing)
    return Finding(
      check: Self.descriptor.id, messageID: governs ? Self.itemOmitted : Self.itemAdded,
      category: governs ? .omission : .addition, severity: .major, message: message,
      governing: governs ? zhExcerpt : enExcerpt, translation: governs ? enExcerpt : zhExcerpt,
      evidence: [
        Evidence(kind: governs ? "missing-item" : "added-item", value: item.text, details: glosses),
        Evidence(
          kind: "chinese-list", value: enumeration.written(.zh),
          details: enumeration.items.map(\.text)),
        Evidence(
          kind: "english-text", value: enText,
          details: ["best gloss coverage \(Int((score * 100).rounded()))%"]),
      ],
      confidence: score == 0 ? 0.85 : 0.75)
  }

  private func enItemFinding(
    _ item: Enumeration.Item, _ enumeration: Enumeration, _ pair: SentencePair, _ zhRole: Role,
    _ zhText: String, _ context: CheckContext
  ) -> Finding {
    let governs = zhRole != .governing  // English governs
    let enRole: Role = zhRole == .governing ? .translation : .governing
    let enSegments = enRole == .governing ? pair.governing : pair.translation
    let enExcerpt = context.excerpt(enSegments, enRole, at: item.offset)
    let zhExcerpt = context.excerpt(
      zhRole == .governing ? pair.governing : pair.translation, zhRole)
    let message =
      governs
      ? "The Chinese translation omits \"\(item.text)\" from the list "
        + "\"\(enumeration.written(.en))\" in the governing English text."
      : "The English translation adds \"\(item.text)\" to the list \"\(enumeration.written(.en))\"; "
        + "the governing Chinese sentence has no such item."
    return Finding(
      check: Self.descriptor.id, messageID: governs ? Self.itemOmitted : Self.itemAdded,
      category: governs ? .omission : .addition, severity: governs ? .major : .minor,
      message: message, governing: governs ? enExcerpt : zhExcerpt,
      translation: governs ? zhExcerpt : enExcerpt,
      evidence: [
        Evidence(kind: governs ? "missing-item" : "added-item", value: item.text),
        Evidence(
          kind: "english-list", value: enumeration.written(.en),
          details: enumeration.items.map(\.text)),
        Evidence(kind: "chinese-text", value: zhText),
      ],
      confidence: 0.6)
  }

  fileprivate static let itemOmitted = "list-item-omitted"
  fileprivate static let itemAdded = "list-item-added"
}
