import Foundation
import PrevailAlign
import PrevailChecks
import PrevailIngest
import PrevailLexicon
import PrevailModel

/// Prevail's version, written into report headers.
public let prevailVersion = "0.1.0"

/// What to check: one bilingual file, or an original and a translation file.
public enum CheckInput: Sendable {
  case bilingual(path: String)
  /// `onePerLine` nil: lines are paragraphs unless the files separate paragraphs by blank lines.
  case pair(original: String, translation: String, onePerLine: Bool?)

  /// The name reports are written under: the document's folder for `…/name/source.txt`, else
  /// the file stem.
  public var documentName: String {
    let path: String
    switch self {
    case .bilingual(let file): path = file
    case .pair(let original, _, _): path = original
    }
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().lastPathComponent
    let generic: Set<String> = ["source", "zh", "en", "original", "translation", "document"]
    if generic.contains(stem.lowercased()) {
      let folder = url.deletingLastPathComponent().lastPathComponent
      if !folder.isEmpty && folder != "." && folder != "/" { return folder }
    }
    return stem
  }
}

/// Runs the whole check: read → structure → align → check. Pure apart from reading inputs.
public struct Pipeline: Sendable {
  public let lexicon: Lexicon
  public var governing: GoverningChoice
  public var failOn: Severity?
  /// Project terms (`--glossary`): checked by the glossary check and used as dictionary evidence.
  public var glossary: Glossary?
  /// How a single input file is read: detected by content unless set (`--input-format`).
  public var inputFormat: InputFormat = .auto

  public init(
    lexicon: Lexicon, governing: GoverningChoice = .auto, failOn: Severity? = .major,
    glossary: Glossary? = nil
  ) {
    self.lexicon = lexicon
    self.governing = governing
    self.failOn = failOn
    self.glossary = glossary
  }

  /// A pipeline on the shipped CC-CEDICT.
  public static func bundled(
    governing: GoverningChoice = .auto, failOn: Severity? = .major, glossary: Glossary? = nil
  ) throws -> Pipeline {
    Pipeline(
      lexicon: try Lexicon.bundled(), governing: governing, failOn: failOn, glossary: glossary)
  }

  /// Word oracle for the artifact repairer, from the dictionary's English vocabulary.
  public var wordOracle: WordOracle {
    let lexicon = lexicon
    return WordOracle { word in
      EnglishMorphology.isStopWord(word) || lexicon.stemID(EnglishMorphology.stem(word)) != nil
    }
  }

  public func read(_ input: CheckInput) throws -> BilingualDocument {
    let reader = DocumentReader(oracle: wordOracle, governing: governing)
    switch input {
    case .bilingual(let path):
      return try reader.read(path: path, name: input.documentName, format: inputFormat)
    case .pair(let original, let translation, let onePerLine):
      let originalText = try RawText.read(path: original)
      let translationText = try RawText.read(path: translation)
      try originalText.checkLineLengths()
      try translationText.checkLineLengths()
      let lines =
        onePerLine ?? ![originalText, translationText].contains { $0.hasBlankLineBetweenText }
      return try reader.readPair(
        original: originalText, translation: translationText, name: input.documentName,
        onePerLine: lines)
    }
  }

  public func check(_ document: BilingualDocument) -> CheckResult {
    let aligned = DocumentAligner(lexicon: lexicon).align(document)
    let findings = CheckRegistry.run(
      CheckContext(aligned: aligned, lexicon: lexicon, glossary: glossary))
    return CheckResult(
      aligned: aligned, findings: findings, failOn: failOn, toolVersion: prevailVersion)
  }

  public func check(_ input: CheckInput) throws -> CheckResult {
    try check(read(input))
  }
}
