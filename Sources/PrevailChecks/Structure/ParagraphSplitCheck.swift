import PrevailModel

/// Whole paragraphs of one version that the other splits or merges: one governing paragraph
/// rendered as three ("Now, therefore," / "The General Assembly" / "Proclaims …"), or two
/// governing paragraphs run together. The words may all be there; what is cited as one
/// paragraph is not.
public struct ParagraphSplitCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "paragraph-split",
    title: "Paragraphs split or merged",
    rationale: """
      Paragraphs are cited and numbered; a governing paragraph the translation splits into \
      several, or several it runs into one, changes what a reference to "the paragraph" \
      covers even when every sentence is rendered.
      """,
    category: .structure,
    defaultSeverity: .minor,
    examples: [
      CheckExample(
        governing: "因此现在，大会发布这一世界人权宣言，作为所有人民和所有国家努力实现的共同标准。",
        translation: "Now, therefore,\nThe General Assembly\nProclaims this Universal "
          + "Declaration of Human Rights as a common standard of achievement for all peoples "
          + "and all nations.",
        expected: [split]),
      CheckExample(
        governing: "大会发布这一世界人权宣言，作为共同标准。",
        translation: "The General Assembly proclaims this Universal Declaration of Human Rights "
          + "as a common standard."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for pair in context.sentencePairs {
      let governing = Self.wholeParagraphs(pair.governing, .governing, context)
      let translation = Self.wholeParagraphs(pair.translation, .translation, context)
      guard let governing, let translation, governing.count != translation.count,
        min(governing.count, translation.count) == 1
      else { continue }
      let splits = governing.count == 1
      // Only a paragraph break inside a sentence is a split paragraph: one sentence per line
      // rendered as two sentences is a sentence split, not a change of paragraphs.
      let pieces = splits ? translation : governing
      let role: Role = splits ? .translation : .governing
      guard
        pieces.dropLast().contains(where: { id in
          context.segment(id, role).map { !Self.endsSentence($0.text) } ?? false
        })
      else { continue }
      let other = context.governingLanguage.other.name
      findings.append(
        Finding(
          check: Self.descriptor.id, messageID: splits ? Self.split : Self.merged,
          category: .structure, severity: .minor,
          message: splits
            ? "The \(other) translation renders this governing paragraph as "
              + "\(translation.count) paragraphs."
            : "The \(other) translation runs \(governing.count) governing paragraphs into one.",
          governing: pair.governingExcerpt, translation: pair.translationExcerpt,
          evidence: [
            Evidence(
              kind: "paragraphs", value: "\(governing.count):\(translation.count)",
              details: governing + translation)
          ],
          confidence: 0.8))
    }
    return findings
  }

  /// The paragraphs the sentences make up, when they make up whole paragraphs (every sentence
  /// of each, no more); nil otherwise.
  private static func wholeParagraphs(
    _ sentences: [Segment], _ role: Role, _ context: CheckContext
  ) -> [String]? {
    var paragraphs: [String] = []
    var counts: [String: Int] = [:]
    for sentence in sentences {
      guard let dot = sentence.id.lastIndex(of: ".") else { return nil }
      let parent = String(sentence.id[..<dot])
      if counts[parent] == nil { paragraphs.append(parent) }
      counts[parent, default: 0] += 1
    }
    for paragraph in paragraphs {
      guard let segment = context.segment(paragraph, role), segment.kind == .paragraph,
        segment.all(.sentence).count == counts[paragraph]
      else { return nil }
    }
    return paragraphs
  }

  private static func endsSentence(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else {
      return true
    }
    return "。！？.!?”’\"'）)…".unicodeScalars.contains(last)
  }

  fileprivate static let split = "paragraph-split"
  fileprivate static let merged = "paragraphs-merged"
}
