import PrevailModel

/// The looser keys a finding is matched by once exact fingerprints are used up: the check, the
/// message id and the finding's subject (its first evidence value) in the governing text, or in
/// the translation text.
struct BaselineAnchors: Hashable, Sendable {
  var governingKey: String?
  var translationKey: String?

  init(check: String, messageID: String, governing: String?, translation: String?, subject: String?)
  {
    let base = [check, messageID, subject ?? ""]
    governingKey = governing.map { Fingerprint.of(base + ["governing", $0]) }
    translationKey = translation.map { Fingerprint.of(base + ["translation", $0]) }
  }

  init(_ finding: Finding) {
    self.init(
      check: finding.check, messageID: finding.messageID, governing: finding.governing?.text,
      translation: finding.translation?.text, subject: finding.evidence.first?.value)
  }
}

/// The occurrences a baseline has left to suppress, entry by entry.
struct BaselineBudget {
  private var remaining: [Int]
  private var byFingerprint: [String: [Int]] = [:]
  private var byGoverning: [String: [Int]] = [:]
  private var byTranslation: [String: [Int]] = [:]

  init(_ entries: [Baseline.Entry]) {
    remaining = entries.map(\.count)
    for (index, entry) in entries.enumerated() {
      byFingerprint[entry.fingerprint, default: []].append(index)
      let anchors = entry.anchors
      if let key = anchors.governingKey { byGoverning[key, default: []].append(index) }
      if let key = anchors.translationKey { byTranslation[key, default: []].append(index) }
    }
  }

  mutating func take(exact fingerprint: String) -> Bool {
    take(from: byFingerprint[fingerprint])
  }

  mutating func take(governingAnchor key: String?) -> Bool {
    take(from: key.flatMap { byGoverning[$0] })
  }

  mutating func take(translationAnchor key: String?) -> Bool {
    take(from: key.flatMap { byTranslation[$0] })
  }

  private mutating func take(from indices: [Int]?) -> Bool {
    guard let index = indices?.first(where: { remaining[$0] > 0 }) else { return false }
    remaining[index] -= 1
    return true
  }
}
