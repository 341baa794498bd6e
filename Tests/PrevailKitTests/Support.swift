import Foundation
import PrevailIngest
import PrevailKit
import PrevailLexicon
import PrevailModel

/// Shared across tests: the shipped dictionary is loaded once per test run.
enum Shared {
  static let lexicon: Lexicon? = try? Lexicon.bundled()
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let corpusDocument = "Corpus/china-igf-gdc-input/source.txt"

  /// The reference document checked once, from the package root, as the README command does.
  static let reference: CheckResult? = {
    guard let lexicon else { return nil }
    _ = FileManager.default.changeCurrentDirectoryPath(packageRoot.path)
    return try? Pipeline(lexicon: lexicon, failOn: .major).check(.bilingual(path: corpusDocument))
  }()

  /// A document made of one governing Chinese paragraph and one English paragraph.
  static func pair(zh: String, en: String, governing: GoverningChoice = .zh) throws
    -> BilingualDocument
  {
    guard let lexicon else { throw CocoaError(.fileNoSuchFile) }
    let pipeline = Pipeline(lexicon: lexicon, governing: governing)
    return try DocumentReader(oracle: pipeline.wordOracle, governing: governing).readPair(
      original: RawText(path: "zh.txt", text: zh + "\n"),
      translation: RawText(path: "en.txt", text: en + "\n"), name: "example", onePerLine: true)
  }
}
