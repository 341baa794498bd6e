import ArgumentParser
import Foundation
import PrevailAlign
import PrevailIngest
import PrevailKit
import PrevailLexicon

/// `prevail align`: print the sentence alignment of a document or of two sentence-per-line files.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Align Chinese and English sentences and print the beads.",
    discussion: """
      With --one-sentence-per-line, ZH_FILE and EN_FILE hold one sentence per line and lines are \
      the units (they are not re-split). Beads print as [i,…]:[j,…] with 0-based line indices; \
      [3]:[] is a Chinese line with no English counterpart.

      Examples:
        prevail align --one-sentence-per-line zh.txt en.txt --format beads
        prevail align --one-sentence-per-line zh.txt en.txt --format tmx > pair.tmx
      """
  )

  @Flag(help: "The two files hold one sentence per line; align lines.")
  var oneSentencePerLine = false

  @Argument(help: "The Chinese file, then the English file.", completion: .file())
  var files: [String]

  @Option(help: "Output: beads, tsv or tmx.")
  var format: BeadFormatter.Format = .beads

  func validate() throws {
    guard oneSentencePerLine else {
      throw ValidationError("Only --one-sentence-per-line ZH_FILE EN_FILE is supported so far.")
    }
    guard files.count == 2 else { throw ValidationError("Give ZH_FILE and EN_FILE.") }
  }

  func run() throws {
    let zh: [String]
    let en: [String]
    let lexicon: Lexicon
    do {
      zh = try lines(files[0])
      en = try lines(files[1])
      lexicon = try Lexicon.bundled()
    } catch {
      throw CommandFailure.exit(error)
    }
    let beads = SentenceAligner(lexicon: lexicon).align(zh: zh, en: en)
    let text = BeadFormatter.format(beads, as: format, zh: zh, en: en)
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  private func lines(_ path: String) throws -> [String] {
    let raw = try RawText.read(path: path)
    return raw.lineRanges.map { String(String.UnicodeScalarView(raw.scalars[$0])) }
  }
}

extension BeadFormatter.Format: ExpressibleByArgument {}
