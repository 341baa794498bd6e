import Foundation
import PrevailModel

/// A reviewed waiver file: findings a named reviewer accepted, for a stated reason, possibly
/// until a date. Waived findings are still reported (as waived); a waiver that has expired or
/// no longer matches anything is reported itself.
///
/// ```json
/// {
///   "version": 1,
///   "waivers": [
///     {"fingerprint": "2f0c6a9d41b7e355", "reason": "…", "reviewer": "…",
///      "expires": "2026-06-30"},
///     {"check": "non-corresponding", "segment": "zh.authors1", "reason": "…", "reviewer": "…"},
///     {"check": "list-items", "line": 389, "document": "Corpus/x/source.txt",
///      "reason": "…", "reviewer": "…"}
///   ]
/// }
/// ```
public struct Waivers: Codable, Equatable, Sendable {
  /// The file format version this Prevail reads.
  public static let currentVersion = 1

  public var version: Int
  public var waivers: [Waiver]

  public init(waivers: [Waiver]) {
    version = Self.currentVersion
    self.waivers = waivers
  }

  /// Reads and validates a waiver file; any problem throws one line naming the file (and the
  /// waiver, counted from 1). The file is only read.
  public static func load(path: String) throws -> Waivers {
    let data = try GateFile.read(path, what: "waivers")
    let waivers: Waivers
    do {
      waivers = try JSONDecoder().decode(Waivers.self, from: data)
    } catch {
      throw GateFileError(path: path, what: "waivers", problem: GateFile.describe(error))
    }
    guard waivers.version == currentVersion else {
      throw GateFileError(
        path: path, what: "waivers",
        problem: "version \(waivers.version) is not supported (this Prevail reads "
          + "version \(currentVersion))")
    }
    for (index, waiver) in waivers.waivers.enumerated() {
      if let problem = waiver.problem {
        throw GateFileError(path: path, what: "waivers", problem: "waiver \(index + 1): \(problem)")
      }
    }
    return waivers
  }

  /// Applies the waivers to one document's findings.
  ///
  /// - Parameters:
  ///   - findings: the findings still to report (after the baseline), which waivers mark.
  ///   - accepted: findings the baseline suppressed; a waiver that matches one is used, not stale.
  ///   - document: the document's relative path; waivers scoped to another document are skipped.
  ///   - today: waivers whose `expires` is before today no longer waive.
  public func apply(
    to findings: [Finding], accepted: [Finding] = [], document: String? = nil, today: WaiverDay
  ) -> WaiverOutcome {
    var outcome = WaiverOutcome()
    let applicable = waivers.filter { waiver in
      waiver.document == nil || document == nil || waiver.document == document
    }
    var used = Set<Int>()
    var expiredMatches: [Int: Int] = [:]
    for finding in findings {
      let matching = applicable.indices.filter { applicable[$0].matches(finding) }
      used.formUnion(matching)
      if let index = matching.first(where: { !applicable[$0].isExpired(on: today) }) {
        outcome.waived.append(WaivedFinding(finding: finding, waiver: applicable[index]))
      } else {
        for index in matching { expiredMatches[index, default: 0] += 1 }
        outcome.remaining.append(finding)
      }
    }
    var acceptedMatches: [Int: Int] = [:]
    for finding in accepted {
      let matching = applicable.indices.filter { applicable[$0].matches(finding) }
      used.formUnion(matching)
      for index in matching { acceptedMatches[index, default: 0] += 1 }
    }
    for (index, waiver) in applicable.enumerated() {
      if waiver.isExpired(on: today) {
        outcome.problems.append(
          WaiverFindings.expired(
            waiver, reported: expiredMatches[index] ?? 0,
            accepted: acceptedMatches[index] ?? 0, today: today))
      } else if !used.contains(index) {
        outcome.problems.append(WaiverFindings.unused(waiver))
      }
    }
    return outcome
  }
}

/// One reviewed waiver: a fingerprint, or a check at a segment or line, with who and why.
public struct Waiver: Codable, Hashable, Sendable {
  /// A finding's fingerprint (its JSON `id`).
  public var fingerprint: String?
  /// A check id; with `segment` or `line`.
  public var check: String?
  /// A segment id; matches findings on that segment or inside it (`zh.sec1` covers `zh.sec1.p3`).
  public var segment: String?
  /// A raw-file line of the finding's governing or translation excerpt.
  public var line: Int?
  /// The relative path of the document the waiver is for; nil for any document.
  public var document: String?
  public var reason: String
  public var reviewer: String
  /// Last day the waiver holds, `YYYY-MM-DD`.
  public var expires: String?

