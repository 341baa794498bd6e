import Foundation
import PrevailModel

/// Findings accepted so far, keyed by content fingerprint and counted, so that CI fails only on
/// what an edit introduced.
///
/// The file is pretty JSON with sorted keys (`{"version": 1, "findings": [...]}`), one entry per
/// document and fingerprint. Entries carry the texts the fingerprint was made of, so that a
/// reviewer can read what was accepted and so that a finding whose other version was edited
/// (the English sentence changed, the Chinese did not, the same item is still missing) still
/// matches: see `filter(_:document:)`.
public struct Baseline: Codable, Equatable, Sendable {
  /// The file format version this Prevail reads and writes.
  public static let currentVersion = 1

  /// One accepted finding, `count` times in one document.
  public struct Entry: Codable, Hashable, Sendable {
    public var fingerprint: String
    /// The document's path relative to the directory `baseline write` ran in ("" if unknown).
    public var document: String
    public var check: String
    public var messageId: String
    public var severity: Severity
    public var message: String
    /// How many findings of this document had this fingerprint.
    public var count: Int
    public var governingText: String?
    public var translationText: String?
    /// The finding's first evidence value: the item, number or acronym it is about.
    public var subject: String?

    public init(_ finding: Finding, document: String, count: Int = 1) {
      fingerprint = finding.fingerprint
      self.document = document
      check = finding.check
      messageId = finding.messageID
      severity = finding.severity
      message = finding.message
      self.count = count
      governingText = finding.governing?.text
      translationText = finding.translation?.text
      subject = finding.evidence.first?.value
    }

    var anchors: BaselineAnchors {
      BaselineAnchors(
        check: check, messageID: messageId, governing: governingText,
        translation: translationText, subject: subject)
    }
  }

  public var version: Int
  /// Sorted by document, then fingerprint.
  public var findings: [Entry]

  /// A baseline of one document's findings (`document` is stored as given; pass a relative path).
  public init(findings: [Finding], document: String = "") {
    self.init(entries: Self.entries(findings, document: document))
  }

  /// A baseline of several documents' findings.
  public init(documents: [(path: String, findings: [Finding])]) {
    self.init(entries: documents.flatMap { Self.entries($0.findings, document: $0.path) })
  }

  init(entries: [Entry]) {
    version = Self.currentVersion
    var merged: [String: Entry] = [:]
    for entry in entries {
      let key = entry.document + "\u{1F}" + entry.fingerprint
      if var existing = merged[key] {
        existing.count += entry.count
        merged[key] = existing
      } else {
        merged[key] = entry
      }
    }
    findings = merged.values.sorted {
      ($0.document, $0.fingerprint) < ($1.document, $1.fingerprint)
    }
  }

  private static func entries(_ findings: [Finding], document: String) -> [Entry] {
    findings.sorted(by: Finding.reportOrder).map { Entry($0, document: document) }
  }

  /// Total accepted findings (entries times counts).
  public var total: Int { findings.reduce(0) { $0 + $1.count } }

  /// The documents the baseline covers.
  public var documents: Set<String> { Set(findings.map(\.document)) }

  // MARK: Reading and writing

  /// Reads a baseline file; a missing, unreadable, malformed or future-version file throws an
  /// error whose description is one line naming the file. The file is only read.
  public static func load(path: String) throws -> Baseline {
    let data = try GateFile.read(path, what: "baseline")
    let baseline: Baseline
    do {
      baseline = try JSONDecoder().decode(Baseline.self, from: data)
    } catch {
      throw GateFileError(path: path, what: "baseline", problem: GateFile.describe(error))
    }
    guard baseline.version == currentVersion else {
      throw GateFileError(
        path: path, what: "baseline",
        problem: "version \(baseline.version) is not supported (this Prevail reads "
          + "version \(currentVersion))")
    }
    if let bad = baseline.findings.first(where: { $0.count < 1 }) {
      throw GateFileError(
        path: path, what: "baseline",
        problem: "entry \(bad.fingerprint) has count \(bad.count); counts start at 1")
    }
    return baseline
  }

  /// The file's bytes: pretty JSON, sorted keys, a final line break. Same baseline, same bytes.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }

  /// Writes the file atomically: a temporary file beside it, then a rename.
  public func write(to path: String) throws {
    try GateFile.writeAtomically(try encoded(), to: path, what: "baseline")
  }

  // MARK: Matching

  /// Splits `findings` of one document into those the baseline does not account for and the
  /// number it suppresses.
  ///
  /// Matching is by count: a baseline entry with count 2 suppresses two findings with its
  /// fingerprint, and a third resurfaces. Entries left over after exact matching then match
  /// findings about the same subject in the same governing text (the translation was edited,
  /// the finding stands), then in the same translation text (the governing text was edited).
  /// Each baselined occurrence suppresses at most one finding. `document` nil uses every entry;
  /// otherwise only the entries of that (relative) path.
  public func filter(_ findings: [Finding], document: String? = nil) -> (
    new: [Finding], suppressed: Int
  ) {
    let entries =
      findings.isEmpty
      ? []
      : self.findings.filter {
        document == nil || $0.document == document
      }
    var budget = BaselineBudget(entries)
    var remaining: [Finding] = []
    for finding in findings {
      if !budget.take(exact: finding.fingerprint) { remaining.append(finding) }
    }
    var new: [Finding] = []
    for finding in remaining {
      let anchors = BaselineAnchors(finding)
      if budget.take(governingAnchor: anchors.governingKey)
        || budget.take(translationAnchor: anchors.translationKey)
      {
        continue
      }
      new.append(finding)
    }
    return (new, findings.count - new.count)
  }

  /// What `new` accepts that `old` did not (`added`), and the reverse (`removed`), entry by
  /// entry with the difference of counts. Entries are paired as `filter` pairs findings: by
  /// fingerprint, then by subject in the same governing or translation text, so an entry whose
  /// other version was edited is neither added nor removed.
  public static func compare(_ old: Baseline, _ new: Baseline) -> (
    added: [Entry], removed: [Entry]
  ) {
    (difference(new, minus: old), difference(old, minus: new))
  }

  private static func difference(_ lhs: Baseline, minus rhs: Baseline) -> [Entry] {
    var budgets: [String: BaselineBudget] = [:]
    for document in rhs.documents {
      budgets[document] = BaselineBudget(rhs.findings.filter { $0.document == document })
    }
    var extra = lhs.findings.map { entry in
      var unmatched = 0
      for _ in 0..<entry.count where budgets[entry.document]?.take(exact: entry.fingerprint) != true
      {
        unmatched += 1
      }
      return unmatched
    }
    for (index, entry) in lhs.findings.enumerated() where extra[index] > 0 {
      let anchors = entry.anchors
      for _ in 0..<extra[index] {
        if budgets[entry.document]?.take(governingAnchor: anchors.governingKey) == true
          || budgets[entry.document]?.take(translationAnchor: anchors.translationKey) == true
        {
          extra[index] -= 1
        }
      }
    }
    return lhs.findings.indices.compactMap { index in
      guard extra[index] > 0 else { return nil }
      var result = lhs.findings[index]
      result.count = extra[index]
      return result
    }
  }
}
