import ArgumentParser
import Foundation
import PrevailIngest
import PrevailKit
import PrevailLexicon
import PrevailModel
import PrevailReports

/// `prevail check`: read, align, check and report one document.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a bilingual document and write reports.",
    discussion: """
      Give one file that holds both versions (for example a PDF's text with the original in an \
      appendix), or the two versions as --original and --translation.

      Examples:
        prevail check Corpus/china-igf-gdc-input/source.txt
        prevail check source.txt --format json --format tei --output Reports
        prevail check --original zh.txt --translation en.txt --format json --output -
      """
  )

  @Argument(
    help: ArgumentHelp(
      "A file holding both versions (text, TMX, XLIFF or a Prevail TEI report), or a directory of documents (corpus mode)."
    ),
    completion: .file())
  var document: String?

  @Option(help: "The original (governing) version, with --translation.", completion: .file())
  var original: String?

  @Option(help: "The translation, with --original.", completion: .file())
  var translation: String?

  @Option(help: "Which version governs: auto (from the document's clause), zh or en.")
  var governing: GoverningOption = .auto

  @Option(name: .customLong("input-format"), help: "auto (by content), text, tmx, xliff or tei.")
  var inputFormat: InputFormatOption = .auto

  @Option(
    name: .customLong("format"),
    help: "Report format: console, json, tei, html, sarif or junit. Repeat for several.")
  var formats: [ReportFormat] = []

  @Option(
    help: ArgumentHelp(
      "Directory for report files (<document-name>.json, .tei.xml, .html, .sarif, .junit.xml), or - for stdout.",
      valueName: "dir"))
  var output: String?

  @Option(help: "Fail (exit 1) on findings at or above: critical, major, minor or none.")
  var failOn: FailOnOption = .major

  @Option(
    help: "A TBX glossary of project terms (TBX-Basic v3 or TBX v2 martif).",
    completion: .file(extensions: ["tbx", "xml"]))
  var glossary: String?

  @Flag(
    name: .customLong("validate"),
    help: "Validate the TEI report against Prevail's RelaxNG schema before writing it (exit 2 if invalid).")
  var validateReport = false

  @Flag(help: "Write the time of the run into the reports (they are byte-identical without it).")
  var timestamp = false

  @Option(
    help: ArgumentHelp(
      "Report only findings not in this baseline (written by `prevail baseline write`).",
      valueName: "file"),
    completion: .file())
  var baseline: String?

  @Option(
    help: ArgumentHelp(
      "A reviewed waiver file: covered findings are shown as waived; stale waivers are reported.",
      valueName: "file"),
    completion: .file())
  var waivers: String?

  mutating func validate() throws {
    switch (document, original, translation) {
    case (.some, nil, nil), (nil, .some, .some): break
    case (.some, _, _):
      throw ValidationError("Give either a document or --original and --translation, not both.")
    default:
      throw ValidationError("Give a document, or both --original and --translation.")
    }
    if formats.isEmpty { formats = output == nil || output == "-" ? [.console] : [.json, .tei] }
    if output == "-" && formats.count != 1 {
      throw ValidationError("--output - writes one report to stdout; give exactly one --format.")
    }
    if output == nil && formats.contains(where: { $0 != .console }) {
      throw ValidationError("json, tei, html, sarif and junit reports need --output DIR (or --output - for one).")
    }
  }

  func run() throws {
    var isDirectory: ObjCBool = false
    if let document, FileManager.default.fileExists(atPath: document, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return try runCorpus(document)
    }
    let input: CheckInput =
      if let document { .bilingual(path: document) } else {
        .pair(original: original ?? "", translation: translation ?? "", onePerLine: nil)
      }
    let gated: GatedResult
    let reports: ReportSet
    do {
      let policy = try GatePolicy.load(
        baseline: baseline, waivers: waivers, failOn: failOn.severity)
      let projectGlossary = try glossary.map { try Glossary.load(path: $0) }
      var pipeline = try Pipeline.bundled(
        governing: governing.choice, failOn: failOn.severity, glossary: projectGlossary)
      pipeline.inputFormat = inputFormat.format
      gated = policy.apply(to: try pipeline.check(input))
      var result = gated.result
      if timestamp { result.generatedAt = Self.now() }
      reports = try ReportSet(result: result, formats: formats.map(\.kind))
      if validateReport { try Self.validateTEI(reports) }
    } catch {
      throw CommandFailure.exit(error)
    }
    if output == "-" {
      FileHandle.standardOutput.write(reports.files[0].data)
    } else {
      if let output {
        do {
          try reports.write(to: output)
        } catch {
          throw CommandFailure.exit(error)
        }
      }
      if formats.contains(.console) {
        FileHandle.standardOutput.write(Data(reports.console.utf8))
      } else {
        FileHandle.standardError.write(Data((reports.summary + "\n").utf8))
      }
    }
    for note in gated.notes {
      FileHandle.standardError.write(Data("prevail: note: \(note)\n".utf8))
    }
    if !gated.outcome.passed { throw ExitCode(gated.outcome.exitCode) }
  }
}

