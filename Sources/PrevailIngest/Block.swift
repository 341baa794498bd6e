import PrevailModel

/// A run of repaired lines that forms one structural unit, before the tree is built.
struct Block {
  enum Kind: Equatable {
    case title
    case sectionHeading(label: String)
    case principleHeading(label: String)
    case commitmentsHeading
    case actionHeading(label: String)
    case articleHeading(label: String)
    case paragraph
    case authors
    case note
    case appendix(label: String)
  }

  var kind: Kind
  var cells: [Cell]
  /// Leading cells that are the structural marker (`Core Principle 1:`, `一、`), not text.
  var markerLength: Int = 0
  /// Whether the block may take the next line as its continuation.
  var isOpen: Bool = true
  /// Raw line count, to tell a one-line block.
  var lineCount: Int = 1

  var text: String { cells.string }
}

/// Groups classified lines into blocks: joins wrapped lines, drops page numbers, keeps
/// non-corresponding matter (author lists, notes, appendices) as blocks of their own.
struct BlockBuilder {
  let language: Language
  let freeText: Bool
  /// True when the version numbers its sections (一、, Chapter N): bullets are then actions.
  let bulletsAreActions: Bool
  private(set) var blocks: [Block] = []
  private var inAppendix = false
  /// Inside an article (Article N, 第N条): 一、 and 1. number its paragraphs and items.
  private var inArticle = false

  init(language: Language, freeText: Bool, bulletsAreActions: Bool) {
    self.language = language
    self.freeText = freeText
    self.bulletsAreActions = bulletsAreActions
  }

  private static let sentenceFinal: Set<Unicode.Scalar> = [".", "。", "!", "！", "?", "？", ":", "："]

  mutating func add(_ cells: [Cell], kind lineKind: LineKind) {
    defer {
      if let rest = lineKind.rest, let index = blocks.indices.last,
        blocks[index].lineCount == 1, blocks[index].cells.count == cells.count
      {
        blocks[index].markerLength = max(0, cells.count - rest.unicodeScalars.count)
      }
    }
    if inAppendix {
      if case .appendix(let label) = lineKind {
        start(.appendix(label: label), cells)
      } else if !cells.isEmpty {
        append(cells, to: blocks.count - 1, separator: "\n")
      }
      return
    }
    switch lineKind {
    case .blank:
      closeParagraphs()
    case .pageNumber:
      break
    case .section(let label, _):
      if inArticle && LineClassifier.startsWithEnumerationComma(cells) {
        start(.actionHeading(label: label), cells)
      } else {
        inArticle = false
        start(.sectionHeading(label: label), cells)
      }
    case .bullet:
      start(bulletsAreActions ? .actionHeading(label: "") : .sectionHeading(label: ""), cells)
    case .principle(let label, _):
      start(.principleHeading(label: label), cells)
    case .commitments:
      start(.commitmentsHeading, cells)
      blocks[blocks.count - 1].isOpen = false
    case .numbered(let label, _):
      start(.actionHeading(label: label), cells)
    case .article(let label, _):
      inArticle = true
      start(.articleHeading(label: label), cells)
    case .authors:
      start(.authors, cells)
      if cells.string.contains(")") || cells.string.contains("）") {
        blocks[blocks.count - 1].isOpen = false
      }
    case .note:
      inArticle = false
      start(.note, cells)
    case .appendix(let label):
      inArticle = false
      inAppendix = true
      start(.appendix(label: label), cells)
    case .text:
      addText(cells)
    }
  }

