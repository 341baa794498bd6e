import PrevailLexicon

/// Aligns the sentences of a Chinese (governing) text with those of its English translation.
///
/// Anchors first (mutual-best 1-1 pairs sharing rare words, in a monotonic chain), then a dynamic
/// programme over beads 1-1 … 1-4/4-1 and 1-0/0-1 inside a band around the anchors, scoring shape
/// priors, Gale–Church length in comparable units, and CC-CEDICT lexical evidence judged against
/// each sentence's neighbours (a margin). A second pass learns word pairs (names, recurring
/// renderings) and the dictionary's match rate from the first alignment, then re-aligns in a
/// narrow band around it. Time and memory grow linearly with the document.
public struct SentenceAligner: Sendable {
  /// The settings, the same for every document.
  public var configuration: SentenceAlignerConfiguration
  /// The dictionary for lexical features; nil aligns by length alone.
  public let lexicon: Lexicon?

  public init(lexicon: Lexicon?, configuration: SentenceAlignerConfiguration = .init()) {
    self.lexicon = lexicon
    self.configuration = configuration
  }

  /// Aligns sentences given as text.
  public func align(zh: [String], en: [String]) -> [SentenceBead] {
    align(features(zh: zh, en: en)).beads
  }

  /// The features the aligner uses for a bitext.
  public func features(zh: [String], en: [String]) -> BitextFeatures {
    guard let lexicon else { return BitextFeatures(lengthsOfZh: zh, en: en) }
    return FeatureExtractor(lexicon: lexicon).features(zh: zh, en: en)
  }

  /// Aligns precomputed features.
  public func align(_ features: BitextFeatures) -> SentenceAlignment {
    let n = features.zh.count
    let m = features.en.count
    if n == 0 || m == 0 {
      let beads =
        (0..<n).map { SentenceBead(zh: [$0], en: [], score: 1) }
        + (0..<m).map { SentenceBead(zh: [], en: [$0], score: 1) }
      return SentenceAlignment(beads: beads, anchors: [], latticeCells: 0)
    }
    let lengthModel = LengthModel(
      zh: features.zh, en: features.en, variance: configuration.lengthVariance)
    let shapes = configuration.shapes.map { ($0.zh, $0.en, $0.prior) }

    let first = Pass(features: features, lengthModel: lengthModel, configuration: configuration)
    let anchors = first.anchors()
    let band = Band.around(anchors: anchors, rows: n, columns: m, configuration: configuration)
    var search = first.searcher(shapes: shapes, band: band)
    var steps = search.run(band)
    var cells = band.cellCount
    guard configuration.secondPass else {
      return SentenceAlignment(
        beads: Self.beads(steps, search), anchors: anchors, latticeCells: cells)
    }

    let confident = steps.filter {
      !$0.zh.isEmpty && !$0.en.isEmpty && search.score($0) >= configuration.learningMinScore
    }
    let glossary = DocumentGlossary(
      zh: features.zh, en: features.en, beads: confident.map { ($0.zh, $0.en) },
      configuration: configuration)
    let enriched = BitextFeatures(zh: glossary.enrich(features.zh), en: features.en)
    let second = Pass(features: enriched, lengthModel: lengthModel, configuration: configuration)
    var path: [(zh: Int, en: Int)] = [(0, 0)]
    for step in steps { path.append((step.zh.upperBound, step.en.upperBound)) }
    let narrow = Band.around(
      path: path, rows: n, columns: m, radius: configuration.secondPassRadius)
    search = second.searcher(shapes: shapes, band: narrow)
    let counts = search.matchCounts(steps)
    if counts.units > 0 {
      search.setMatchRate(min(max(Double(counts.matched) / Double(counts.units), 0.05), 0.9))
    }
    steps = search.run(narrow)
    cells = max(cells, narrow.cellCount)
    return SentenceAlignment(
      beads: Self.beads(steps, search), anchors: anchors, latticeCells: cells)
  }

  private static func beads(_ steps: [BeadSearch.Step], _ search: BeadSearch) -> [SentenceBead] {
    steps.map { SentenceBead(zh: Array($0.zh), en: Array($0.en), score: search.score($0)) }
  }
}

/// The result of aligning a bitext, with what the search looked at.
public struct SentenceAlignment: Sendable {
  /// Beads covering every sentence exactly once, in order.
  public var beads: [SentenceBead]
  /// The anchor pairs (Chinese index, English index) the band was centred on.
  public var anchors: [AnchorPair]
  /// Lattice cells the dynamic programme visited in its largest pass (the full lattice has
  /// (n + 1) × (m + 1)).
  public var latticeCells: Int

  init(beads: [SentenceBead], anchors: [(zh: Int, en: Int)], latticeCells: Int) {
    self.beads = beads
    self.anchors = anchors.map { AnchorPair(zh: $0.zh, en: $0.en) }
    self.latticeCells = latticeCells
  }
}

/// A high-confidence 1-1 pair that centres the band.
public struct AnchorPair: Hashable, Sendable {
  /// The Chinese sentence index.
  public var zh: Int
  /// The English sentence index.
  public var en: Int

  public init(zh: Int, en: Int) {
    self.zh = zh
    self.en = en
  }
}

/// One alignment pass over fixed features: the matchable units, their postings, the pair table
/// and the margin inside a band.
private struct Pass {
  let features: BitextFeatures
  let lengthModel: LengthModel
  let configuration: SentenceAlignerConfiguration
  let zh: MatchSide
  let en: MatchSide
  let zhPostings: KeyPostings
  let enPostings: KeyPostings
  let lexical: Bool

  init(
    features: BitextFeatures, lengthModel: LengthModel, configuration: SentenceAlignerConfiguration
  ) {
    self.features = features
    self.lengthModel = lengthModel
    self.configuration = configuration
    let zhKeys = MatchSide.allKeys(features.zh)
    let enKeys = MatchSide.allKeys(features.en)
    zh = MatchSide(features.zh, otherKeys: enKeys)
    en = MatchSide(features.en, otherKeys: zhKeys)
    zhPostings = KeyPostings(zh)
    enPostings = KeyPostings(en)
    lexical = !zh.keys.isEmpty
  }

  func anchors() -> [(zh: Int, en: Int)] {
    guard lexical else { return [] }
    return AnchorFinder(
      zh: zh, en: en, enPostings: enPostings, zhPostings: zhPostings,
      zhLength: features.zh.map(\.length), enLength: features.en.map(\.length),
      lengthModel: lengthModel, configuration: configuration
    ).anchors()
  }

  func searcher(shapes: [(zh: Int, en: Int, prior: Double)], band: Band) -> BeadSearch {
    var table: PairTable?
    var margin: Margin?
    if lexical {
      let n = zh.count
      let m = en.count
      // Sentence i belongs to beads starting at a node row ≥ i − 3 and ending ≤ i + 4.
      let rows = (0..<n).map { i in
        band.low[max(0, i - 3)]..<min(m, band.high[min(n, i + 4)])
      }
      let built = PairTable(zh: zh, enPostings: enPostings, rows: rows)
      table = built
      margin = Margin(
        table: built, zhUnits: zh.unitCount, enUnits: en.unitCount,
        neighbours: configuration.marginNeighbours)
    }
    return BeadSearch(
      shapes: shapes, lengthModel: lengthModel, zhLength: features.zh.map(\.length),
      enLength: features.en.map(\.length), zhUnits: zh.unitCount, enUnits: en.unitCount,
      margin: margin, table: table, matchRate: configuration.matchRate,
      configuration: configuration)
  }
}
