import ArgumentParser
import PrevailKit

/// The `prevail` command: audits a translation against the version that governs it.
@main
struct Prevail: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prevail",
    abstract: "Audit a translation against the version that governs it.",
    discussion: """
      Prevail pairs every clause of a translation with its governing original (Chinese and \
      English), and reports what the translation omits, adds or changes, stated against the \
      governing text. The governing version is read from the document's own clause ("the \
      Chinese version shall prevail", 以中文版本为准) unless --governing says otherwise.

      Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 the input \
      could not be checked (one line on stderr says why, nothing is written); 64 usage error.

      In CI: `prevail baseline write` records the findings reviewed so far; `prevail check \
      --baseline FILE` then fails only on what an edit introduced; `prevail diff OLD NEW` \
      compares two revisions.
      """,
    version: prevailVersion,
    subcommands: [
      CheckCommand.self, AlignCommand.self, ChecksCommand.self, EvalCommand.self,
      BaselineCommand.self, DiffCommand.self,
    ],
    defaultSubcommand: CheckCommand.self
  )
}
