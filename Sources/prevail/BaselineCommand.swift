import ArgumentParser
import Foundation
import PrevailKit
import PrevailModel

/// `prevail baseline`: record the findings accepted so far, or compare two baselines.
struct BaselineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baseline",
    abstract: "Record accepted findings in a baseline file, or compare two baselines.",
    discussion: """
      A baseline lists the findings accepted so far, keyed by a fingerprint of their content \
      (not their line numbers) and counted. `prevail check --baseline FILE` then reports only \
      what is not in it. Run `baseline write` and `check --baseline` from the same directory: \
      documents are recorded by their path relative to it.
      """,
    subcommands: [BaselineWriteCommand.self, BaselineCompareCommand.self]
  )
}

/// `prevail baseline write`: check documents and record all their findings.
struct BaselineWriteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "write",
    abstract: "Check documents and record their findings as accepted.",
    discussion: """
      Examples:
        prevail baseline write Corpus/*/source.txt --output Corpus/prevail-baseline.json
        prevail baseline write a/source.txt b/source.txt --output -
      """
  )

  @Argument(help: "Files holding both versions.", completion: .file())
  var documents: [String]

  @Option(help: ArgumentHelp("The baseline file to write, or - for stdout.", valueName: "file"))
  var output: String

  @Option(help: "Which version governs: auto (from the document's clause), zh or en.")
  var governing: GoverningOption = .auto

  func validate() throws {
    guard !documents.isEmpty else { throw ValidationError("Give at least one document.") }
  }

  func run() throws {
    let baseline: Baseline
    let data: Data
    do {
      let pipeline = try Pipeline.bundled(governing: governing.choice, failOn: nil)
      var checked: [(path: String, findings: [Finding])] = []
      for document in documents {
        let result = try pipeline.check(.bilingual(path: document))
        checked.append((BaselinePath.relative(document), result.findings))
      }
      baseline = Baseline(documents: checked)
      data = try baseline.encoded()
      if output != "-" { try baseline.write(to: output) }
    } catch {
      throw CommandFailure.exit(error)
    }
    if output == "-" {
      FileHandle.standardOutput.write(data)
    } else {
      let note =
        "prevail: wrote \(output): \(baseline.total) findings (\(baseline.findings.count) "
        + "fingerprints) in \(documents.count) document\(documents.count == 1 ? "" : "s")\n"
      FileHandle.standardError.write(Data(note.utf8))
    }
  }
}

/// `prevail baseline compare`: what a new baseline accepts that an old one did not, and back.
struct BaselineCompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "List the findings added to and removed from a baseline.",
    discussion: """
      Prints one `added:` or `removed:` line per fingerprint (with the change in count), then a \
      summary. Exit 0 whatever the difference (this is a report for the reviewer of a baseline \
      change; the gate is `prevail check --baseline`); 2 if a file cannot be read.

      Example:
        git show main:Corpus/prevail-baseline.json > old.json
        prevail baseline compare old.json Corpus/prevail-baseline.json
      """
  )

  @Argument(help: "The old baseline file.", completion: .file())
  var old: String

  @Argument(help: "The new baseline file.", completion: .file())
  var new: String

  func run() throws {
    let difference: (added: [Baseline.Entry], removed: [Baseline.Entry])
    do {
      difference = Baseline.compare(try Baseline.load(path: old), try Baseline.load(path: new))
    } catch {
      throw CommandFailure.exit(error)
    }
    var lines = difference.added.map { GateConsole.line($0, prefix: "added: ") }
    lines += difference.removed.map { GateConsole.line($0, prefix: "removed: ") }
    let added = difference.added.reduce(0) { $0 + $1.count }
    let removed = difference.removed.reduce(0) { $0 + $1.count }
    lines.append("\(added) added, \(removed) removed")
    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
