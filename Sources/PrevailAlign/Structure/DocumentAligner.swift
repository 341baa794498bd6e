import Foundation
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
    let zhIsGoverning = document.governing.language == .zh
    var collector = BeadCollector(zhIsGoverning: zhIsGoverning)
    alignContainers(zh.root, en.root, into: &collector)
    // The blocks' sentence alignments are independent: run them concurrently, keep the order.
    let jobs = collector.sentenceJobs
    let results = BeadSlots(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      var local = BeadCollector(zhIsGoverning: zhIsGoverning)
      alignSentences(jobs[index].zh, jobs[index].en, into: &local)
      results.store(local.beads, at: index)
    }
    let beads = collector.assembled(with: results.all)
    var nonCorresponding: [(role: Role, segment: Segment)] = []
    for (role, version) in [
      (Role.governing, document.governing), (.translation, document.translation),
    ] {
      for segment in version.root.flattened() where segment.kind.isNonCorresponding {
        if segment.kind == .appendix && segment.text.split(separator: "\n").count <= 1 { continue }
        nonCorresponding.append((role, segment))
      }
    }
    return AlignedDocument(
      document: document, beads: beads, nonCorresponding: nonCorresponding)
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
    // English containers by kind and label, in text order: matching stays linear in the number
    // of containers.
    var candidates: [String: [Int]] = [:]
    for (index, container) in enContainers.enumerated() {
      candidates["\(container.kind.rawValue)#\(container.label ?? "")", default: []].append(index)
    }
    var nextCandidate: [String: Int] = [:]
    for zhChild in zhContainers {
      let key = "\(zhChild.kind.rawValue)#\(zhChild.label ?? "")"
      let list = candidates[key] ?? []
      let position = nextCandidate[key, default: 0]
      let match = position < list.count ? list[position] : nil
      if match != nil { nextCandidate[key] = position + 1 }
      if let match {
        usedEnglish.insert(match)
        pairs.append((zhChild, enContainers[match]))
      } else {
        unmatchedChinese.append(zhChild)
      }
    }
    var unmatchedEnglish = enContainers.indices.filter { !usedEnglish.contains($0) }.map {
      enContainers[$0]
    }
    // A container one version has and the other does not (a heading found in one language
    // only) shifts what every matched pair around it holds: then the structure at this level
    // is no guide, and all of its sentences are aligned together in text order.
    if !unmatchedChinese.isEmpty && !pairs.isEmpty
      && Self.sentenceCount(unmatchedChinese) > Self.sentenceCount(unmatchedEnglish) + 2
      || !unmatchedEnglish.isEmpty && !pairs.isEmpty
        && Self.sentenceCount(unmatchedEnglish) > Self.sentenceCount(unmatchedChinese) + 2
    {
      unmatchedChinese = zhContainers
      unmatchedEnglish = enContainers
      pairs = []
    }
    // Sentences directly in these containers (headings, paragraphs, the title), and those of
    // containers the other version does not mark the same way, aligned together in text order.
    func sentences(_ parent: Segment, _ loose: [Segment]) -> [Segment] {
      let direct = parent.children.filter { Self.textKinds.contains($0.kind) }
      return (direct + loose).sorted { $0.range.lowerBound < $1.range.lowerBound }
        .flatMap { $0.all(.sentence) }
    }
    collector.schedule(zh: sentences(zh, unmatchedChinese), en: sentences(en, unmatchedEnglish))
    for (zhChild, enChild) in pairs {
      collector.add(
        level: zhChild.kind == .section ? .section : .block, zh: [zhChild.id], en: [enChild.id],
        score: 1)
      alignContainers(zhChild, enChild, into: &collector)
    }
  }

  private static func sentenceCount(_ containers: [Segment]) -> Int {
    containers.reduce(0) { $0 + $1.all(.sentence).count }
  }

  private func alignSentences(
    _ zh: [Segment], _ en: [Segment], into collector: inout BeadCollector
  ) {
    guard !zh.isEmpty || !en.isEmpty else { return }
    let beads = sentenceAligner.align(zh: zh.map(\.text), en: en.map(\.text))
    // How much of a sentence this block's 1-1 pairs render, to judge strays against.
    let shares = beads.filter { $0.zh.count == 1 && $0.en.count == 1 }.compactMap {
      refiner.share(zh: zh[$0.zh[0]].text, en: en[$0.en[0]].text)
    }.sorted()
    let minimumEvidence = GroupRefiner.threshold(
      typical: shares.count >= 5 ? shares[shares.count / 2] : nil)
    for bead in beads {
      var zhGroup = bead.zh.map { zh[$0] }
      var enGroup = bead.en.map { en[$0] }
      let strays = refiner.strays(
        zh: zhGroup.map(\.text), en: enGroup.map(\.text), minimumEvidence: minimumEvidence)
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

/// Accumulates beads, turning zh/en into governing/translation; sentence alignments can be
/// scheduled and their beads slotted in later, in document order.
struct BeadCollector {
  let zhIsGoverning: Bool
  var beads: [Bead] = []
  /// Sentence lists to align, each with the bead count at the point it was scheduled.
  private(set) var sentenceJobs: [(zh: [Segment], en: [Segment], position: Int)] = []

  init(zhIsGoverning: Bool) {
    self.zhIsGoverning = zhIsGoverning
  }

  mutating func schedule(zh: [Segment], en: [Segment]) {
    guard !zh.isEmpty || !en.isEmpty else { return }
    sentenceJobs.append((zh, en, beads.count))
  }

  /// The beads with each job's results inserted where the job was scheduled.
  func assembled(with results: [[Bead]]) -> [Bead] {
    var output: [Bead] = []
    var next = 0
    for (index, job) in sentenceJobs.enumerated() {
      output += beads[next..<job.position]
      output += results[index]
      next = job.position
    }
    output += beads[next...]
    return output
  }

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

/// Result slots filled by concurrent sentence alignments.
private final class BeadSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[Bead]]

  init(count: Int) {
    slots = Array(repeating: [], count: count)
  }

  func store(_ beads: [Bead], at index: Int) {
    lock.lock()
    slots[index] = beads
    lock.unlock()
  }

  var all: [[Bead]] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
