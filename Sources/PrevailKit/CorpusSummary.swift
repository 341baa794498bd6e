import Foundation
import PrevailModel

/// The outcome of a corpus run: every document's figures or error, and totals. Written as
/// `corpus-summary.json` with sorted keys and no timings, so the same corpus gives the same
/// bytes.
public struct CorpusSummary: Sendable {
  public static let fileName = "corpus-summary.json"

  /// Per document, in name order.
  public var results: [CorpusDocumentResult]
  public var failOn: Severity?

  public init(results: [CorpusDocumentResult], failOn: Severity?) {
    self.results = results
    self.failOn = failOn
  }

  public var failed: [CorpusDocumentResult] {
    results.filter { if case .failed = $0.outcome { true } else { false } }
  }

  /// Documents whose gate failed (findings at or above `failOn`).
  public var gateFailures: Int {
    results.filter {
      if case .checked(let figures) = $0.outcome { figures.gateFailures > 0 } else { false }
    }.count
  }

  /// The closing line: `3 documents: 2 checked, 1 failed; 40 findings; gate failed in 1`.
  public var line: String {
    let checked = results.count - failed.count
    let findings = results.reduce(0) { total, result in
      if case .checked(let figures) = result.outcome { total + figures.findings } else { total }
    }
    let gate =
      failOn == nil
      ? "gate off" : gateFailures == 0 ? "gate passed" : "gate failed in \(gateFailures)"
    return "\(results.count) documents: \(checked) checked, \(failed.count) failed; "
      + "\(findings) findings; \(gate)"
  }

  /// The summary as JSON (schema version 1).
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(Encoded(self))
    data.append(contentsOf: Array("\n".utf8))
    return data
  }

  /// Writes `corpus-summary.json` into `directory` atomically (temporary file, then rename).
  public func write(to directory: String) throws {
    let url = URL(fileURLWithPath: directory).appendingPathComponent(Self.fileName)
    do {
      try json().write(to: url, options: .atomic)
    } catch {
      throw ReportWriteError(description: "\(url.path): cannot be written")
    }
  }

  private struct Encoded: Encodable {
    struct Document: Encodable {
      var name: String
      var paths: [String]
      var status: String
      var error: String?
      var findings: Int?
      var bySeverity: [String: Int]?
      var governingCharacters: Int?
      var mqmScore: Double?
      var gatePassed: Bool?
      var gateFailures: Int?
      var reports: [String]?
    }
    struct Totals: Encodable {
      var documents: Int
      var checked: Int
      var failed: Int
      var findings: Int
      var bySeverity: [String: Int]
      var governingCharacters: Int
      var failOn: String
      var gateFailedDocuments: Int
      var passed: Bool
    }

    var schemaVersion = 1
    var tool: [String: String] = ["name": "prevail", "version": prevailVersion]
    var documents: [Document]
    var summary: Totals

    init(_ summary: CorpusSummary) {
      var totals = Totals(
        documents: summary.results.count, checked: 0, failed: 0, findings: 0,
        bySeverity: Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) }),
        governingCharacters: 0, failOn: summary.failOn?.rawValue ?? "none",
        gateFailedDocuments: summary.gateFailures, passed: false)
      documents = summary.results.map { result in
        var paths: [String]
        switch result.document.files {
        case .single(let path): paths = [path]
        case .pair(let zh, let en): paths = [zh, en]
        }
        var document = Document(name: result.document.name, paths: paths, status: "checked")
        switch result.outcome {
        case .checked(let figures):
          totals.checked += 1
          totals.findings += figures.findings
          totals.governingCharacters += figures.governingCharacters
          var counts: [String: Int] = [:]
          for severity in Severity.allCases {
            let count = figures.bySeverity[severity] ?? 0
            counts[severity.rawValue] = count
            totals.bySeverity[severity.rawValue, default: 0] += count
          }
          document.findings = figures.findings
          document.bySeverity = counts
          document.governingCharacters = figures.governingCharacters
          document.mqmScore = (figures.mqmScore * 100).rounded() / 100
          document.gatePassed = figures.gateFailures == 0
          document.gateFailures = figures.gateFailures
          document.reports = figures.reports
        case .failed(let message):
          totals.failed += 1
          document.status = "failed"
          document.error = message
        }
        return document
      }
      totals.passed = totals.failed == 0 && totals.gateFailedDocuments == 0
      self.summary = totals
    }
  }
}
