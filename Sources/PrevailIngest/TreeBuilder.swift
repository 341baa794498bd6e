import PrevailModel

/// Builds a version's segment tree and normalized text from its blocks.
///
/// Containers nest as document › section › principle › commitments › action; headings and
/// paragraphs hold sentences, sentences hold clauses. Ids come from structure and labels.
struct TreeBuilder {
  let language: Language
  private(set) var scalars: [Unicode.Scalar] = []
  private(set) var rawOffsets: [Int] = []

  init(language: Language) {
    self.language = language
  }

  private var prefix: String { language.rawValue }

  /// A container being filled; closed into a Segment when a sibling or ancestor starts.
  private struct Open {
    var kind: SegmentKind
    var id: String
    var label: String?
    var start: Int
    var children: [Segment] = []
    var paragraphCount = 0
    var childIDs: [String: Int] = [:]
  }

  private var stack: [Open] = []

  mutating func build(_ blocks: [Block]) -> Segment {
    stack = [Open(kind: .document, id: prefix, label: nil, start: 0)]
    var sectionCounter = 0
    var actionCounters: [String: Int] = [:]
    for block in blocks {
      switch block.kind {
      case .title:
        closeAll(downTo: .document)
        addTextSegment(.title, block, id: uniqueID("\(prefix).title"))
      case .sectionHeading(let label):
        closeAll(downTo: .document)
        sectionCounter += 1
        let resolved = label.isEmpty ? String(sectionCounter) : label
        open(.section, id: uniqueID("\(prefix).sec\(resolved)"), label: resolved)
        addTextSegment(.heading, block, id: uniqueID(top.id + ".h"))
      case .principleHeading(let label):
        closeAll(downTo: .section, ensure: true)
        open(.principle, id: uniqueID(top.id + ".p\(label)"), label: label)
        addTextSegment(.heading, block, id: uniqueID(top.id + ".h"))
      case .articleHeading(let label):
        closeAll(downTo: .section, ensure: true)
        open(.article, id: uniqueID(top.id + ".art\(label)"), label: label)
        addTextSegment(.heading, block, id: uniqueID(top.id + ".h"))
      case .commitmentsHeading:
        close(while: [.commitments, .action])
        if stack.count == 1 { ensureSection() }
        open(.commitments, id: uniqueID(top.id + ".k"), label: nil)
        addTextSegment(.heading, block, id: uniqueID(top.id + ".h"))
      case .actionHeading(let label):
        close(while: [.action])
        if stack.count == 1 { ensureSection() }
        let parent = top.id
        actionCounters[parent, default: 0] += 1
        let resolved = label.isEmpty ? String(actionCounters[parent] ?? 1) : label
        open(.action, id: uniqueID(parent + ".a\(resolved)"), label: resolved)
        addTextSegment(.heading, block, id: uniqueID(top.id + ".h"))
      case .paragraph:
        if stack.count == 1 { ensureSection() }
        stack[stack.count - 1].paragraphCount += 1
        addTextSegment(
          .paragraph, block, id: uniqueID(top.id + ".para\(top.paragraphCount)"))
      case .authors:
        addLeaf(.authors, block, id: uniqueID(top.id + ".authors"))
      case .note:
        closeAll(downTo: .document)
        addLeaf(.governingNote, block, id: uniqueID("\(prefix).note"))
      case .appendix(let label):
        closeAll(downTo: .document)
        addLeaf(.appendix, block, id: uniqueID("\(prefix).app\(label)"))
      }
    }
    closeAll(downTo: .document)
    let root = stack[0]
    return Segment(
      id: root.id, kind: .document, range: 0..<scalars.count, text: "", children: root.children)
  }

  private var top: Open { stack[stack.count - 1] }

  /// Text before the first section goes into a preamble section `sec0`.
  private mutating func ensureSection() {
    open(.section, id: uniqueID("\(prefix).sec0"), label: "0")
  }

  private mutating func uniqueID(_ base: String) -> String {
    let count = stack[stack.count - 1].childIDs[base, default: 0] + 1
    stack[stack.count - 1].childIDs[base] = count
    return count == 1 ? base : "\(base)-\(count)"
  }

  private mutating func open(_ kind: SegmentKind, id: String, label: String?) {
    stack.append(Open(kind: kind, id: id, label: label, start: scalars.count))
  }

  private mutating func closeTop() {
    guard stack.count > 1 else { return }
    let finished = stack.removeLast()
    let range = finished.start..<scalars.count
    let segment = Segment(
      id: finished.id, kind: finished.kind, label: finished.label, range: range,
      text: "", children: finished.children)
    stack[stack.count - 1].children.append(segment)
  }

  private mutating func close(while kinds: Set<SegmentKind>) {
    while stack.count > 1, kinds.contains(top.kind) { closeTop() }
  }

  /// Closes containers until `kind` is on top (or only the document is left).
  private mutating func closeAll(downTo kind: SegmentKind, ensure: Bool = false) {
    if kind == .document {
      while stack.count > 1 { closeTop() }
      return
    }
    if stack.contains(where: { $0.kind == kind }) {
      while stack.count > 1, top.kind != kind { closeTop() }
    } else {
      while stack.count > 1 { closeTop() }
      if ensure && kind == .section { ensureSection() }
    }
  }

  /// Appends block text to the normalized text, followed by a line break.
  private mutating func appendText(_ cells: [Cell]) -> Range<Int> {
    let start = scalars.count
    for cell in cells {
      scalars.append(cell.scalar)
      rawOffsets.append(cell.raw)
    }
    let end = scalars.count
    scalars.append("\n")
    rawOffsets.append((cells.last?.raw ?? rawOffsets.last ?? 0) + 1)
    return start..<end
  }

  private mutating func addLeaf(_ kind: SegmentKind, _ block: Block, id: String) {
    let range = appendText(block.cells)
    stack[stack.count - 1].children.append(
      Segment(id: id, kind: kind, range: range, text: text(range)))
  }

  /// A heading, title or paragraph, with its sentences and their clauses.
  private mutating func addTextSegment(_ kind: SegmentKind, _ block: Block, id: String) {
    let range = appendText(block.cells)
    var local = Array(scalars[range])
    for index in 0..<min(block.markerLength, local.count) { local[index] = " " }
    var sentences: [Segment] = []
    for (index, sentence) in SentenceSplitter.sentences(local, language: language).enumerated() {
      let absolute = (sentence.lowerBound + range.lowerBound)..<(sentence.upperBound + range.lowerBound)
      let sentenceID = "\(id).s\(index + 1)"
      let clauses = SentenceSplitter.clauses(local, in: sentence).enumerated().map { offset, clause in
        let clauseRange = (clause.lowerBound + range.lowerBound)..<(clause.upperBound + range.lowerBound)
        return Segment(
          id: "\(sentenceID).c\(offset + 1)", kind: .clause, range: clauseRange,
          text: text(clauseRange))
      }
      sentences.append(
        Segment(
          id: sentenceID, kind: .sentence, range: absolute, text: text(absolute),
          children: clauses))
    }
    stack[stack.count - 1].children.append(
      Segment(id: id, kind: kind, range: range, text: text(range), children: sentences))
  }

  private func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }
}
