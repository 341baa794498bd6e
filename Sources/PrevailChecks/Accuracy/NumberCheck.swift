import PrevailLexicon
import PrevailModel

/// Numbers compared by value across scripts (五 = five = 5, 10万 = 100,000, 百分之五 = 5%,
/// 三分之二 = two thirds, 民國八十年 = 1991): a governing number missing from its translation, a
/// translation number with no source, a bound that flips (至少 5 against "under 5"), and
/// numbered-list labels (17.6, 3.b) that differ.
public struct NumberCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "numbers",
    title: "Numbers that do not correspond",
    rationale: """
      Quantities, dates, thresholds and counts carry obligations; a changed or dropped number, \
      or a floor turned into a ceiling, changes what the text requires, whatever script it is \
      written in.
      """,
    category: .mistranslation,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "20世纪60年代末，这些300MHz以下的雷达频带在第二次世界大战期间出现。",
        translation:
          "In the late 1960s, these radar bands below 300MHz appeared during World War II."),
      CheckExample(
        governing: "罗小四问队长可见过王二。",
        translation: "Luo Xiaosi asked the team leader whether he had seen Wang Er."),
      CheckExample(
        governing: "1996年5月，该网站的访问量达到25，000人次。",
        translation: "In May 1996, the site had 25,000 visits."),
      CheckExample(
        governing: "十几种新药将会研制出来。",
        translation: "Dozens of new drugs will be developed."),
      CheckExample(
        governing: "包容性原则涵盖五个内涵。",
        translation: "The principle of inclusiveness contains five dimensions."),
      CheckExample(
        governing: "到2030年，将孕产妇死亡率降至每10万例活产70例以下。",
        translation: "By 2030, reduce the maternal mortality ratio to less than 70 per 100,000 "
          + "live births."),
      CheckExample(
        governing: "13.a 到2020年每年从各种渠道共同筹集1000亿美元。",
        translation: "13.a Jointly mobilize $100 billion annually by 2020 from all sources."),
      CheckExample(
        governing: "17.6 加强南北、南南、三方区域合作，保护陆地生态系统。",
        translation: "17.6 Enhance North-South, South-South and triangular regional cooperation "
          + "and protect terrestrial ecosystems."),
      CheckExample(
        governing: "将过早死亡减少三分之二，增加百分之五。",
        translation: "Reduce premature mortality by two thirds and increase it by 5%."),
      CheckExample(
        governing: "包容性原则涵盖五个内涵。",
        translation: "The principle of inclusiveness contains four dimensions.",
        expected: [missing, unmatched]),
      CheckExample(
        governing: "每个缔约方提交的报告不少于5份。",
        translation: "Each party shall submit no more than 5 reports.",
        expected: [boundFlipped]),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let governingLanguage = context.governingLanguage
    let reader = NumberMentions(lexicon: context.lexicon)
    for pair in context.sentencePairs {
      let governingText = pair.governingText
      let translationText = pair.translationText
      let governingExcerpt = pair.governingExcerpt
      let translationExcerpt = pair.translationExcerpt
      // Labels of numbered items are names, compared as labels and only when both have one.
      var governingLabelLength = 0
      var translationLabelLength = 0
      if let governingLabel = LeadingLabel(governingText),
        let translationLabel = LeadingLabel(translationText)
      {
        governingLabelLength = governingLabel.length
        translationLabelLength = translationLabel.length
        if governingLabel.value != translationLabel.value {
          findings.append(
            Finding(
              // A numbered item's label is how it is cited ("target 1.2"): a different label
              // misdirects every reference to it.
              check: Self.descriptor.id, messageID: Self.labelMismatch, category: .mistranslation,
              severity: .major,
              message: "The \(governingLanguage.other.name) translation numbers this item "
                + "\(translationLabel.value); the governing text numbers it "
                + "\(governingLabel.value).",
              governing: governingExcerpt, translation: translationExcerpt,
              evidence: [
                Evidence(
                  kind: "label", value: governingLabel.value,
                  details: ["translation label \(translationLabel.value)"])
              ],
              confidence: 0.7))
        }
      }
      let governingNumbers = reader.read(
        governingText, governingLanguage, labelLength: governingLabelLength)
      let translationNumbers = reader.read(
        translationText, governingLanguage.other, labelLength: translationLabelLength)
      let matching = NumberMatching(governing: governingNumbers, translation: translationNumbers)
      let translated = translationNumbers.filter { !$0.weak }.map(\.mention.text)
        .joined(separator: ", ")
      for number in matching.missing {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.missing, category: .mistranslation,
            severity: .major,
            message: "The \(governingLanguage.other.name) translation does not render "
              + "\(number.mention.text) (\(Self.format(number.mention))) of the governing text"
              + (translated.isEmpty ? "." : "; it has \(translated)."),
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "number", value: number.mention.text,
                details: [
                  "value \(Self.format(number.mention))", "translation numbers: [\(translated)]",
                ])
            ],
            confidence: 0.8))
      }
      for number in matching.unmatched {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.unmatched, category: .mistranslation,
            severity: .minor,
            message: "The \(governingLanguage.other.name) translation has \(number.mention.text) "
              + "(\(Self.format(number.mention))), which the governing text does not have.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "number", value: number.mention.text,
                details: ["value \(Self.format(number.mention))"])
            ],
            confidence: 0.6))
      }
      for (governing, translation) in matching.pairs {
        guard let governingBound = governing.bound, let translationBound = translation.bound,
          governingBound != translationBound
        else { continue }
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.boundFlipped, category: .mistranslation,
            severity: .major,
            message: "The governing text sets \(Self.describe(governingBound)) of "
              + "\(Self.format(governing.mention)) (\(governing.mention.text)); the "
              + "\(governingLanguage.other.name) translation makes it "
              + "\(Self.describe(translationBound)) (\(translation.mention.text)).",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "bound", value: governing.mention.text,
                details: [
                  "governing: \(governingBound.rawValue) bound \(Self.format(governing.mention))",
                  "translation: \(translationBound.rawValue) bound "
                    + Self.format(translation.mention),
                ])
            ],
            confidence: 0.75))
      }
    }
    return findings
  }

  private static func describe(_ bound: ComparedNumber.Bound) -> String {
    bound == .lower ? "a floor" : "a ceiling"
  }

  static func format(_ number: NumberMention) -> String {
    let value = number.value
    let base =
      value == value.rounded() && abs(value) < 1e15
      ? String(Int64(value)) : String((value * 10_000).rounded() / 10_000)
    return number.kind == .percent ? base + "%" : base
  }

  fileprivate static let missing = "governing-number-missing"
  fileprivate static let unmatched = "translation-number-unmatched"
  fileprivate static let boundFlipped = "number-bound-flipped"
  fileprivate static let labelMismatch = "item-label-mismatch"
}

