import Foundation
import PrevailModel

/// A rule of the SARIF report: what one check is. PrevailReports does not know the checks, so
/// the caller passes one per check (from `CheckRegistry.all`).
public struct SARIFRule: Hashable, Sendable {
  /// The check id (`list-items`), used as `ruleId`.
  public var id: String
  /// A PascalCase name (`ListItems`).
  public var name: String
  /// One line: the check's title.
  public var shortDescription: String
  /// The check's rationale.
  public var fullDescription: String
  /// Help text shown with an alert.
  public var help: String
  public var defaultSeverity: Severity
  public var category: IssueCategory?

  public init(
    id: String, name: String, shortDescription: String, fullDescription: String, help: String,
    defaultSeverity: Severity, category: IssueCategory?
  ) {
    self.id = id
    self.name = name
    self.shortDescription = shortDescription
    self.fullDescription = fullDescription
    self.help = help
    self.defaultSeverity = defaultSeverity
    self.category = category
  }

  /// A rule from a check's descriptor fields: the name is the id in PascalCase, the help text
  /// the rationale followed by the category's gloss.
  public init(
    id: String, title: String, rationale: String, category: IssueCategory,
    defaultSeverity: Severity
  ) {
    self.init(
      id: id, name: SARIFRule.pascalCase(id), shortDescription: title,
      fullDescription: rationale,
      help: "\(rationale)\n\nCategory \(category.rawValue): \(category.gloss)",
      defaultSeverity: defaultSeverity, category: category)
  }

  /// `list-items` → `ListItems`.
  public static func pascalCase(_ id: String) -> String {
    id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map { $0.prefix(1).uppercased() + $0.dropFirst() }
      .joined()
  }
}

/// Writes a check result as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one
/// run, one rule per check, one result per finding with its level, message, the raw file's
/// repository-relative URI and line and column (in Unicode scalars, declared by `columnKind`),
/// the translation counterpart as a related location, and the finding fingerprint as
/// `partialFingerprints["prevail/v1"]`. Keys are sorted; no timestamps.
public enum SARIFReportWriter {
  /// The `$schema` written in the report.
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
  /// The key of the finding fingerprint in `partialFingerprints`.
  public static let fingerprintKey = "prevail/v1"
  /// The `uriBaseId` of repository-relative artifact locations.
  public static let sourceRootBaseID = "%SRCROOT%"

  /// The SARIF level of a severity: critical and major are errors, minor a warning, neutral a
  /// note.
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .major: "error"
    case .minor: "warning"
    case .neutral: "note"
    }
  }

  /// The report as UTF-8 JSON. `repositoryRoot` makes absolute input paths relative to it;
  /// relative paths are written as given. Checks with findings but no rule get a minimal rule.
  public static func write(
    _ result: CheckResult, rules: [SARIFRule] = [], repositoryRoot: String? = nil
  ) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(log(result, rules: rules, repositoryRoot: repositoryRoot))
    data.append(0x0A)
    return data
  }

  static func log(_ result: CheckResult, rules: [SARIFRule], repositoryRoot: String?) -> SARIF.Log {
    var rules = rules
    var known = Set(rules.map(\.id))
    for finding in result.findings.sorted(by: Finding.reportOrder)
    where known.insert(finding.check).inserted {
      rules.append(
        SARIFRule(
          id: finding.check, name: SARIFRule.pascalCase(finding.check),
          shortDescription: finding.check, fullDescription: finding.category.gloss,
          help: finding.category.gloss, defaultSeverity: finding.severity,
          category: finding.category))
    }
    var ruleIndex: [String: Int] = [:]
    for (index, rule) in rules.enumerated() where ruleIndex[rule.id] == nil {
      ruleIndex[rule.id] = index
    }
    let locator = SARIFLocator(result: result, repositoryRoot: repositoryRoot)
    let results = result.findings.sorted(by: Finding.reportOrder).map { finding in
      SARIF.Result(
        ruleId: finding.check, ruleIndex: ruleIndex[finding.check] ?? 0,
        level: level(finding.severity), message: SARIF.Message(text: finding.message),
        locations: [locator.primary(finding)], relatedLocations: locator.related(finding),
        partialFingerprints: [fingerprintKey: finding.fingerprint],
        properties: SARIF.ResultProperties(
          category: finding.category.rawValue,
          confidence: (finding.confidence * 100).rounded()
            / 100, messageId: finding.messageID, severity: finding.severity.rawValue))
    }
    let driver = SARIF.Driver(
      name: "Prevail", version: result.toolVersion, semanticVersion: result.toolVersion,
      rules: rules.map(SARIF.Rule.init))
    let run = SARIF.Run(
      tool: SARIF.Tool(driver: driver),
      automationDetails: SARIF.AutomationDetails(id: "prevail/\(result.document.name)/"),
      columnKind: "unicodeCodePoints", results: results)
    return SARIF.Log(schema: schemaURI, version: "2.1.0", runs: [run])
  }
}

