/// Strict and lax precision, recall and F1 of sentence alignments (Sennrich & Volk 2011, as
/// scored by vecalign and bertalign), micro-averaged over the documents of a set.
///
/// Precision counts the system's beads, skipping beads empty on both sides: a strict hit equals a
/// gold bead exactly; a lax hit is a strict hit or links one of its Chinese sentences to one of
/// its English sentences in gold. Recall is the same count with system and gold swapped, after
/// removing every bead with an empty side from both.
public struct AlignmentMetric: Hashable, Sendable {
  /// Hit and total counts, summed over documents.
  public struct Counts: Hashable, Sendable {
    public var strictHits = 0
    public var laxHits = 0
    public var total = 0

    public init(strictHits: Int = 0, laxHits: Int = 0, total: Int = 0) {
      self.strictHits = strictHits
      self.laxHits = laxHits
      self.total = total
    }

    static func += (lhs: inout Counts, rhs: Counts) {
      lhs.strictHits += rhs.strictHits
      lhs.laxHits += rhs.laxHits
      lhs.total += rhs.total
    }
  }

  /// Counts over the system's beads.
  public var precisionCounts = Counts()
  /// Counts over the gold beads (with the system as reference).
  public var recallCounts = Counts()
  /// Documents added.
  public var documents = 0

  public init() {}

  /// The metric of one document.
  public init(system: [SentenceBead], gold: [SentenceBead]) {
    add(system: system, gold: gold)
  }

  /// Adds one document's counts.
  public mutating func add(system: [SentenceBead], gold: [SentenceBead]) {
    precisionCounts += Self.count(test: system, reference: gold)
    let systemLinks = system.filter(\.isLink)
    let goldLinks = gold.filter(\.isLink)
    recallCounts += Self.count(test: goldLinks, reference: systemLinks)
    documents += 1
  }

  public var strictPrecision: Double {
    Self.ratio(precisionCounts.strictHits, precisionCounts.total)
  }
  public var strictRecall: Double { Self.ratio(recallCounts.strictHits, recallCounts.total) }
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  public var laxPrecision: Double { Self.ratio(precisionCounts.laxHits, precisionCounts.total) }
  public var laxRecall: Double { Self.ratio(recallCounts.laxHits, recallCounts.total) }
  public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }

  /// Counts the beads of `test` that are hits against `reference`.
  static func count(test: [SentenceBead], reference: [SentenceBead]) -> Counts {
    struct Key: Hashable {
      var zh: [Int]
      var en: [Int]
    }
    struct Link: Hashable {
      var zh: Int
      var en: Int
    }
    var exact = Set<Key>()
    var links = Set<Link>()
    for bead in reference {
      exact.insert(Key(zh: bead.zh, en: bead.en))
      for zh in bead.zh {
        for en in bead.en { links.insert(Link(zh: zh, en: en)) }
      }
    }
    var counts = Counts()
    for bead in test where !(bead.zh.isEmpty && bead.en.isEmpty) {
      counts.total += 1
      if exact.contains(Key(zh: bead.zh, en: bead.en)) {
        counts.strictHits += 1
        counts.laxHits += 1
      } else if bead.zh.contains(where: { zh in
        bead.en.contains { links.contains(Link(zh: zh, en: $0)) }
      }) {
        counts.laxHits += 1
      }
    }
    return counts
  }

  private static func ratio(_ hits: Int, _ total: Int) -> Double {
    total == 0 ? 0 : Double(hits) / Double(total)
  }

  private static func f1(_ precision: Double, _ recall: Double) -> Double {
    precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }
}
