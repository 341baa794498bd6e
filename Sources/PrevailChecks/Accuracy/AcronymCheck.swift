import PrevailLexicon
import PrevailModel

/// Acronyms and Latin-script names of the governing text (IPv6, IGF) that the translation does
/// not carry, spelled out ("Internet Governance Forum" for IGF) or as they are; and acronyms with
/// digits that the translation adds.
public struct AcronymCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "acronyms",
    title: "Acronyms and names that do not correspond",
    rationale: """
      Standards, bodies and instruments named by acronym (IPv6, ICANN, GDC) identify exactly what \
      a commitment is about; a lost or altered one changes the reference.
      """,
    category: .mistranslation,
    defaultSeverity: .minor,
    examples: [
      CheckExample(
        governing: "支持IPv6加快部署。", translation: "The deployment of IPv6 should be accelerated."),
      CheckExample(
        governing: "类似于联合国互联网治理论坛（IGF）。",
        translation: "Similar to the Internet Governance Forum."),
      CheckExample(
        governing: "支持IPv6加快部署。", translation: "The deployment of IPv4 should be accelerated.",
        expected: [missing, added]),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let governingLanguage = context.governingLanguage
    for pair in context.sentencePairs {
      let governingText = pair.governingText
      let translationText = pair.translationText
      let governingAcronyms = Set(NumberReader.acronyms(in: governingText))
      let translationAcronyms = Set(NumberReader.acronyms(in: translationText))
      let initials = Self.initials(of: translationText)
      let governingExcerpt = pair.governingExcerpt
      let translationExcerpt = pair.translationExcerpt
      for acronym in governingAcronyms.sorted()
      where !translationAcronyms.contains(acronym) && !initials.contains(acronym.uppercased())
        && !translationText.contains(acronym)
      {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.missing, category: .mistranslation,
            severity: .minor,
            message: "The \(governingLanguage.other.name) translation does not carry \(acronym), "
              + "named in the governing text.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [Evidence(kind: "acronym", value: acronym)], confidence: 0.7))
      }
      let governingInitials = Self.initials(of: governingText)
      for acronym in translationAcronyms.sorted()
      where !governingAcronyms.contains(acronym) && !governingText.contains(acronym)
        && acronym.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
        && !governingInitials.contains(acronym.uppercased())
      {
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: Self.added, category: .mistranslation,
            severity: .minor,
            message: "The \(governingLanguage.other.name) translation names \(acronym), which the "
              + "governing text does not.",
            governing: governingExcerpt, translation: translationExcerpt,
            evidence: [Evidence(kind: "acronym", value: acronym)], confidence: 0.6))
      }
    }
    return findings
  }

  /// Initials of runs of capitalised words ("Internet Governance Forum" → IGF), every run start.
  static func initials(of text: String) -> Set<String> {
    let words = text.split(whereSeparator: { !$0.isLetter })
    var result = Set<String>()
    var run: [Character] = []
    for word in words {
      guard let first = word.first else { continue }
      if first.isUppercase {
        run.append(first)
      } else if ["of", "and", "for", "the", "on", "in"].contains(word) && !run.isEmpty {
        continue
      } else {
        run = []
      }
      for start in run.indices where run.count - start >= 2 {
        result.insert(String(run[start...]))
      }
    }
    return result
  }

  fileprivate static let missing = "governing-acronym-missing"
  fileprivate static let added = "translation-acronym-added"
}
