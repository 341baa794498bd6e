import PrevailModel

/// What changed between two revisions of one bilingual document: findings introduced and
/// resolved (by fingerprint, counted, as a baseline matches them), and governing sentences whose
/// text changed while the translation aligned to them did not (the translation may be stale).
public struct RevisionDiff: Sendable {
  /// The check id of stale-translation findings.
  public static let checkID = "revision"
  public static let staleMessageID = "stale-translation"

  /// Findings of the new revision the old one did not have.
  public var introduced: [Finding]
  /// Findings of the old revision the new one no longer has.
  public var resolved: [Finding]
  /// One major finding per governing sentence that changed while its translation did not.
  public var stale: [Finding]
  /// Every governing sentence whose text changed, paired across the revisions.
  public var changedGoverning: [RevisionSentencePair]

  /// - Parameter threshold: the least character-bigram similarity for two sentences to count as
  ///   one sentence edited (below it, one was removed and another added).
  public init(old: CheckResult, new: CheckResult, threshold: Double = 0.5) {
    introduced = Baseline(findings: old.findings).filter(new.findings).new
    resolved = Baseline(findings: new.findings).filter(old.findings).new
    changedGoverning = RevisionMatcher.changedPairs(
      old: old.document.governing.root.all(.sentence),
      new: new.document.governing.root.all(.sentence), threshold: threshold)
    let oldTranslations = RevisionTranslations(old)
    let newTranslations = RevisionTranslations(new)
    stale = changedGoverning.compactMap { pair in
      let before = oldTranslations.text(of: pair.old.id)
      guard let after = newTranslations.excerpt(of: pair.new.id), let before,
        RevisionSimilarity.folded(before) == RevisionSimilarity.folded(after.text)
      else { return nil }
      return Self.staleFinding(pair, new: new, translation: after)
    }
  }

  /// Introduced and stale findings at or above `failOn` fail the gate.
  public func gate(failOn: Severity?) -> GateOutcome {
    Gate.evaluate(introduced + stale, failOn: failOn)
  }

  private static func staleFinding(
    _ pair: RevisionSentencePair, new: CheckResult, translation: Excerpt
  ) -> Finding {
    let side = new.document.governing.side
    let governing = Excerpt(
      segment: pair.new.id, text: pair.new.text,
      position: side.position(of: pair.new.range.lowerBound))
    let language = new.document.governing.language.name
    let other = new.document.translation.language.name
    return Finding(
      check: checkID, messageID: staleMessageID, category: .mistranslation, severity: .major,
      message: "The governing \(language) sentence changed but its \(other) translation did not; "
        + "the translation may be stale (was: \(pair.old.text)).",
      governing: governing, translation: translation,
      evidence: [
        Evidence(
          kind: "previous-governing", value: pair.old.text,
          details: [pair.old.id, "similarity \(Int((pair.similarity * 100).rounded()))%"])
      ],
      confidence: 0.8)
  }
}

/// The translation text aligned to each governing sentence of one revision.
struct RevisionTranslations {
  private let beadTranslations: [String: [String]]
  private let segments: [String: Segment]
  private let side: Side

  init(_ result: CheckResult) {
    var map: [String: [String]] = [:]
    for bead in result.aligned.beads(at: .sentence) where !bead.translation.isEmpty {
      for id in bead.governing { map[id, default: []].append(contentsOf: bead.translation) }
    }
    beadTranslations = map
    segments = result.document.translation.index()
    side = result.document.translation.side
  }

  func text(of governingID: String) -> String? { excerpt(of: governingID)?.text }

  func excerpt(of governingID: String) -> Excerpt? {
    let parts = (beadTranslations[governingID] ?? []).compactMap { segments[$0] }
    guard let first = parts.first else { return nil }
    return Excerpt(
      segment: first.id, text: parts.map(\.text).joined(separator: " "),
      position: side.position(of: first.range.lowerBound))
  }
}
