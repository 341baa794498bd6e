import ArgumentParser
import Foundation
import PrevailAlign
import PrevailIngest
import PrevailKit
import PrevailLexicon
import PrevailModel

/// `prevail align`: print the sentence alignment of a document or of two sentence-per-line files.
struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Align Chinese and English sentences and print the beads.",
    discussion: """
      Given one bilingual DOCUMENT, aligns it as `prevail check` does: structure first, then the \
      sentences inside each aligned block. Sentences are numbered per language in text order \
      (0-based), and a bead prints as [i,…]:[j,…]; [3]:[] is a Chinese sentence with no English \
      counterpart.

      With --one-sentence-per-line, ZH_FILE and EN_FILE hold one sentence per line and lines are \
      the units (they are not re-split); indices are 0-based line numbers.

      Examples:
        prevail align Corpus/china-igf-gdc-input/source.txt --format tsv
        prevail align --one-sentence-per-line zh.txt en.txt --format beads
        prevail align --one-sentence-per-line zh.txt en.txt --format tmx > pair.tmx
      """
  )

  @Flag(help: "The two files hold one sentence per line; align lines.")
  var oneSentencePerLine = false

  @Argument(
    help: "A bilingual document, or with --one-sentence-per-line the Chinese file then the English file.",
    completion: .file())
  var files: [String]

  @Option(help: "Output: beads, tsv or tmx.")
  var format: BeadFormatter.Format = .beads

  func validate() throws {
    if oneSentencePerLine {
      guard files.count == 2 else { throw ValidationError("Give ZH_FILE and EN_FILE.") }
    } else {
      guard files.count == 1 else {
        throw ValidationError(
          "Give one bilingual document, or --one-sentence-per-line ZH_FILE EN_FILE.")
      }
    }
  }

  func run() throws {
    guard oneSentencePerLine else { return try alignDocument(files[0]) }
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

  /// Structure-aware alignment of one bilingual document, as `check` does it.
  private func alignDocument(_ path: String) throws {
    let aligned: AlignedDocument
    do {
      let pipeline = try Pipeline.bundled()
      aligned = DocumentAligner(lexicon: pipeline.lexicon).align(
        try pipeline.read(.bilingual(path: path)))
    } catch {
      throw CommandFailure.exit(error)
    }
    let document = aligned.document
    let zhVersion = document.governing.language == .zh ? document.governing : document.translation
    let enVersion = document.governing.language == .zh ? document.translation : document.governing
    let zhSentences = zhVersion.root.all(.sentence)
    let enSentences = enVersion.root.all(.sentence)
    let zhIndex = Dictionary(uniqueKeysWithValues: zhSentences.enumerated().map { ($1.id, $0) })
    let enIndex = Dictionary(uniqueKeysWithValues: enSentences.enumerated().map { ($1.id, $0) })
    let zhIsGoverning = document.governing.language == .zh
    let beads = aligned.beads(at: .sentence).map { bead in
      let zh = zhIsGoverning ? bead.governing : bead.translation
      let en = zhIsGoverning ? bead.translation : bead.governing
      return SentenceBead(
        zh: zh.compactMap { zhIndex[$0] }, en: en.compactMap { enIndex[$0] }, score: bead.score)
    }
    let text = BeadFormatter.format(
      beads, as: format, zh: zhSentences.map(\.text), en: enSentences.map(\.text))
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  private func lines(_ path: String) throws -> [String] {
    let raw = try RawText.read(path: path)
    return raw.lineRanges.map { String(String.UnicodeScalarView(raw.scalars[$0])) }
  }
}

extension BeadFormatter.Format: ExpressibleByArgument {}