  private mutating func addText(_ cells: [Cell]) {
    guard freeText, let last = blocks.last, last.isOpen else {
      start(.paragraph, cells)
      return
    }
    let text = cells.string
    switch last.kind {
    case .authors:
      append(cells, to: blocks.count - 1, separator: " ")
      if text.contains(")") || text.contains("）") { blocks[blocks.count - 1].isOpen = false }
    case .note, .paragraph:
      append(cells, to: blocks.count - 1, separator: " ")
    case .title, .sectionHeading, .principleHeading, .actionHeading, .articleHeading:
      if continuesHeading(last, with: cells) {
        append(cells, to: blocks.count - 1, separator: " ")
      } else {
        start(.paragraph, cells)
      }
    case .commitmentsHeading, .appendix:
      start(.paragraph, cells)
    }
  }

  /// A wrapped heading: the heading has no final punctuation and the next line continues it
  /// (starts in lower case, is Chinese, is a short tail such as `Governance`, or is a
  /// parenthesised gloss such as `（Connect all people …）`).
  private func continuesHeading(_ heading: Block, with cells: [Cell]) -> Bool {
    let scalars = cells.scalars
    guard let first = scalars.first else { return false }
    if first == "（" || first == "(" {
      return heading.kind != .title || language == .zh
    }
    if let previous = heading.cells.last?.scalar, previous == "（" || previous == "(" {
      return true
    }
    let openParen = heading.text.unicodeScalars.filter { $0 == "（" || $0 == "(" }.count
    let closeParen = heading.text.unicodeScalars.filter { $0 == "）" || $0 == ")" }.count
    if openParen > closeParen { return true }
    guard let last = heading.cells.last?.scalar, !Self.sentenceFinal.contains(last) else {
      return false
    }
    if case .principleHeading = heading.kind, heading.cells.count <= 24,
      !heading.text.contains(":") && !heading.text.contains("：")
    {
      return false
    }
    if language == .zh {
      if case .principleHeading = heading.kind { return true }
      return "，、；,".unicodeScalars.contains(last)
    }
    if first.properties.isLowercase { return true }
    let words = cells.string.split(separator: " ")
    let last2 = scalars.last.map { Self.sentenceFinal.contains($0) } ?? false
    return words.count <= 3 && !last2 && heading.lineCount < 3
  }

  private mutating func start(_ kind: Block.Kind, _ cells: [Cell]) {
    closeParagraphs()
    blocks.append(Block(kind: kind, cells: cells))
  }

  private mutating func closeParagraphs() {
    guard let last = blocks.last else { return }
    switch last.kind {
    case .paragraph, .note, .title, .sectionHeading, .principleHeading, .actionHeading,
      .articleHeading:
      blocks[blocks.count - 1].isOpen = false
    default:
      break
    }
  }

  private mutating func append(_ cells: [Cell], to index: Int, separator: Unicode.Scalar) {
    guard let first = cells.first else { return }
    var block = blocks[index]
    let previous = block.cells.last?.scalar
    let latinMeetsLatin =
      previous.map { Script.isLatinLetter($0) || $0 == "," } ?? false
      && Script.isLatinLetter(first.scalar)
    let joinsTight =
      (language == .zh && !latinMeetsLatin)
      || (previous.map { $0 == "-" || $0 == "\u{2010}" } ?? false
        && block.cells.count >= 2 && Script.isLatinLetter(block.cells[block.cells.count - 2].scalar))
      || previous == "(" || first.scalar == ")"
      || (previous.map { Script.isHan($0) || Script.isCJKPunctuation($0) } ?? false)
    if !joinsTight && separator != "\n" || separator == "\n" {
      if !block.cells.isEmpty { block.cells.append(Cell(scalar: separator, raw: first.raw - 1)) }
    }
    block.cells.append(contentsOf: cells)
    block.lineCount += 1
    blocks[index] = block
  }

  /// Marks the first block as the title when it is a single unpunctuated line.
  mutating func markTitle() {
    guard let index = blocks.firstIndex(where: { _ in true }), blocks[index].kind == .paragraph,
      blocks[index].lineCount <= 2, blocks[index].cells.count < 200,
      let last = blocks[index].cells.last?.scalar, !Self.sentenceFinal.contains(last)
    else { return }
    blocks[index].kind = .title
  }
}
