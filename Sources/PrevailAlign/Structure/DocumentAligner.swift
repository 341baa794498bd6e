import PrevailLexicon
import PrevailModel

/// Aligns a bilingual document top-down: structure first (sections, principles, commitment
/// blocks, actions, articles by kind and label), then the sentences inside each aligned block,
/// then the clauses inside aligned sentences.
public struct DocumentAligner: Sendable {
  public let sentenceAligner: SentenceAligner
  private let refiner: GroupRefiner

  public init(lexicon: Lexicon?) {
    sentenceAligner = SentenceAligner(lexicon: lexicon)
    refiner = GroupRefiner(lexicon: lexicon)
  }

  public func align(_ document: BilingualDocument) -> AlignedDocument {
    let zh = document.governing.language == .zh ? document.governing : document.translation
    let en = document.governing.language == .zh ? document.translation : document.governing
    var collector = BeadCollector(zhIsGoverning: document.governing.language == .zh)
    alignContainers(zh.root, en.root, into: &collector)
    var nonCorresponding: [(role: Role, segment: Segment)] = []
    for (role, version) in [(Role.governing, document.governing), (.translation, document.translation)] {
      for segment in version.root.flattened() where segment.kind.isNonCorresponding {
        if segment.kind == .appendix && segment.text.split(separator: "\n").count <= 1 { continue }
        nonCorresponding.append((role, segment))
      }
    }
    return AlignedDocument(
      document: document, beads: collector.beads, nonCorresponding: nonCorresponding)
  }

  /// Container kinds that are matched by label and aligned recursively.
  private static let containerKinds: Set<SegmentKind> = [
    .section, .principle, .commitments, .action, .article,
  ]
  /// Kinds whose sentences are aligned directly inside the enclosing container.
  private static let textKinds: Set<SegmentKind> = [.title, .heading, .paragraph]

  private func alignContainers(_ zh: Segment, _ en: Segment, into collector: inout BeadCollector) {
    let zhContainers = zh.children.filter { Self.containerKinds.contains($0.kind) }
    let enContainers = en.children.filter { Self.containerKinds.contains($0.kind) }
    var pairs: [(Segment, Segment)] = []
    var usedEnglish = Set<Int>()
    var unmatchedChinese: [Segment] = []
    for zhChild in zhContainers {
      let match = enContainers.indices.first { index in
        !usedEnglish.contains(index) && enContainers[index].kind == zhChild.kind
          && enContainers[index].label == zhChild.label
      }
      if let match {
        usedEnglish.insert(match)
        pairs.append((zhChild, enContainers[match]))
      } else {
        unmatchedChinese.append(zhChild)
      }
    }
    let unmatchedEnglish = enContainers.indices.filter { !usedEnglish.contains($0) }.map {
      enContainers[$0]
    }
    // Sentences directly in these containers (headings, paragraphs, the title), and those of
    // containers the other version does not mark the same way, aligned together in text order.
    func sentences(_ parent: Segment, _ loose: [Segment]) -> [Segment] {
      let direct = parent.children.filter { Self.textKinds.contains($0.kind) }
      return (direct + loose).sorted { $0.range.lowerBound < $1.range.lowerBound }
        .flatMap { $0.all(.sentence) }
    }
    alignSentences(
      sentences(zh, unmatchedChinese), sentences(en, unmatchedEnglish), into: &collector)
    for (zhChild, enChild) in pairs {
      collector.add(
        level: zhChild.kind == .section ? .section : .block, zh: [zhChild.id], en: [enChild.id],
        score: 1)
      alignContainers(zhChild, enChild, into: &collector)
    }
  }

  private func alignSentences(
    _ zh: [Segment], _ en: [Segment], into collector: inout BeadCollector
  ) {
    guard !zh.isEmpty || !en.isEmpty else { return }
    let beads = sentenceAligner.align(zh: zh.map(\.text), en: en.map(\.text))
    for bead in beads {
      var zhGroup = bead.zh.map { zh[$0] }
      var enGroup = bead.en.map { en[$0] }
      let strays = refiner.strays(zh: zhGroup.map(\.text), en: enGroup.map(\.text))
      if !strays.zh.isEmpty || !strays.en.isEmpty {
        collector.unmatched(
          zh: strays.zh.sorted().map { zhGroup[$0] }, en: strays.en.sorted().map { enGroup[$0] })
        zhGroup = zhGroup.enumerated().filter { !strays.zh.contains($0.offset) }.map(\.element)
        enGroup = enGroup.enumerated().filter { !strays.en.contains($0.offset) }.map(\.element)
      }
      collector.add(
        level: .sentence, zh: zhGroup.map(\.id), en: enGroup.map(\.id), score: bead.score)
      // Clauses inside a 1-1 sentence pair where both sides have more than one.
      if zhGroup.count == 1, enGroup.count == 1 {
        let zhClauses = zhGroup[0].children.filter { $0.kind == .clause }
        let enClauses = enGroup[0].children.filter { $0.kind == .clause }
        if zhClauses.count > 1, enClauses.count > 1 {
          let clauseBeads = sentenceAligner.align(
            zh: zhClauses.map(\.text), en: enClauses.map(\.text))
          for clause in clauseBeads where !clause.zh.isEmpty && !clause.en.isEmpty {
            collector.add(
              level: .clause, zh: clause.zh.map { zhClauses[$0].id },
              en: clause.en.map { enClauses[$0].id }, score: clause.score)
          }
        }
      }
    }
  }
}

/// Accumulates beads, turning zh/en into governing/translation.
struct BeadCollector {
  let zhIsGoverning: Bool
  var beads: [Bead] = []

  mutating func add(level: AlignmentLevel, zh: [String], en: [String], score: Double) {
    beads.append(
      Bead(
        level: level, governing: zhIsGoverning ? zh : en, translation: zhIsGoverning ? en : zh,
        score: score))
  }

  mutating func unmatched(zh: [Segment], en: [Segment]) {
    for segment in zh { add(level: .sentence, zh: [segment.id], en: [], score: 1) }
    for segment in en { add(level: .sentence, zh: [], en: [segment.id], score: 1) }
  }
}
