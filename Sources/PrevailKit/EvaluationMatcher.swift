import PrevailModel

/// A finding with the raw-file lines its excerpts span on each side.
public struct LocatedFinding: Hashable, Sendable {
  public var finding: Finding
  public var governingLines: ClosedRange<Int>?
  public var translationLines: ClosedRange<Int>?

  public init(
    _ finding: Finding, governingLines: ClosedRange<Int>?, translationLines: ClosedRange<Int>?
  ) {
    self.finding = finding
    self.governingLines = governingLines
    self.translationLines = translationLines
  }

  /// Locates a finding in its document: from the excerpt's line to the last line of its segment.
  public init(_ finding: Finding, in document: BilingualDocument) {
    self.init(
      finding,
      governingLines: Self.span(finding.governing, in: document.governing),
      translationLines: Self.span(finding.translation, in: document.translation))
  }

  /// Locates every finding of a result.
  public static func all(_ result: CheckResult) -> [LocatedFinding] {
    result.findings.map { LocatedFinding($0, in: result.document) }
  }

  private static func span(_ excerpt: Excerpt?, in version: VersionDocument) -> ClosedRange<Int>? {
    guard let excerpt else { return nil }
    var last = excerpt.line
    if let segment = version.root.flattened().first(where: { $0.id == excerpt.segment }),
      !segment.range.isEmpty
    {
      last = max(last, version.side.position(of: segment.range.upperBound - 1).line)
    }
    return excerpt.line...last
  }
}

/// Decides whether a finding reports a gold discrepancy (or touches an equivalence).
///
/// A finding matches a gold item when their categories are compatible and they are at the same
/// place: on either side, the finding's first line is within the item's lines ± `lineTolerance`;
/// or the finding's lines overlap them (± the tolerance) and one of its evidence values occurs in
/// the item's text.
public struct GoldMatcher: Hashable, Sendable {
  public var lineTolerance: Int

  public init(lineTolerance: Int = 1) {
    self.lineTolerance = max(0, lineTolerance)
  }

  /// Finding categories that can report a gold item of `gold`'s category: an omitted qualifier
  /// may be reported as a mistranslation, a changed object as an omission or an addition; but
  /// an omission is never an addition.
  public static func compatible(gold: IssueCategory, finding: IssueCategory) -> Bool {
    family(of: gold).contains(finding)
  }

  /// The finding categories accepted for a gold category.
  public static func family(of gold: IssueCategory) -> Set<IssueCategory> {
    switch gold {
    case .omission: [.omission, .mistranslation, .untranslated, .structure]
    case .addition: [.addition, .mistranslation, .structure]
    case .mistranslation: [.mistranslation, .omission, .addition, .untranslated, .terminology]
    case .untranslated: [.untranslated, .mistranslation, .omission]
    case .terminology: [.terminology, .mistranslation]
    case .structure: [.structure, .omission, .addition]
    case .nonCorresponding: [.nonCorresponding]
    }
  }

  public func matches(_ located: LocatedFinding, _ gold: ExpectedDiscrepancy) -> Bool {
    guard Self.compatible(gold: gold.category, finding: located.finding.category) else {
      return false
    }
    return atPlace(located, governing: gold.governing, translation: gold.translation)
  }

  /// Whether a finding lies on an equivalence (exact line overlap, on a side it has).
  public func touches(_ located: LocatedFinding, _ equivalence: ExpectedEquivalence) -> Bool {
    overlaps(located.governingLines, equivalence.governing?.lines, tolerance: 0)
      || overlaps(located.translationLines, equivalence.translation?.lines, tolerance: 0)
  }

  private func atPlace(
    _ located: LocatedFinding, governing: GoldExcerpt?, translation: GoldExcerpt?
  ) -> Bool {
    if starts(located.governingLines, within: governing)
      || starts(located.translationLines, within: translation)
    {
      return true
    }
    let near =
      overlaps(located.governingLines, governing?.lines, tolerance: lineTolerance)
      || overlaps(located.translationLines, translation?.lines, tolerance: lineTolerance)
    guard near else { return false }
    return cites(located, governing: governing, translation: translation)
  }

  /// Whether a finding that matches a gold item also quotes it: one of its evidence values
  /// occurs in the item's text. Such a pairing is preferred when findings are matched to items
  /// one to one.
  public func quotes(_ located: LocatedFinding, _ gold: ExpectedDiscrepancy) -> Bool {
    matches(located, gold)
      && cites(located, governing: gold.governing, translation: gold.translation)
  }

  private func cites(
    _ located: LocatedFinding, governing: GoldExcerpt?, translation: GoldExcerpt?
  ) -> Bool {
    let texts = [governing?.text, translation?.text].compactMap { $0 }.map(Self.squashed)
    return located.finding.evidence.contains { evidence in
      let value = Self.squashed(evidence.value)
      return value.unicodeScalars.count >= 2 && texts.contains { $0.contains(value) }
    }
  }

  private func starts(_ lines: ClosedRange<Int>?, within excerpt: GoldExcerpt?) -> Bool {
    guard let lines, let excerpt else { return false }
    return (excerpt.line - lineTolerance...excerpt.lastLine + lineTolerance)
      .contains(lines.lowerBound)
  }

  private func overlaps(_ lines: ClosedRange<Int>?, _ gold: ClosedRange<Int>?, tolerance: Int)
    -> Bool
  {
    guard let lines, let gold else { return false }
    return lines.overlaps(gold.lowerBound - tolerance...gold.upperBound + tolerance)
  }

  /// Text without white space, lowercased, for containment tests that survive PDF line breaks.
  static func squashed(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.lowercased().unicodeScalars.filter {
          !$0.properties.isWhitespace
        }))
  }
}
