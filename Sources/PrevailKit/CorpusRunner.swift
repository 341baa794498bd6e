import Foundation
import PrevailIngest
import PrevailModel

/// What happened to one document of a corpus.
public struct CorpusDocumentResult: Sendable {
  /// A checked document's figures (its full result is in its reports, not kept in memory).
  public struct Figures: Sendable, Hashable {
    public var findings: Int
    public var bySeverity: [Severity: Int]
    public var governingCharacters: Int
    public var mqmScore: Double
    public var gateFailures: Int
    /// The report files written, by file name.
    public var reports: [String]
  }

  public enum Outcome: Sendable {
    case checked(Figures)
    /// The document could not be checked or its reports not written: one line saying why.
    case failed(String)
  }

  public var document: CorpusDocument
  public var outcome: Outcome

  /// The console summary line of the document (`name: …`), or its error.
  public var line: String {
    switch outcome {
    case .checked(let figures):
      let counts = Severity.allCases.reversed().map {
        "\($0.rawValue) \(figures.bySeverity[$0] ?? 0)"
      }
      let gate = figures.gateFailures == 0 ? "passed" : "failed (\(figures.gateFailures))"
      return "\(document.name): \(figures.findings) findings (\(counts.joined(separator: ", "))); "
        + "MQM \((figures.mqmScore * 100).rounded() / 100); gate \(gate)"
    case .failed(let message):
      return "\(document.name): error: \(message)"
    }
  }
}

/// Progress of a corpus run, reported after each document.
public struct CorpusProgress: Sendable {
  public var completed: Int
  public var total: Int
  public var result: CorpusDocumentResult
}

/// Checks every document of a corpus in parallel (at most one document per core at a time),
/// writes each document's reports, and a `corpus-summary.json`. A document that fails is
/// reported as an error; the others still run. Results come back in discovery (name) order,
/// whatever order the workers finish in.
public struct CorpusRunner: Sendable {
  public var pipeline: Pipeline
  public var formats: [ReportKind]
  /// Where reports go (`<dir>/<document-name>.*` and `corpus-summary.json`); nil writes none.
  public var output: String?
  public var inputFormat: InputFormat
  /// Documents checked at the same time; defaults to the number of active cores.
  public var maxConcurrency: Int

  public init(
    pipeline: Pipeline, formats: [ReportKind], output: String?, inputFormat: InputFormat = .auto,
    maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.pipeline = pipeline
    self.formats = formats
    self.output = output
    self.inputFormat = inputFormat
    self.maxConcurrency = max(1, maxConcurrency)
  }

  /// Checks the documents; `progress` is called once per document, from worker threads but
  /// never concurrently.
  public func run(
    _ documents: [CorpusDocument], progress: @escaping @Sendable (CorpusProgress) -> Void = { _ in }
  ) throws -> CorpusSummary {
    if let output {
      do {
        try FileManager.default.createDirectory(
          atPath: output, withIntermediateDirectories: true)
      } catch {
        throw ReportWriteError(description: "\(output): cannot create the output directory")
      }
    }
    let state = RunState(count: documents.count)
    let workers = min(maxConcurrency, documents.count)
    if workers > 0 {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let index = state.next() {
          let result = check(documents[index])
          state.finish(index, result, progress: progress)
        }
      }
    }
    let summary = CorpusSummary(results: state.results(), failOn: pipeline.failOn)
    if let output {
      try summary.write(to: output)
    }
    return summary
  }

  /// Reads, checks and reports one document, turning any error into a one-line failure.
  func check(_ document: CorpusDocument) -> CorpusDocumentResult {
    do {
      var bilingual: BilingualDocument
      switch document.files {
      case .single(let path):
        let reader = DocumentReader(oracle: pipeline.wordOracle, governing: pipeline.governing)
        bilingual = try reader.read(path: path, name: document.name, format: inputFormat)
      case .pair(let zh, let en):
        let original = try RawText.read(path: zh)
        let translation = try RawText.read(path: en)
        try original.checkLineLengths()
        try translation.checkLineLengths()
        let reader = DocumentReader(oracle: pipeline.wordOracle, governing: pipeline.governing)
        bilingual = try reader.readPair(
          original: original, translation: translation, name: document.name,
          onePerLine: ![original, translation].contains { $0.hasBlankLineBetweenText })
      }
      bilingual.name = document.name
      let result = pipeline.check(bilingual)
      let reports = try ReportSet(result: result, formats: formats)
      if let output { try reports.write(to: output) }
      var bySeverity: [Severity: Int] = [:]
      for finding in result.findings { bySeverity[finding.severity, default: 0] += 1 }
      let figures = CorpusDocumentResult.Figures(
        findings: result.findings.count, bySeverity: bySeverity,
        governingCharacters: result.document.governing.side.scalars.filter {
          !$0.properties.isWhitespace
        }.count,
        mqmScore: result.mqmScore, gateFailures: result.gateFailures.count,
        reports: output == nil ? [] : reports.files.filter { $0.kind != .console }.map(\.name))
      return CorpusDocumentResult(document: document, outcome: .checked(figures))
    } catch {
      let line = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
      return CorpusDocumentResult(document: document, outcome: .failed(line))
    }
  }
}

/// The shared state of the workers: the next document to take and the results so far.
private final class RunState: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private var completed = 0
  private var slots: [CorpusDocumentResult?]

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < slots.count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }

  func finish(
    _ index: Int, _ result: CorpusDocumentResult, progress: (CorpusProgress) -> Void
  ) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
    completed += 1
    progress(CorpusProgress(completed: completed, total: slots.count, result: result))
  }

  func results() -> [CorpusDocumentResult] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}
