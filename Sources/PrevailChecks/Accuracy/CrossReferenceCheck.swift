import PrevailLexicon
import PrevailModel

/// References to articles, paragraphs, items, chapters and sections compared as sets of numbers
/// by value: "Article 240 or 241" for 第240条至243条 refers to two articles where the governing
/// text refers to four.
public struct CrossReferenceCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "cross-references",
    title: "References to articles, paragraphs or items that differ",
    rationale: """
      A cross-reference decides which provision applies; a wrong article or a range shortened \
      to a list makes the translation apply a different rule than the governing text.
      """,
    category: .mistranslation,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "依照第二百四十条至第二百四十三条的规定处罚。",
        translation: "They shall be punished in accordance with Articles 240 to 243."),
      CheckExample(
        governing: "本条第二款规定的情形除外。",
        translation: "Except in the cases provided for in paragraph 2 of this Article."),
      CheckExample(
        governing: "依照第240条至243条的规定处罚。",
        translation: "They shall be punished in accordance with Article 240 or 241.",
        expected: [changed]),
      CheckExample(
        governing: "违反本法第十二条规定的，依法处理。",
        translation:
          "Whoever violates Article 13 of this Law shall be dealt with according to law.",
        expected: [changed]),
      CheckExample(
        governing: "适用第五条第一款的规定。",
        translation: "The provisions of this Law apply.",
        expected: [missing, missing]),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let governingLanguage = context.governingLanguage
    for pair in context.sentencePairs {
      let governing = CrossReferences(
        pair.text(.governing, language: governingLanguage), governingLanguage)
      guard !governing.numbers.isEmpty else { continue }
      let translation = CrossReferences(
        pair.text(.translation, language: governingLanguage.other), governingLanguage.other)
      let other = governingLanguage.other.name
      for kind in CrossReferences.Kind.allCases {
        guard let expected = governing.numbers[kind] else { continue }
        let found = translation.numbers[kind]
        guard found != expected else { continue }
        let expectedText = Self.describe(expected)
        let message: String
        let id: String
        if let found {
          id = Self.changed
          message =
            "The governing text refers to \(kind.rawValue) \(expectedText); the \(other) "
            + "translation refers to \(kind.rawValue) \(Self.describe(found))."
        } else {
          id = Self.missing
          message =
            "The \(other) translation does not carry the reference to \(kind.rawValue) "
            + "\(expectedText) of the governing text."
        }
        findings.append(
          Finding(
            check: Self.descriptor.id, messageID: id, category: .mistranslation,
            severity: found == nil ? .minor : .major, message: message,
            governing: context.excerpt(pair.governing, .governing),
            translation: context.excerpt(pair.translation, .translation),
            evidence: [
              Evidence(
                kind: "reference-\(kind.rawValue)", value: expectedText,
                details: [
                  "governing: " + governing.written.joined(separator: "; "),
                  "translation: " + (found.map(Self.describe) ?? "none")
                    + (translation.written.isEmpty
                      ? "" : " (" + translation.written.joined(separator: "; ") + ")"),
                ])
            ],
            confidence: found == nil ? 0.55 : 0.8))
      }
    }
    return findings
  }

  /// 240–243, 245 style: runs of consecutive numbers as ranges.
  static func describe(_ numbers: Set<Int>) -> String {
    var parts: [String] = []
    var run: [Int] = []
    func flush() {
      guard let first = run.first, let last = run.last else { return }
      parts.append(
        run.count > 2 ? "\(first)–\(last)" : run.map(String.init).joined(separator: ", "))
      run = []
    }
    for number in numbers.sorted() {
      if let last = run.last, number != last + 1 { flush() }
      run.append(number)
    }
    flush()
    return parts.joined(separator: ", ")
  }

  fileprivate static let changed = "cross-reference-changed"
  fileprivate static let missing = "cross-reference-missing"
}
