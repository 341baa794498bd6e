import PrevailLexicon
import PrevailModel

/// Modal force and polarity compared sentence by sentence: a prohibition of the governing text
/// (不得, shall not) that the translation does not carry, an obligation (应当, 必须, shall)
/// rendered as a permission (may), a permission rendered as an obligation, and a negation
/// dropped or added.
public struct ModalityCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "modality",
    title: "Obligations, prohibitions, permissions and negations that change",
    rationale: """
      Whether a text says shall, may or shall not is what makes it a rule; a prohibition read \
      as a permission, or a lost negation, reverses what the governing text requires.
      """,
    category: .mistranslation,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "你怎么不借给温家兄弟？",
        translation: "You could at least have lent it to the Wen brothers!",
        expected: [negationDropped]),
      CheckExample(
        governing: "命令与制裁的关系同样重要。",
        translation: "The relationship between commands and sanctions is no less important."),
      CheckExample(
        governing: "缔约方不得限制数据跨境流动。",
        translation: "Parties shall not restrict cross-border data flows."),
      CheckExample(
        governing: "各国应加强合作，推动可持续发展，获得可靠的数据。",
        translation: "States should strengthen cooperation, promote sustainable development "
          + "and obtain reliable data."),
      CheckExample(
        governing: "任何人不得使为奴隶或奴役。",
        translation: "No one shall be held in slavery or servitude."),
      CheckExample(
        governing: "人人有权享有生命、自由和人身安全。",
        translation: "Everyone has the right to life, liberty and security of person."),
      CheckExample(
        governing: "不断完善相应的应用。", translation: "Continuously improve the applications."),
      CheckExample(
        governing: "缔约方不得限制数据跨境流动。",
        translation: "Parties may restrict cross-border data flows.",
        expected: [prohibitionLost]),
      CheckExample(
        governing: "各国应当保护个人隐私。", translation: "States may protect personal privacy.",
        expected: [obligationWeakened]),
      CheckExample(
        governing: "收集个人数据不得超出必要范围。",
        translation: "The collection of personal data should not exceed what is necessary.",
        expected: [prohibitionWeakened]),
      CheckExample(
        governing: "各国不应限制数据跨境流动。",
        translation: "States should not restrict cross-border data flows."),
      CheckExample(
        governing: "他们赋有理性和良心，并应以兄弟关系的精神相对待。",
        translation: "They are endowed with reason and conscience and may act towards one "
          + "another in a spirit of brotherhood.",
        expected: [obligationWeakened]),
      CheckExample(
        governing: "任何人不得使为奴隶；奴隶买卖均应予以禁止。",
        translation: "No one shall be held in slavery; the slave trade may be prohibited.",
        expected: [obligationWeakened]),
      CheckExample(
        governing: "初级教育应属义务性质。技术和职业教育应普遍设立。",
        translation: "Elementary education may be compulsory. Technical and professional "
          + "education shall be made generally available.",
        expected: [obligationWeakened]),
      CheckExample(
        governing: "各国应保护隐私，并可以提出意见。",
        translation: "States shall protect privacy and may submit comments."),
      CheckExample(
        governing: "教育的目的在于充分发展人的个性。",
        translation: "Education may be directed to the full development of the human "
          + "personality.",
        expected: [permissionIntroduced]),
      CheckExample(
        governing: "这些措施可能影响贸易。", translation: "These measures may affect trade."),
      CheckExample(
        governing: "各国报告所采取的措施。",
        translation: "States report the measures taken, as may be appropriate."),
      CheckExample(
        governing: "各方可以提出意见。", translation: "All parties shall submit comments.",
        expected: [permissionStrengthened]),
      CheckExample(
        governing: "当事人没有提交证据。", translation: "The party submitted the evidence.",
        expected: [negationDropped]),
      CheckExample(
        governing: "各国公开这些数据。", translation: "States do not publish these data.",
        expected: [negationAdded]),
      CheckExample(
        governing: "任何人不得使为奴隶；一切形式的奴隶买卖均应予以禁止。",
        translation: "Everyone shall be held in slavery; the slave trade shall be prohibited in "
          + "all its forms.",
        expected: [prohibitionLost]),
      CheckExample(
        governing: "任何人的财产不得任意剥夺。",
        translation: "No one may be arbitrarily deprived of his property."),
      CheckExample(
        governing: "人民的意志是政府权力的基础；这一意志应以定期的和真正的选举予以表现。",
        translation: "The will of the people shall be the basis of the authority of government; "
          + "this will shall be expressed in periodic and genuine elections."),
      CheckExample(
        governing: "人民的意志是政府权力的基础；这一意志应以定期的和真正的选举予以表现。",
        translation: "The will of the people may be the basis of the authority of government; "
          + "this will shall be expressed in periodic and genuine elections.",
        expected: [permissionIntroduced]),
      CheckExample(
        governing: "这一意志应以定期的选举予以表现，而选举应依据平等的投票权，并以不记名投票进行。",
        translation: "This will may be expressed in periodic elections which shall be by equal "
          + "suffrage and shall be held by secret vote.",
        expected: [obligationWeakened]),
      CheckExample(
        governing: "人人在行使他的权利和自由时，只受法律所确定的限制。",
        translation: "In the exercise of his rights and freedoms, everyone may be subject only to "
          + "such limitations as are determined by law.",
        expected: [permissionIntroduced]),
      CheckExample(
        governing: "各国可以提出意见，并应报告所采取的措施。",
        translation: "States may submit comments and shall report the measures taken."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    let reader = ModalityReader(lexicon: context.lexicon)
    let governingLanguage = context.governingLanguage
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      let governingText = pair.governingText
      let translationText = pair.translationText
      let governing = reader.profile(governingText, governingLanguage)
      let translation = reader.profile(translationText, governingLanguage.other)
      let other = governingLanguage.other.name
      var found = compare(governing, translation, other: other)
      // Clauses that correspond one to one (as many ；-clauses on each side) are compared
      // too: a prohibition kept in one clause does not excuse one lost in the next.
      let governingClauses = Self.clauses(governingText)
      let translationClauses = Self.clauses(translationText)
      if governingClauses.count > 1 && governingClauses.count == translationClauses.count {
        var clauseFound: [Difference] = []
        for (governingClause, translationClause) in zip(governingClauses, translationClauses) {
          for difference in compare(
            reader.profile(governingClause, governingLanguage),
            reader.profile(translationClause, governingLanguage.other), other: other)
          where !clauseFound.contains(where: { $0.id == difference.id }) {
            clauseFound.append(difference)
          }
        }
        // One "may" is one finding: the clause that holds it says best what it weakens.
        if clauseFound.contains(where: { Self.mayFamily.contains($0.id) }) {
          found.removeAll { Self.mayFamily.contains($0.id) }
        }
        for difference in clauseFound where !found.contains(where: { $0.id == difference.id }) {
          found.append(difference)
        }
      }
      guard !found.isEmpty else { continue }
      // A question turns polarity freely ("怎么不借给他们？" is "You could have lent to them!"):
      // a negation found or lost in one is worth a look, not a flip of what is stated.
      if Self.isQuestion(governingText) || Self.isQuestion(translationText) {
        found = found.map { difference in
          Self.polarityIDs.contains(difference.id)
            ? (difference.id, .minor, difference.message) : difference
        }
      }
      let governingExcerpt = pair.governingExcerpt
      let translationExcerpt = pair.translationExcerpt
      for item in found {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: item.id, category: .mistranslation,
            severity: item.severity, message: item.message, governing: governingExcerpt,
            translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "governing-modality", value: governing.markers.joined(separator: " "),
                details: Self.summary(governing)),
              Evidence(
                kind: "translation-modality", value: translation.markers.joined(separator: " "),
                details: Self.summary(translation)),
            ],
            confidence: item.severity == .critical ? 0.7 : 0.65))
      }
    }
    return findings
  }

  private typealias Difference = (id: String, severity: Severity, message: String)

  /// The differences between a governing and a translation profile.
  private func compare(
    _ governing: ModalityProfile, _ translation: ModalityProfile, other: String
  ) -> [Difference] {
    var found: [Difference] = []
    if governing.prohibition && !translation.broadProhibition {
      found.append(
        (
          Self.prohibitionLost, .critical,
          "The governing text prohibits (\(Self.list(governing, .prohibition))); the \(other) "
            + "translation states no prohibition"
            + (translation.permission ? " and permits instead." : ".")
        ))
    }
    if governing.bindingProhibition && translation.prohibition
      && !translation.bindingProhibition
    {
      found.append(
        (
          Self.prohibitionWeakened, .major,
          "The governing text prohibits in binding terms (\(Self.list(governing, .prohibition))); "
            + "the \(other) translation only advises against it "
            + "(\(Self.list(translation, .prohibition)))."
        ))
    }
    // A copula or "has" may render an obligation ("is entitled to protection" for 应受保护),
    // but not against an explicit modal "may".
    // One of several obligations turned into "may" leaves the others in place: count them.
    let oneTurnedToMay =
      translation.modalPermission && translation.obligationCount < governing.obligationCount
    let rendersObligation =
      !oneTurnedToMay
      && (translation.obligation || translation.firmBroadObligation
        || (translation.broadObligation && !translation.modalPermission))
    // A discretionary "may" where the governing text has obligations and no word of
    // permission or possibility (可, 可以, 得, 能, 有权, 允许, 可能…) weakens one of them,
    // however many other obligations the translation keeps.
    let mayWithoutSource =
      translation.discretionaryMay && !governing.possibility && !governing.permission
    if governing.obligation && !governing.permission
      && (!rendersObligation && translation.permission || mayWithoutSource)
      && !(governing.prohibition && !translation.broadProhibition)
    {
      found.append(
        (
          Self.obligationWeakened, .major,
          "The governing text imposes an obligation (\(Self.list(governing, .obligation))); "
            + "the \(other) translation only permits (\(Self.list(translation, .permission)))."
        ))
    } else if !governing.obligation && !governing.possibility && !governing.broadNegation
      && translation.discretionaryMay && !translation.firmBroadObligation
    {
      // 需要, 要, 确保 (need, ensure) are no more a permission than a plain statement is.
      found.append(
        (
          Self.permissionIntroduced, .major,
          "The governing text states this without any modal (no permission or possibility); "
            + "the \(other) translation makes it discretionary (may)."
        ))
    } else if governing.permission && !governing.obligation && !governing.prohibition
      && translation.obligation && !translation.broadPermission
    {
      found.append(
        (
          Self.permissionStrengthened, .major,
          "The governing text permits (\(Self.list(governing, .permission))); the \(other) "
            + "translation makes it an obligation (\(Self.list(translation, .obligation)))."
        ))
    }
    if governing.negation && !governing.prohibition && !translation.broadNegation {
      found.append(
        (
          Self.negationDropped, .critical,
          "The governing text negates (\(Self.list(governing, .negation))); the \(other) "
            + "translation has no negation and says the opposite."
        ))
    } else if translation.negation && !translation.prohibition && !governing.broadNegation {
      found.append(
        (
          Self.negationAdded, .critical,
          "The \(other) translation negates (\(Self.list(translation, .negation))) what the "
            + "governing text states positively."
        ))
    }
    return found
  }

  /// Parts of a sentence between semicolons.
  static func clauses(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "；" || $0 == ";" }).map(String.init).filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
  }

  private enum Feature { case prohibition, obligation, permission, negation }

  private static func list(_ profile: ModalityProfile, _ feature: Feature) -> String {
    let reader = profile.markers
    let words: [String]
    switch feature {
    case .prohibition:
      words = reader.filter {
        ["不", "禁", "勿", "毋", "not", "n't", "prohibit", "forbid", "…", "cannot"].contains(
          where: $0.contains)
      }
    case .obligation:
      words = reader.filter {
        [
          "应", "應", "须", "須", "必", "需", "义务", "義務", "shall", "must", "should", "ought",
          "required", "obliged",
        ].contains(where: $0.contains)
      }
    case .permission:
      words = reader.filter {
        [
          "可", "得", "权", "權", "允许", "允許", "准", "能", "may", "can", "might", "could",
          "entitled", "permitted", "allowed", "right",
        ].contains(where: $0.contains)
      }
    case .negation:
      words = reader.filter {
        [
          "不", "没", "沒", "未", "无", "無", "非", "not", "no", "never", "without", "nor",
          "neither", "n't",
        ].contains(where: $0.contains)
      }
    }
    return (words.isEmpty ? reader : words).joined(separator: ", ")
  }

  private static func summary(_ profile: ModalityProfile) -> [String] {
    var parts: [String] = []
    if profile.prohibition { parts.append("prohibition") }
    if profile.obligation { parts.append("obligation") }
    if profile.permission { parts.append("permission") }
    if profile.negation { parts.append("negation") }
    return parts.isEmpty ? ["no modal or negation marker"] : parts
  }

  /// Findings about a "may" the governing text does not support.
  private static let mayFamily: Set<String> = [obligationWeakened, permissionIntroduced]

  fileprivate static let prohibitionLost = "prohibition-lost"
  fileprivate static let obligationWeakened = "obligation-weakened"
  fileprivate static let permissionIntroduced = "permission-introduced"
  fileprivate static let prohibitionWeakened = "prohibition-weakened"
  fileprivate static let permissionStrengthened = "permission-strengthened"
  private static let polarityIDs: Set<String> = [negationDropped, negationAdded]

  private static func isQuestion(_ text: String) -> Bool {
    text.contains("?") || text.contains("？")
  }

  fileprivate static let negationDropped = "negation-dropped"
  fileprivate static let negationAdded = "negation-added"
}