/// Turns excerpts into SARIF locations: artifact URIs relative to the repository, regions in
/// the raw file.
struct SARIFLocator {
  let result: CheckResult
  let repositoryRoot: String?

  /// The governing excerpt if any, else the translation's, else the document's first line.
  func primary(_ finding: Finding) -> SARIF.Location {
    if let excerpt = finding.governing { return location(excerpt, role: .governing, id: nil) }
    if let excerpt = finding.translation { return location(excerpt, role: .translation, id: nil) }
    return SARIF.Location(
      id: nil, message: nil,
      physicalLocation: SARIF.PhysicalLocation(
        artifactLocation: artifact(result.document.governing.side.path),
        region: SARIF.Region(startLine: 1, startColumn: 1)))
  }

  /// The translation counterpart of a finding located in the governing text.
  func related(_ finding: Finding) -> [SARIF.Location]? {
    guard finding.governing != nil, let excerpt = finding.translation else { return nil }
    var location = location(excerpt, role: .translation, id: 1)
    location.message = SARIF.Message(
      text: "\(result.document.translation.language.name) counterpart (\(excerpt.segment))")
    return [location]
  }

  /// No `snippet`: a region without an end runs to the end of its line in the raw file, and
  /// the excerpt's text is normalized (repairs applied), so it would not be that text.
  private func location(_ excerpt: Excerpt, role: Role, id: Int?) -> SARIF.Location {
    SARIF.Location(
      id: id, message: nil,
      physicalLocation: SARIF.PhysicalLocation(
        artifactLocation: artifact(result.document.version(role).side.path),
        region: SARIF.Region(
          startLine: max(1, excerpt.line), startColumn: max(1, excerpt.column))))
  }

  /// A repository-relative URI with `%SRCROOT%`, or a `file:` URI for an absolute path outside
  /// the repository.
  func artifact(_ path: String) -> SARIF.ArtifactLocation {
    var relative = path
    if path.hasPrefix("/") {
      guard let root = repositoryRoot.map(Self.standardized), !root.isEmpty,
        Self.standardized(path).hasPrefix(root == "/" ? "/" : root + "/")
      else {
        return SARIF.ArtifactLocation(uri: "file://" + Self.encoded(path), uriBaseId: nil)
      }
      relative = String(Self.standardized(path).dropFirst(root == "/" ? 1 : root.count + 1))
    }
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    return SARIF.ArtifactLocation(
      uri: Self.encoded(relative), uriBaseId: SARIFReportWriter.sourceRootBaseID)
  }

  private static func standardized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", !parts.isEmpty { parts.removeLast() } else { parts.append(part) }
    }
    return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  /// Percent-encodes what a URI path cannot carry (spaces, `%`, `#`, `?`, non-ASCII).
  static func encoded(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "%;")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}

/// The subset of the SARIF 2.1.0 object model Prevail writes.
enum SARIF {
  struct Log: Encodable {
    let schema: String
    let version: String
    let runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    let tool: Tool
    let automationDetails: AutomationDetails
    let columnKind: String
    let results: [Result]
  }

  struct Tool: Encodable { let driver: Driver }

  struct AutomationDetails: Encodable { let id: String }

  struct Driver: Encodable {
    let name: String
    let version: String
    let semanticVersion: String
    let rules: [Rule]
  }

  struct Rule: Encodable {
    let id: String
    let name: String
    let shortDescription: Message
    let fullDescription: Message
    let help: Message
    let defaultConfiguration: Configuration
    let properties: RuleProperties

    init(_ rule: SARIFRule) {
      id = rule.id
      name = rule.name
      shortDescription = Message(text: rule.shortDescription)
      fullDescription = Message(text: rule.fullDescription)
      help = Message(text: rule.help)
      defaultConfiguration = Configuration(level: SARIFReportWriter.level(rule.defaultSeverity))
      var tags = ["translation"]
      if let category = rule.category { tags.append(category.rawValue) }
      properties = RuleProperties(tags: tags, severity: rule.defaultSeverity.rawValue)
    }
  }

  struct Configuration: Encodable { let level: String }

  struct RuleProperties: Encodable {
    let tags: [String]
    let severity: String
  }

  struct Message: Encodable { let text: String }

  struct Result: Encodable {
    let ruleId: String
    let ruleIndex: Int
    let level: String
    let message: Message
    let locations: [Location]
    let relatedLocations: [Location]?
    let partialFingerprints: [String: String]
    let properties: ResultProperties
  }

  struct ResultProperties: Encodable {
    let category: String
    let confidence: Double
    let messageId: String
    let severity: String
  }

  struct Location: Encodable {
    var id: Int?
    var message: Message?
    var physicalLocation: PhysicalLocation
  }

  struct PhysicalLocation: Encodable {
    let artifactLocation: ArtifactLocation
    let region: Region
  }

  struct ArtifactLocation: Encodable {
    let uri: String
    let uriBaseId: String?
  }

  struct Region: Encodable {
    let startLine: Int
    let startColumn: Int
  }
}
