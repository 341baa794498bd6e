import PrevailLexicon
import PrevailModel

/// Sections, principles, articles and numbered actions that do not correspond: a container of
/// the governing text with no counterpart (its text is gone or no longer marked as such), one
/// the translation adds, and paired containers whose numbers differ.
public struct StructureCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "structure",
    title: "Sections, articles and numbered items that do not correspond",
    rationale: """
      Numbered articles, principles and actions are how a governing text is cited; a missing, \
      extra or renumbered one breaks every reference to it, even when the words survive.
      """,
    category: .structure,
    defaultSeverity: .minor,
    examples: [
      CheckExample(
        governing: "第一条 人人生而自由，在尊严和权利上一律平等。",
        translation: "Article 1 All human beings are born free and equal in dignity and rights."),
      // A heading opens its line: the first line keeps the article line-initial after a prefix.
      CheckExample(
        governing: "世界人权宣言\n第一条 人人生而自由，在尊严和权利上一律平等。",
        translation: "Universal Declaration of Human Rights\nArticle 2 All human beings are born "
          + "free and equal in dignity and rights.",
        expected: [misnumbered]),
    ])

  private static let containerKinds: Set<SegmentKind> = [
    .section, .principle, .commitments, .action, .article,
  ]

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    let containerBeads = context.aligned.beads.filter { $0.level == .section || $0.level == .block }
    var paired: [Role: Set<String>] = [.governing: [], .translation: []]
    for bead in containerBeads {
      paired[.governing, default: []].formUnion(bead.governing)
      paired[.translation, default: []].formUnion(bead.translation)
      guard bead.governing.count == 1, bead.translation.count == 1,
        let governing = context.segment(bead.governing[0], .governing),
        let translation = context.segment(bead.translation[0], .translation),
        let governingLabel = Self.labelValue(governing),
        let translationLabel = Self.labelValue(translation),
        governingLabel != translationLabel
      else { continue }
      findings.append(
        misnumberedFinding(governing, translation, governingLabel, translationLabel, context))
    }
    // Sentences the aligner paired with the other version, by role.
    var alignedSentences: [Role: Set<String>] = [.governing: [], .translation: []]
    for bead in context.aligned.beads(at: .sentence)
    where !bead.governing.isEmpty && !bead.translation.isEmpty {
      alignedSentences[.governing, default: []].formUnion(bead.governing)
      alignedSentences[.translation, default: []].formUnion(bead.translation)
    }
    // Unpaired containers whose sentences the aligner paired with those of an unpaired
    // container of the same kind on the other side are one container, numbered differently.
    var counterpart: [String: String] = [:]
    for bead in context.aligned.beads(at: .sentence)
    where !bead.governing.isEmpty && !bead.translation.isEmpty {
      for id in bead.governing { counterpart[id] = counterpart[id] ?? bead.translation[0] }
    }
    let unpairedTranslation = context.document.translation.root.flattened().filter {
      Self.containerKinds.contains($0.kind) && $0.label != nil
        && !(paired[.translation]?.contains($0.id) ?? false)
    }
    var containerOf: [String: Segment] = [:]
    for container in unpairedTranslation {
      for sentence in container.all(.sentence) { containerOf[sentence.id] = container }
    }
    for governing in context.document.governing.root.flattened()
    where Self.containerKinds.contains(governing.kind) && governing.label != nil
      && !(paired[.governing]?.contains(governing.id) ?? false)
    {
      let candidates = governing.all(.sentence).compactMap { counterpart[$0.id] }.compactMap {
        containerOf[$0]
      }
      guard let translation = candidates.first(where: { $0.kind == governing.kind }),
        !(paired[.translation]?.contains(translation.id) ?? false),
        let governingLabel = Self.labelValue(governing),
        let translationLabel = Self.labelValue(translation)
      else { continue }
      paired[.governing, default: []].insert(governing.id)
      paired[.translation, default: []].insert(translation.id)
      if governingLabel != translationLabel {
        findings.append(
          misnumberedFinding(governing, translation, governingLabel, translationLabel, context))
      }
    }
    for role in [Role.governing, .translation] {
      let root = context.document.version(role).root
      for container in root.flattened()
      where Self.containerKinds.contains(container.kind) && container.label != nil
        && !(paired[role]?.contains(container.id) ?? false)
        && !(container.kind == .section && container.label == "0")
      {
        // Section 0 is the matter before the first heading, not a numbered section.
        let sentences = container.all(.sentence).map(\.id)
        guard !sentences.isEmpty else { continue }
        let rendered = sentences.contains { alignedSentences[role]?.contains($0) ?? false }
        findings.append(unpairedFinding(container, role, textAligned: rendered, context))
      }
    }
    return findings
  }

  /// A container's number by value (三 = 3 = III is not read; "3", 三, 第三 are), else its label.
  static func labelValue(_ segment: Segment) -> String? {
    guard let label = segment.label?.trimmingCharacters(in: .whitespaces), !label.isEmpty else {
      return nil
    }
    let numbers =
      label.unicodeScalars.contains { $0.value > 0x2E7F }
      ? NumberReader.numbers(inChinese: label) : NumberReader.numbers(inEnglish: label)
    if numbers.count == 1, let value = numbers.first?.value, value == value.rounded() {
      return String(Int(value))
    }
    return label.lowercased()
  }

  private static func describe(_ segment: Segment) -> String {
    let kind: String
    switch segment.kind {
    case .section: kind = "section"
    case .principle: kind = "principle"
    case .commitments: kind = "block of commitments"
    case .action: kind = "numbered action"
    case .article: kind = "article"
    default: kind = segment.kind.rawValue
    }
    return segment.label.map { "\(kind) \($0)" } ?? kind
  }

  private func misnumberedFinding(
    _ governing: Segment, _ translation: Segment, _ governingLabel: String,
    _ translationLabel: String, _ context: CheckContext
  ) -> Finding {
    // A number is how an article, paragraph or item is cited: renumbering one misdirects every
    // reference. Labels that are not numbers (a heading's words) stay minor.
    let numbered = Int(governingLabel) != nil && Int(translationLabel) != nil
    let severity: Severity = governing.kind == .article || numbered ? .major : .minor
    return Finding(
      check: Self.descriptor.id, messageID: Self.misnumbered, category: .structure,
      severity: severity,
      message: "The governing text's \(Self.describe(governing)) is numbered \(translationLabel) "
        + "in the \(context.document.translation.language.name) translation.",
      governing: context.excerpt([governing], .governing).map(Self.heading),
      translation: context.excerpt([translation], .translation).map(Self.heading),
      evidence: [
        Evidence(
          kind: "label", value: governingLabel,
          details: [
            "governing \(governing.id): \(governingLabel)",
            "translation \(translation.id): \(translationLabel)",
          ])
      ],
      confidence: 0.75)
  }

  private func unpairedFinding(
    _ container: Segment, _ role: Role, textAligned: Bool, _ context: CheckContext
  ) -> Finding {
    let governs = role == .governing
    let translationName = context.document.translation.language.name
    let what = Self.describe(container)
    let message: String
    let id: String
    if governs {
      id = textAligned ? Self.unmarked : Self.omitted
      message =
        textAligned
        ? "The \(translationName) translation does not mark the governing text's \(what) as a "
          + "\(container.kind.rawValue) of its own; its sentences are rendered elsewhere."
        : "The \(translationName) translation has no counterpart for the governing text's \(what)."
    } else {
      id = textAligned ? Self.unmarked : Self.added
      message =
        textAligned
        ? "The \(translationName) translation marks a \(what) that the governing text does not "
          + "have as such."
        : "The \(translationName) translation adds a \(what) with no source in the governing text."
    }
    let excerpt = context.excerpt([container], role).map(Self.heading)
    return Finding(
      check: Self.descriptor.id, messageID: id,
      category: textAligned ? .structure : (governs ? .omission : .addition),
      // Text with no counterpart is also reported sentence by sentence (unmatched-text).
      severity: textAligned || !governs ? .minor : .major,
      message: message, governing: governs ? excerpt : nil, translation: governs ? nil : excerpt,
      evidence: [
        Evidence(
          kind: container.kind.rawValue, value: container.label ?? container.id,
          details: [container.id])
      ],
      confidence: textAligned ? 0.5 : 0.7)
  }

  /// A container cited by its first line rather than its whole text.
  private static func heading(_ excerpt: Excerpt) -> Excerpt {
    var cited = excerpt
    let firstLine = excerpt.text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
    cited.text = firstLine.count > 120 ? String(firstLine.prefix(120)) + "…" : firstLine
    return cited
  }

  fileprivate static let misnumbered = "container-misnumbered"
  fileprivate static let omitted = "container-omitted"
  fileprivate static let added = "container-added"
  fileprivate static let unmarked = "container-unmarked"
}
