import PrevailLexicon
import PrevailModel

@testable import PrevailChecks

/// Hand-built aligned documents: one governing Chinese sentence per English sentence, 1-1 beads.
enum CheckTestSupport {
  static let lexicon: Lexicon? = try? Lexicon.bundled()

  static func side(_ language: Language, _ sentences: [String]) -> (Side, Segment) {
    let separator = language == .zh ? "" : " "
    let text = sentences.joined(separator: separator)
    let scalars = Array(text.unicodeScalars)
    var children: [Segment] = []
    var offset = 0
    for (index, sentence) in sentences.enumerated() {
      let count = sentence.unicodeScalars.count
      children.append(
        Segment(
          id: "\(language.rawValue).s\(index + 1)", kind: .sentence,
          range: offset..<(offset + count),
          text: sentence))
      offset += count + separator.unicodeScalars.count
    }
    let side = Side(
      language: language, path: "\(language.rawValue).txt", scalars: scalars,
      rawOffsets: Array(0...scalars.count), lineTable: LineTable(scalars: scalars), repairs: [])
    let root = Segment(
      id: language.rawValue, kind: .document, range: 0..<scalars.count, text: text,
      children: children)
    return (side, root)
  }

  static func context(_ pairs: [(String, String)], glossary: Glossary? = nil) -> CheckContext? {
    guard let lexicon else { return nil }
    let (zhSide, zhRoot) = side(.zh, pairs.map(\.0))
    let (enSide, enRoot) = side(.en, pairs.map(\.1))
    let document = BilingualDocument(
      name: "test", path: "test", governing: VersionDocument(side: zhSide, root: zhRoot),
      translation: VersionDocument(side: enSide, root: enRoot), governingSource: "default",
      governingStatement: nil)
    let beads = pairs.indices.map {
      Bead(level: .sentence, governing: ["zh.s\($0 + 1)"], translation: ["en.s\($0 + 1)"], score: 1)
    }
    return CheckContext(
      aligned: AlignedDocument(document: document, beads: beads, nonCorresponding: []),
      lexicon: lexicon, glossary: glossary)
  }
}