/// One-to-one matching of governing and translation numbers by value: required numbers first,
/// then weak ones (inside words, or implied by "triangular") where they fit.
struct NumberMatching {
  var pairs: [(ComparedNumber, ComparedNumber)] = []
  var missing: [ComparedNumber] = []
  var unmatched: [ComparedNumber] = []

  init(governing: [ComparedNumber], translation: [ComparedNumber]) {
    var used = Set<Int>()
    var leftGoverning: [ComparedNumber] = []
    // Strong against strong first, then anything against what is left.
    for pass in 0..<2 {
      let candidates = pass == 0 ? governing.filter { !$0.weak } : leftGoverning
      leftGoverning = pass == 0 ? governing.filter(\.weak) : []
      for number in candidates {
        let index = translation.indices.first { index in
          !used.contains(index) && (pass == 1 || !translation[index].weak)
            && Self.sameValue(translation[index].mention, number.mention)
        }
        if let index {
          used.insert(index)
          pairs.append((number, translation[index]))
        } else if pass == 0 {
          leftGoverning.append(number)
        } else if !number.weak {
          missing.append(number)
        }
      }
    }
    unmatched = translation.indices.filter { !used.contains($0) && !translation[$0].weak }.map {
      translation[$0]
    }
  }

  static func sameValue(_ lhs: NumberMention, _ rhs: NumberMention) -> Bool {
    abs(lhs.value - rhs.value) <= 1e-9 * max(1, abs(lhs.value))
  }
}
