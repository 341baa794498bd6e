import Foundation
import PrevailModel

/// Writes the versioned JSON report (schema version 1, documented in the README and in
/// `Schemas/report.schema.json`). Keys are sorted and no timestamp is
/// written, so identical input gives identical bytes.
public enum JSONReportWriter {
  public static let schemaVersion = 1

  public static func write(_ result: CheckResult) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(Report(result))
    data.append(0x0A)
    return data
  }

  struct Report: Encodable {
    let schemaVersion = JSONReportWriter.schemaVersion
    let tool: Tool
    let document: Document
    let findings: [FindingEntry]
    let alignment: Alignment
    let summary: Summary

    init(_ result: CheckResult) {
      tool = Tool(name: "prevail", version: result.toolVersion, generatedAt: result.generatedAt)
      let document = result.document
      self.document = Document(
        name: document.name, path: document.path,
        governing: document.governing.language.rawValue,
        translation: document.translation.language.rawValue,
        governingSource: document.governingSource,
        governingStatement: document.governingStatement,
        governingPath: document.governing.side.path,
        translationPath: document.translation.side.path,
        repairs: document.governing.side.repairs.count + document.translation.side.repairs.count)
      findings = result.findings.map(FindingEntry.init)
      var shapes: [String: Int] = [:]
      for bead in result.aligned.beads(at: .sentence) { shapes[bead.shape, default: 0] += 1 }
      alignment = Alignment(
        sentenceBeads: result.aligned.beads(at: .sentence).count, sentenceBeadShapes: shapes,
        structureBeads: result.aligned.beads.filter { $0.level < .sentence }.count,
        clauseBeads: result.aligned.beads(at: .clause).count)
      summary = Summary(result)
    }
  }

  struct Tool: Encodable {
    let name: String
    let version: String
    /// Present only with `--timestamp`.
    let generatedAt: String?
  }

  struct Document: Encodable {
    let name: String
    let path: String
    let governing: String
    let translation: String
    let governingSource: String
    let governingStatement: String?
    let governingPath: String
    let translationPath: String
    let repairs: Int

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encode(path, forKey: .path)
      try container.encode(governing, forKey: .governing)
      try container.encode(translation, forKey: .translation)
      try container.encode(governingSource, forKey: .governingSource)
      try container.encode(governingStatement, forKey: .governingStatement)
      try container.encode(governingPath, forKey: .governingPath)
      try container.encode(translationPath, forKey: .translationPath)
      try container.encode(repairs, forKey: .repairs)
    }

    enum CodingKeys: String, CodingKey {
      case name, path, governing, translation, governingSource, governingStatement
      case governingPath, translationPath, repairs
    }
  }

  struct FindingEntry: Encodable {
    let id: String
    let check: String
    let messageId: String
    let category: String
    let severity: String
    let confidence: Double
    let message: String
    /// The model's excerpts encode as `{segment, text, line, column}`.
    let governing: Excerpt?
    let translation: Excerpt?
    let evidence: [Evidence]

    init(_ finding: Finding) {
      id = finding.fingerprint
      check = finding.check
      messageId = finding.messageID
      category = finding.category.rawValue
      severity = finding.severity.rawValue
      confidence = (finding.confidence * 100).rounded() / 100
      message = finding.message
      governing = finding.governing
      translation = finding.translation
      evidence = finding.evidence
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(check, forKey: .check)
      try container.encode(messageId, forKey: .messageId)
      try container.encode(category, forKey: .category)
      try container.encode(severity, forKey: .severity)
      try container.encode(confidence, forKey: .confidence)
      try container.encode(message, forKey: .message)
      try container.encode(governing, forKey: .governing)  // null when absent
      try container.encode(translation, forKey: .translation)
      try container.encode(evidence, forKey: .evidence)
    }

    enum CodingKeys: String, CodingKey {
      case id, check, messageId, category, severity, confidence, message, governing, translation
      case evidence
    }
  }

  struct Alignment: Encodable {
    let sentenceBeads: Int
    let sentenceBeadShapes: [String: Int]
    let structureBeads: Int
    let clauseBeads: Int
  }

  struct Summary: Encodable {
    let findings: Int
    let bySeverity: [String: Int]
    let byCategory: [String: Int]
    let byCheck: [String: Int]
    let governingCharacters: Int
    let mqmScore: Double
    let gate: Gate

    init(_ result: CheckResult) {
      findings = result.findings.count
      bySeverity = Dictionary(
        uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, result.count($0)) })
      byCategory = Dictionary(grouping: result.findings, by: \.category.rawValue).mapValues(\.count)
      byCheck = Dictionary(grouping: result.findings, by: \.check).mapValues(\.count)
      governingCharacters = result.document.governing.side.scalars.filter {
        !$0.properties.isWhitespace
      }.count
      mqmScore = (result.mqmScore * 100).rounded() / 100
      gate = Gate(
        failOn: result.failOn?.rawValue ?? "none", failures: result.gateFailures.count,
        passed: result.gateFailures.isEmpty)
    }
  }

  struct Gate: Encodable {
    let failOn: String
    let failures: Int
    let passed: Bool
  }
}
