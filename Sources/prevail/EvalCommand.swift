import ArgumentParser
import Foundation
import PrevailIngest
import PrevailKit
import PrevailModel

/// `prevail eval`: check a document and compare the findings with hand-annotated gold.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Compare Prevail's findings with expected findings (precision, recall, F1).",
    discussion: """
      Checks the document the expected-findings file names (or the one given here), matches \
      each finding to the annotated discrepancies (compatible category, same place: a line \
      within the item's lines ± the tolerance, or overlapping lines and evidence found in the \
      item's text), and prints precision, recall and F1 by category for major and critical \
      items and for all severities, then the misses, the false alarms and the equivalences \
      violated (findings above minor on a faithful correspondence). Exit 0: it is a \
      measurement; 2 when the gold or the document cannot be read.

      Examples:
        prevail eval Corpus/china-igf-gdc-input/expected-findings.json
        prevail eval Benchmarks/udhr/expected-findings.json
        prevail eval gold.json --original zh.txt --translation en.txt
      """
  )

  @Argument(help: "The expected-findings JSON file.", completion: .file())
  var expected: String

  @Option(help: "A file holding both versions (overrides the gold's document).")
  var document: String?

  @Option(help: "The governing version, with --translation.", completion: .file())
  var original: String?

  @Option(help: "The translation, with --original.", completion: .file())
  var translation: String?

  @Option(help: "Lines of slack when matching a finding to a gold item.")
  var lineTolerance = 1

  mutating func validate() throws {
    if (original == nil) != (translation == nil) {
      throw ValidationError("Give both --original and --translation, or neither.")
    }
    if document != nil && original != nil {
      throw ValidationError("Give either --document or --original and --translation.")
    }
    if lineTolerance < 0 { throw ValidationError("--line-tolerance must be 0 or more.") }
  }

  func run() throws {
    let output: String
    do {
      let gold = try ExpectedFindings.load(path: expected)
      let input = try checkInput(gold)
      let governing: GoverningChoice = gold.governing == "en" ? .en : .zh
      let result = try Pipeline.bundled(governing: governing, failOn: nil).check(input)
      let evaluation = Evaluation(
        gold: gold, findings: LocatedFinding.all(result),
        matcher: GoldMatcher(lineTolerance: lineTolerance))
      output = EvaluationReport.text(evaluation, goldPath: expected)
    } catch {
      throw CommandFailure.exit(error)
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// The document to check: options first, else the gold's paths, resolved from the current
  /// directory or from the folders above the gold file.
  private func checkInput(_ gold: ExpectedFindings) throws -> CheckInput {
    if let document { return .bilingual(path: document) }
    if let original, let translation {
      return .pair(original: original, translation: translation, onePerLine: nil)
    }
    if let document = gold.document { return .bilingual(path: resolve(document)) }
    if let original = gold.original, let translation = gold.translation {
      return .pair(
        original: resolve(original), translation: resolve(translation), onePerLine: nil)
    }
    throw GoldError.noDocument(path: expected)
  }

  private func resolve(_ path: String) -> String {
    let manager = FileManager.default
    if path.hasPrefix("/") || manager.fileExists(atPath: path) { return path }
    var folder = URL(fileURLWithPath: expected).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent(path).standardizedFileURL.path
      if manager.fileExists(atPath: candidate) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return path
  }
}
