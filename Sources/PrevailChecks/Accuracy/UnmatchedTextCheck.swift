import PrevailModel

/// Governing sentences with no counterpart in the translation (omissions), and translation
/// sentences with no source in the governing text (additions). A paragraph whose sentences are
/// all unmatched is reported once, as a paragraph.
public struct UnmatchedTextCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "unmatched-text",
    title: "Text with no counterpart",
    rationale: """
      A sentence of the governing text that the translation leaves out changes what the \
      published translation says; a sentence the translation adds has no authority behind it.
      """,
    category: .omission,
    defaultSeverity: .major,
    examples: [
      CheckExample(
        governing: "各国应加强合作。各国应在联合国框架下建立全球数据安全规则，保护个人隐私，打击网络犯罪。",
        translation: "States should strengthen cooperation.", expected: [omitted]),
      CheckExample(
        governing: "各国应加强合作。",
        translation: "States should strengthen cooperation. Together we will build a brighter "
          + "future for every family in every village of the world.",
        expected: [added]),
      CheckExample(governing: "各国应加强合作。", translation: "States should strengthen cooperation."),
    ])

  public func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for role in [Role.governing, .translation] {
      let unmatched = context.aligned.beads(at: .sentence).flatMap { bead in
        let (own, other) = role == .governing
          ? (bead.governing, bead.translation) : (bead.translation, bead.governing)
        return other.isEmpty ? own : []
      }
      let unmatchedSet = Set(unmatched)
      var reportedParents = Set<String>()
      for id in unmatched {
        guard let sentence = context.segment(id, role) else { continue }
        let parentID = String(id[..<(id.lastIndex(of: ".") ?? id.endIndex)])
        let parent = context.segment(parentID, role)
        if let parent, parent.children.count > 1,
          parent.children.allSatisfy({ unmatchedSet.contains($0.id) })
        {
          guard reportedParents.insert(parentID).inserted else { continue }
          findings.append(finding(for: [parent], role: role, unit: "paragraph", context))
        } else {
          findings.append(finding(for: [sentence], role: role, unit: "sentence", context))
        }
      }
    }
    return findings
  }

  private func finding(
    for segments: [Segment], role: Role, unit: String, _ context: CheckContext
  ) -> Finding {
    let governing = context.document.governing.language
    let translation = context.document.translation.language
    let excerpt = context.excerpt(segments, role)
    if role == .governing {
      return Finding(
        check: Self.descriptor.id, messageID: Self.omitted, category: .omission, severity: .major,
        message: "The \(translation.name) translation has no counterpart for this \(unit) of the "
          + "governing \(governing.name) text.",
        governing: excerpt, translation: nil,
        evidence: [Evidence(kind: "unmatched-\(unit)", value: excerpt?.text ?? "")],
        confidence: 0.7)
    }
    return Finding(
      check: Self.descriptor.id, messageID: Self.added, category: .addition, severity: .major,
      message: "This \(unit) of the \(translation.name) translation has no source in the "
        + "governing \(governing.name) text.",
      governing: nil, translation: excerpt,
      evidence: [Evidence(kind: "unmatched-\(unit)", value: excerpt?.text ?? "")],
      confidence: 0.7)
  }

  fileprivate static let omitted = "governing-text-omitted"
  fileprivate static let added = "translation-text-added"
}