extension CheckCommand {
  /// Corpus mode: every document under a directory, in parallel, one report set each.
  func runCorpus(_ directory: String) throws {
    guard let output, output != "-" else {
      throw ValidationError("A directory of documents needs --output DIR for its reports.")
    }
    let summary: CorpusSummary
    do {
      let projectGlossary = try glossary.map { try Glossary.load(path: $0) }
      var pipeline = try Pipeline.bundled(
        governing: governing.choice, failOn: failOn.severity, glossary: projectGlossary)
      pipeline.inputFormat = inputFormat.format
      let documents = try CorpusDiscovery.documents(in: directory, excluding: [output])
      guard !documents.isEmpty else {
        throw InputError.noParallelText(
          path: directory, reason: "no documents found under this directory (see corpus mode)")
      }
      let runner = CorpusRunner(
        pipeline: pipeline, formats: formats.map(\.kind).filter { $0 != .console },
        output: output, inputFormat: inputFormat.format)
      let printer = CorpusProgressPrinter(isTerminal: isatty(STDERR_FILENO) != 0)
      summary = try runner.run(documents) { printer.show($0) }
      printer.finish()
    } catch {
      throw CommandFailure.exit(error)
    }
    for result in summary.results { print(result.line) }
    FileHandle.standardError.write(Data((summary.line + "\n").utf8))
    if !summary.failed.isEmpty { throw ExitCode(2) }
    if summary.gateFailures > 0 { throw ExitCode(1) }
  }
}

extension CheckCommand {
  /// The current time, ISO 8601 in UTC, to the second.
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
  }

  /// Validates the rendered TEI report (if any) against the project's schema.
  static func validateTEI(_ reports: ReportSet) throws {
    for file in reports.files where file.kind == .tei {
      let diagnostics = try TEISchema.validate(file.data)
      if let first = diagnostics.first {
        throw ReportWriteError(
          description: "\(file.name) does not validate against prevail-tei.rng "
            + "(\(diagnostics.count) errors; first: \(first))")
      }
    }
  }
}

enum InputFormatOption: String, ExpressibleByArgument, CaseIterable {
  case auto, text, tmx, xliff, tei

  var format: InputFormat { InputFormat(rawValue: rawValue) ?? .auto }
}

/// A failure to check: one line on stderr, exit code 2, nothing written.
enum CommandFailure {
  static func exit(_ error: any Error) -> ExitCode {
    let message = String(describing: error)
    FileHandle.standardError.write(Data("prevail: error: \(message)\n".utf8))
    return ExitCode(2)
  }
}

enum GoverningOption: String, ExpressibleByArgument, CaseIterable {
  case auto, zh, en

  var choice: GoverningChoice {
    switch self {
    case .auto: .auto
    case .zh: .zh
    case .en: .en
    }
  }
}

enum FailOnOption: String, ExpressibleByArgument, CaseIterable {
  case critical, major, minor, none

  var severity: Severity? {
    switch self {
    case .critical: .critical
    case .major: .major
    case .minor: .minor
    case .none: nil
    }
  }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case console, json, tei, html, sarif, junit

  var kind: ReportKind {
    switch self {
    case .console: .console
    case .json: .json
    case .tei: .tei
    case .html: .html
    case .sarif: .sarif
    case .junit: .junit
    }
  }
}
