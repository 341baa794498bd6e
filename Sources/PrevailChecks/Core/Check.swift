import PrevailLexicon
import PrevailModel

/// A worked example of a check: a governing text, its translation, and the message ids the check
/// must report on them (none for a negative example). Examples are run as the check's tests.
public struct CheckExample: Sendable {
  public var governing: String
  public var translation: String
  public var expected: [String]

  public init(governing: String, translation: String, expected: [String] = []) {
    self.governing = governing
    self.translation = translation
    self.expected = expected
  }
}

/// What a check is: stable id, title, rationale, MQM category, default severity, examples.
public struct CheckDescriptor: Sendable {
  public var id: String
  public var title: String
  public var rationale: String
  public var category: IssueCategory
  public var defaultSeverity: Severity
  public var examples: [CheckExample]

  public init(
    id: String, title: String, rationale: String, category: IssueCategory,
    defaultSeverity: Severity, examples: [CheckExample]
  ) {
    self.id = id
    self.title = title
    self.rationale = rationale
    self.category = category
    self.defaultSeverity = defaultSeverity
    self.examples = examples
  }
}

/// A check: a pure function from an aligned document to findings. It never prints.
public protocol Check: Sendable {
  static var descriptor: CheckDescriptor { get }
  func findings(in context: CheckContext) -> [Finding]
}

extension Check {
  public var descriptor: CheckDescriptor { Self.descriptor }
}
