import PrevailModel

/// Matter that one version carries by design (author lists, coordinators, the note on which
/// version prevails, appendices of names): reported once, as neutral, so a reviewer sees it was
/// set aside rather than aligned sentence by sentence.
public struct NonCorrespondingCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "non-corresponding",
    title: "Matter present in one version only by design",
    rationale: """
      Author lists, coordinators, translator's notes and appendices of names have no counterpart \
      by design; they are listed so nothing is silently skipped.
      """,
    category: .nonCorresponding,
    defaultSeverity: .neutral,
    examples: [])

  public func findings(in context: CheckContext) -> [Finding] {
    context.aligned.nonCorresponding.map { entry in
      let language = context.document.version(entry.role).language
      let excerpt = context.excerpt([entry.segment], entry.role)
      let what = Self.names[entry.segment.kind] ?? entry.segment.kind.rawValue
      return Finding(
        check: Self.descriptor.id, messageID: Self.messageID, category: .nonCorresponding,
        severity: .neutral,
        message: "The \(language.name) version's \(what) has no counterpart by design and was "
          + "not aligned.",
        governing: entry.role == .governing ? excerpt : nil,
        translation: entry.role == .translation ? excerpt : nil,
        evidence: [Evidence(kind: entry.segment.kind.rawValue, value: entry.segment.id)],
        confidence: 0.9)
    }
  }

  private static let names: [SegmentKind: String] = [
    .authors: "author list", .governingNote: "note on which version prevails",
    .appendix: "appendix", .residue: "residue",
  ]
  fileprivate static let messageID = "one-version-only"
}
