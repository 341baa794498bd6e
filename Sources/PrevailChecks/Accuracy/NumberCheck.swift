import PrevailLexicon
import PrevailModel

/// Numbers compared by value across scripts (五 = five = 5, 10万 = 100,000, 百分之五 = 5%):
/// a governing number missing from its translation, or a translation number with no source.
public struct NumberCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "numbers",
    title: "Numbers that do not correspond",
    rationale: """
      Quantities, dates, thresholds and counts carry obligations; a changed or dropped number \
      changes what the text requires, whatever script it is written in.
      """,
    category: .mistranslation,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "包容性原则涵盖五个内涵。",
        translation: "The principle of inclusiveness contains five dimensions."),
      CheckExample(
        governing: "到2030年，将孕产妇死亡率降至每10万例活产70例以下。",
        translation: "By 2030, reduce the maternal mortality ratio to less than 70 per 100,000 "
          + "live births."),
      CheckExample(
        governing: "包容性原则涵盖五个内涵。",
        translation: "The principle of inclusiveness contains four dimensions.",
        expected: [missing, unmatched]),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let governingLanguage = context.governingLanguage
    for pair in context.sentencePairs {
      let governingText = pair.text(.governing, language: governingLanguage)
      let translationText = pair.text(.translation, language: governingLanguage.other)
      let governingNumbers = numbers(in: governingText, governingLanguage)
      let translationNumbers = numbers(in: translationText, governingLanguage.other)
      var remaining = translationNumbers
      var missing: [NumberMention] = []
      for number in governingNumbers {
        if let index = remaining.firstIndex(where: { Self.sameValue($0, number) }) {
          remaining.remove(at: index)
        } else {
          missing.append(number)
        }
      }
      let governingExcerpt = context.excerpt(pair.governing, .governing)
      let translationExcerpt = context.excerpt(pair.translation, .translation)
      let translated = translationNumbers.map(\.text).joined(separator: ", ")
      for number in missing {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.missing, category: .mistranslation,
            severity: .major,
            message: "The \(governingLanguage.other.name) translation does not render "
              + "\(number.text) (\(Self.format(number))) of the governing text"
              + (translationNumbers.isEmpty ? "." : "; it has \(translated)."),
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [
              Evidence(
                kind: "number", value: number.text,
                details: ["value \(Self.format(number))", "translation numbers: [\(translated)]"])
            ],
            confidence: 0.8))
      }
      for number in remaining {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.unmatched, category: .mistranslation,
            severity: .minor,
            message: "The \(governingLanguage.other.name) translation has \(number.text) "
              + "(\(Self.format(number))), which the governing text does not have.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [Evidence(kind: "number", value: number.text, details: ["value \(Self.format(number))"])],
            confidence: 0.6))
      }
    }
    return findings
  }

  /// Numbers worth comparing: standalone (not inside IPv6 or G20) and not the ubiquitous 1,
  /// which "a", "an", "one" and 一 make too noisy to compare.
  private func numbers(in text: String, _ language: Language) -> [NumberMention] {
    let mentions =
      language == .zh ? NumberReader.numbers(inChinese: text) : NumberReader.numbers(inEnglish: text)
    let scalars = Array(text.unicodeScalars)
    return mentions.filter { mention in
      if mention.value == 1 && mention.kind != .percent { return false }
      let before = mention.range.lowerBound > 0 ? scalars[mention.range.lowerBound - 1] : nil
      let after = mention.range.upperBound < scalars.count ? scalars[mention.range.upperBound] : nil
      let glued = [before, after].contains { scalar in
        scalar.map { ("A"..."Z").contains($0) || ("a"..."z").contains($0) } ?? false
      }
      return !glued || mention.text.unicodeScalars.contains { $0.value > 0x7F }
    }
  }

  private static func sameValue(_ lhs: NumberMention, _ rhs: NumberMention) -> Bool {
    abs(lhs.value - rhs.value) <= 1e-9 * max(1, abs(lhs.value))
  }

  static func format(_ number: NumberMention) -> String {
    let value = number.value
    let base =
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    return number.kind == .percent ? base + "%" : base
  }

  fileprivate static let missing = "governing-number-missing"
  fileprivate static let unmatched = "translation-number-unmatched"
}
