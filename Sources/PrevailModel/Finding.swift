/// How much a difference changes the governing text's meaning (MQM severities and weights).
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  case neutral
  case minor
  case major
  case critical

  /// MQM penalty weight.
  public var weight: Int {
    switch self {
    case .neutral: 0
    case .minor: 1
    case .major: 5
    case .critical: 25
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight < rhs.weight }
}

/// An MQM error category, written `dimension/type` ("accuracy/omission").
public enum IssueCategory: String, Codable, Hashable, Sendable, CaseIterable {
  case omission = "accuracy/omission"
  case addition = "accuracy/addition"
  case mistranslation = "accuracy/mistranslation"
  case untranslated = "accuracy/untranslated"
  case terminology = "terminology/inconsistent"
  case structure = "structure/mismatch"
  case nonCorresponding = "structure/non-corresponding"

  /// A short name usable as an XML id (`omission`).
  public var slug: String {
    switch self {
    case .omission: "omission"
    case .addition: "addition"
    case .mistranslation: "mistranslation"
    case .untranslated: "untranslated"
    case .terminology: "terminology"
    case .structure: "structure"
    case .nonCorresponding: "non-corresponding"
    }
  }

  /// A one-line description, for taxonomies and help text.
  public var gloss: String {
    switch self {
    case .omission: "Governing content missing from the translation."
    case .addition: "Translation content with no source in the governing text."
    case .mistranslation: "Translation content that says something other than the governing text."
    case .untranslated: "Governing text left untranslated."
    case .terminology: "A term rendered inconsistently or against a glossary."
    case .structure: "Sections, principles, articles or numbered items that do not correspond."
    case .nonCorresponding: "Matter present in one version only by design (author lists, notes)."
    }
  }
}

/// Where a finding is, in one version: the segment, its text and its raw-file position.
public struct Excerpt: Hashable, Codable, Sendable {
  public var segment: String
  public var text: String
  public var line: Int
  public var column: Int

  public init(segment: String, text: String, position: SourcePosition) {
    self.segment = segment
    self.text = text
    line = position.line
    column = position.column
  }

  public var position: SourcePosition { SourcePosition(line: line, column: column) }
}

/// One piece of evidence for a finding: a term and what supports the claim about it.
public struct Evidence: Hashable, Codable, Sendable {
  /// What the evidence is: "missing-item", "glosses", "translation-list", "number", "acronym"…
  public var kind: String
  /// The term or value itself (老人, 5, IPv6).
  public var value: String
  /// Supporting details: dictionary glosses, the list it should have been in, values compared.
  public var details: [String]

  public init(kind: String, value: String, details: [String] = []) {
    self.kind = kind
    self.value = value
    self.details = details
  }
}

/// A difference between the governing text and its translation, stated against the governing text.
public struct Finding: Hashable, Codable, Sendable {
  /// Stable id of the check that found it (never renamed).
  public var check: String
  /// Stable id of the message within the check.
  public var messageID: String
  public var category: IssueCategory
  public var severity: Severity
  public var message: String
  public var governing: Excerpt?
  public var translation: Excerpt?
  public var evidence: [Evidence]
  /// How sure the check is, 0 to 1.
  public var confidence: Double
  /// Content hash (check, message, normalized governing and translation text, evidence values):
  /// stable across runs and across edits elsewhere in the document.
  public var fingerprint: String

  public init(
    check: String, messageID: String, category: IssueCategory, severity: Severity,
    message: String, governing: Excerpt?, translation: Excerpt?, evidence: [Evidence],
    confidence: Double
  ) {
    self.check = check
    self.messageID = messageID
    self.category = category
    self.severity = severity
    self.message = message
    self.governing = governing
    self.translation = translation
    self.evidence = evidence
    self.confidence = confidence
    fingerprint = Fingerprint.of(
      [check, messageID, governing?.text ?? "", translation?.text ?? ""]
        + evidence.map(\.value))
  }

  /// Where the finding is reported first: the governing excerpt if any, else the translation's.
  public var primary: Excerpt? { governing ?? translation }

  /// Report order: by governing position, then translation position, then check and message.
  public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
    let left = (lhs.governing?.line ?? Int.max, lhs.governing?.column ?? 0,
      lhs.translation?.line ?? Int.max, lhs.translation?.column ?? 0)
    let right = (rhs.governing?.line ?? Int.max, rhs.governing?.column ?? 0,
      rhs.translation?.line ?? Int.max, rhs.translation?.column ?? 0)
    if left != right { return left < right }
    if lhs.check != rhs.check { return lhs.check < rhs.check }
    return lhs.fingerprint < rhs.fingerprint
  }
}