  public init(
    fingerprint: String? = nil, check: String? = nil, segment: String? = nil, line: Int? = nil,
    document: String? = nil, reason: String, reviewer: String, expires: String? = nil
  ) {
    self.fingerprint = fingerprint
    self.check = check
    self.segment = segment
    self.line = line
    self.document = document
    self.reason = reason
    self.reviewer = reviewer
    self.expires = expires
  }

  /// What is wrong with the waiver as written, if anything.
  var problem: String? {
    if reason.trimmingCharacters(in: .whitespaces).isEmpty { return "needs a reason" }
    if reviewer.trimmingCharacters(in: .whitespaces).isEmpty { return "needs a reviewer" }
    if let expires, WaiverDay(expires) == nil {
      return "expires \"\(expires)\" is not a date (YYYY-MM-DD)"
    }
    switch (fingerprint, check) {
    case (.some, _):
      if segment != nil || line != nil { return "give a fingerprint or a location, not both" }
    case (nil, .some):
      if segment == nil && line == nil { return "a check needs a segment or a line" }
    case (nil, nil):
      return "needs a fingerprint, or a check with a segment or line"
    }
    return nil
  }

  /// Whether the waiver covers `finding` (expired or not).
  public func matches(_ finding: Finding) -> Bool {
    if let fingerprint { return finding.fingerprint == fingerprint }
    guard let check, finding.check == check else { return false }
    let excerpts = [finding.governing, finding.translation].compactMap { $0 }
    if let segment,
      !excerpts.contains(where: { $0.segment == segment || $0.segment.hasPrefix(segment + ".") })
    {
      return false
    }
    if let line, !excerpts.contains(where: { $0.line == line }) { return false }
    return true
  }

  public func isExpired(on today: WaiverDay) -> Bool {
    guard let expires, let day = WaiverDay(expires) else { return false }
    return day < today
  }

  /// How the waiver is named in messages: its fingerprint, or check and location.
  public var label: String {
    if let fingerprint { return fingerprint }
    var parts = [check ?? "?"]
    if let segment { parts.append("segment \(segment)") }
    if let line { parts.append("line \(line)") }
    return parts.joined(separator: " at ")
  }
}

/// A finding a waiver covers, reported as waived.
public struct WaivedFinding: Hashable, Sendable {
  public var finding: Finding
  public var waiver: Waiver

  /// The finding as reports show it: neutral (so it neither fails the gate nor counts in the
  /// MQM score), its message prefixed with the waiver, and a `waiver` evidence item. Its
  /// fingerprint is the original finding's.
  public var reported: Finding {
    var shown = finding
    let until = waiver.expires.map { " until \($0)" } ?? ""
    shown.severity = .neutral
    shown.message =
      "Waived (\(finding.severity.rawValue); \(waiver.reviewer)\(until): \(waiver.reason)) "
      + finding.message
    shown.evidence.append(
      Evidence(
        kind: "waiver", value: waiver.reviewer,
        details: [waiver.reason, "severity \(finding.severity.rawValue)"]
          + (waiver.expires.map { ["expires \($0)"] } ?? [])))
    return shown
  }
}

/// What applying waivers gave: findings still reported in full, waived findings, and the
/// waivers' own findings (expired, unused).
public struct WaiverOutcome: Sendable {
  public var remaining: [Finding] = []
  public var waived: [WaivedFinding] = []
  public var problems: [Finding] = []
}

/// A calendar day, as waiver expiry dates are written (`YYYY-MM-DD`).
public struct WaiverDay: Comparable, Hashable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Today in UTC.
  public static func today(_ now: Date = Date()) -> WaiverDay {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    let text = String(
      format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    return WaiverDay(text) ?? WaiverDay.epoch
  }

  private init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  private static let epoch = WaiverDay(year: 1970, month: 1, day: 1)

  public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

  public static func < (lhs: WaiverDay, rhs: WaiverDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
