import PrevailModel

/// The findings a waiver file reports about itself: check `waiver`, minor.
enum WaiverFindings {
  static let checkID = "waiver"
  static let expiredID = "waiver-expired"
  static let unusedID = "waiver-unused"

  /// `reported`: findings the waiver covered that are reported again; `accepted`: findings it
  /// matches that the baseline accepts.
  static func expired(_ waiver: Waiver, reported: Int, accepted: Int, today: WaiverDay) -> Finding {
    let covered: String
    switch (reported, accepted) {
    case (0, 0): covered = "it matches no finding any more"
    case (0, _): covered = "it matches only findings the baseline accepts"
    case (1, _): covered = "the finding it covered is reported again"
    default: covered = "the \(reported) findings it covered are reported again"
    }
    return finding(
      waiver, messageID: expiredID,
      message: "The waiver for \(waiver.label) (\(waiver.reviewer)) expired on "
        + "\(waiver.expires ?? "?") (today is \(today)); \(covered).")
  }

  static func unused(_ waiver: Waiver) -> Finding {
    finding(
      waiver, messageID: unusedID,
      message: "The waiver for \(waiver.label) (\(waiver.reviewer)) matches no finding; "
        + "remove it or update it.")
  }

  private static func finding(_ waiver: Waiver, messageID: String, message: String) -> Finding {
    Finding(
      check: checkID, messageID: messageID, category: .structure, severity: .minor,
      message: message, governing: nil, translation: nil,
      evidence: [
        Evidence(
          kind: "waiver", value: waiver.label,
          details: [waiver.reason, waiver.reviewer] + (waiver.expires.map { [$0] } ?? []))
      ],
      confidence: 1)
  }
}
