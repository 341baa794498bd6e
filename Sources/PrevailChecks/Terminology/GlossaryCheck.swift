import PrevailLexicon
import PrevailModel

/// Glossary terms (`--glossary`, TBX) of the governing text that the translation does not
/// render as the glossary says: none of the entry's allowed terms is used, or a deprecated one
/// is. Silent when no glossary is given.
public struct GlossaryCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "glossary",
    title: "Glossary terms not rendered as the glossary says",
    rationale: """
      A project glossary fixes how defined terms, bodies and instruments are rendered; a \
      translation that departs from it may name a different concept or contradict earlier \
      published texts.
      """,
    category: .terminology,
    defaultSeverity: .minor,
    examples: [
      // Without a glossary the check reports nothing; its positive cases need a glossary and
      // run in GlossaryCheckTests.
      CheckExample(
        governing: "提升全民数字素养。", translation: "Improve the digital skills of all."),
      CheckExample(
        governing: "提升全民数字素养。", translation: "Improve the digital literacy of all."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    guard let glossary = context.glossary else { return [] }
    let governingLanguage = context.governingLanguage
    let translationLanguage = governingLanguage.other
    let governingTerms = glossary.terms(in: governingLanguage.rawValue)
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      var governingText = pair.text(.governing, language: governingLanguage)
      let translationText = pair.text(.translation, language: translationLanguage)
      var seen = Set<GlossaryEntry>()
      for (term, entry) in governingTerms where !seen.contains(entry) {
        guard TermOccurrences.contains(governingText, term.text, governingLanguage) else {
          continue
        }
        seen.insert(entry)
        // A longer term covers a shorter one inside it (数字素养 over 素养).
        if governingLanguage == .zh {
          governingText = governingText.replacingOccurrences(of: term.text, with: "　")
        }
        let allowed = entry.allowed(in: translationLanguage.rawValue)
        guard !allowed.isEmpty else { continue }
        let used = allowed.contains {
          TermOccurrences.contains(translationText, $0.text, translationLanguage)
        }
        let deprecated = entry.deprecated(in: translationLanguage.rawValue).filter {
          TermOccurrences.contains(translationText, $0.text, translationLanguage)
        }
        guard !used || !deprecated.isEmpty else { continue }
        let expected = allowed.map(\.text).joined(separator: "\" or \"")
        let message =
          deprecated.isEmpty
          ? "The governing term \(term.text) should be rendered \"\(expected)\" (glossary); the "
            + "\(translationLanguage.name) translation does not use it."
          : "The \(translationLanguage.name) translation renders the governing term \(term.text) "
            + "with the deprecated \"\(deprecated[0].text)\"; the glossary requires "
            + "\"\(expected)\"."
        findings.append(
          Finding(
            check: Self.descriptor.id,
            messageID: deprecated.isEmpty ? Self.notUsed : Self.deprecatedUsed,
            category: .terminology, severity: deprecated.isEmpty ? .minor : .major,
            message: message, governing: context.excerpt(pair.governing, .governing),
            translation: context.excerpt(pair.translation, .translation),
            evidence: [
              Evidence(
                kind: "glossary-term", value: term.text,
                details: allowed.map { "\($0.status.rawValue): \($0.text)" }
                  + deprecated.map { "deprecated: \($0.text)" }
                  + (entry.id.map { ["entry \($0)"] } ?? []))
            ],
            confidence: deprecated.isEmpty ? 0.7 : 0.9))
      }
    }
    return findings
  }

  fileprivate static let notUsed = "glossary-term-not-used"
  fileprivate static let deprecatedUsed = "glossary-deprecated-term-used"
}
