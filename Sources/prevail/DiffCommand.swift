import ArgumentParser
import Foundation
import PrevailKit
import PrevailModel

/// `prevail diff`: findings introduced and resolved between two revisions, and governing
/// sentences that changed while their translation did not.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract:
      "Compare two revisions of a document: new findings, resolved ones, stale translation.",
    discussion: """
      OLD and NEW are two revisions of one file holding both versions; or, with --translation, \
      two revisions of the original checked against one translation; or, with --original, two \
      revisions of the translation checked against one original.

      Prints `introduced:`, `resolved:` and `stale:` lines (a governing sentence whose text \
      changed while the translation aligned to it did not), then a summary. Exit 1 when an \
      introduced finding or a stale translation is at or above --fail-on; 2 if a revision cannot \
      be checked.

      Examples:
        prevail diff <(git show HEAD~1:doc/source.txt) doc/source.txt
        prevail diff zh-v1.txt zh-v2.txt --translation en.txt
      """
  )

  @Argument(help: "The old revision.", completion: .file())
  var old: String

  @Argument(help: "The new revision.", completion: .file())
  var new: String

  @Option(
    help: "OLD and NEW are revisions of the translation of this original.", completion: .file())
  var original: String?

  @Option(
    help: "OLD and NEW are revisions of the original of this translation.", completion: .file())
  var translation: String?

  @Option(help: "Which version governs: auto (from the document's clause), zh or en.")
  var governing: GoverningOption = .auto

  @Option(
    help: ArgumentHelp(
      "Fail (exit 1) on introduced findings or stale translations at or above: critical, major, "
        + "minor or none."))
  var failOn: FailOnOption = .major

  func validate() throws {
    if original != nil && translation != nil {
      throw ValidationError("Give --original or --translation, not both.")
    }
  }

  private func input(_ revision: String) -> CheckInput {
    if let original { return .pair(original: original, translation: revision, onePerLine: nil) }
    if let translation {
      return .pair(original: revision, translation: translation, onePerLine: nil)
    }
    return .bilingual(path: revision)
  }

  func run() throws {
    let before: CheckResult
    let after: CheckResult
    do {
      let pipeline = try Pipeline.bundled(governing: governing.choice, failOn: failOn.severity)
      before = try pipeline.check(input(old))
      after = try pipeline.check(input(new))
    } catch {
      throw CommandFailure.exit(error)
    }
    let diff = RevisionDiff(old: before, new: after)
    let outcome = diff.gate(failOn: failOn.severity)
    var lines = diff.introduced.map {
      GateConsole.line($0, in: after.document, prefix: "introduced: ")
    }
    lines += diff.resolved.map { GateConsole.line($0, in: before.document, prefix: "resolved: ") }
    lines += diff.stale.map { GateConsole.line($0, in: after.document, prefix: "stale: ") }
    lines.append(GateConsole.summary(diff, outcome: outcome))
    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    if !outcome.passed { throw ExitCode(outcome.exitCode) }
  }
}
