/// The settings of `SentenceAligner`. The defaults are the one configuration used for every kind
/// of text (literary, academic, magazine); nothing is tuned per data set.
public struct SentenceAlignerConfiguration: Hashable, Sendable {
  /// A bead shape the dynamic programme may use, with its prior probability before the document
  /// is seen.
  public struct Shape: Hashable, Sendable {
    /// Chinese sentences in the bead.
    public var zh: Int
    /// English sentences in the bead.
    public var en: Int
    /// Prior probability of the shape (the shapes' priors need not sum to exactly 1).
    public var prior: Double

    public init(zh: Int, en: Int, prior: Double) {
      self.zh = zh
      self.en = en
      self.prior = prior
    }
  }

  /// Shapes up to 1-4 and 4-1, with explicit 1-0 and 0-1. Priors are generic (mostly 1-1, English
  /// splitting more often than merging). They are not re-estimated from a first alignment: that
  /// reinforces the first pass's errors (measured: strict F1 0.830 → 0.803 on literary text).
  public var shapes: [Shape] = [
    Shape(zh: 1, en: 1, prior: 0.80),
    Shape(zh: 1, en: 2, prior: 0.08),
    Shape(zh: 2, en: 1, prior: 0.05),
    Shape(zh: 2, en: 2, prior: 0.01),
    Shape(zh: 1, en: 3, prior: 0.02),
    Shape(zh: 3, en: 1, prior: 0.01),
    Shape(zh: 1, en: 4, prior: 0.005),
    Shape(zh: 4, en: 1, prior: 0.002),
    Shape(zh: 1, en: 0, prior: 0.002),
    Shape(zh: 0, en: 1, prior: 0.002),
  ]

  /// Gale–Church variance per unit of length, in UTF-8 bytes after the document's English/Chinese
  /// byte ratio is applied (measured ≈ 5.7 on 1-1 beads of Chinese–English text).
  public var lengthVariance = 6.0

  /// Weight of the margin evidence: matched content units above the sentences' background
  /// similarity, divided by the square root of the bead's units (in nats per unit of that).
  public var lexicalWeight = 1.5

  /// Weight of the likelihood evidence: a log-likelihood ratio that credits each matched unit
  /// log(p / q) and charges each unmatched one log((1 − q) / (1 − p)), p being the document's
  /// match rate in true beads and q the sentence's background. It is what makes a sentence with
  /// no counterpart cheaper to leave unmatched than to merge into a neighbour.
  public var likelihoodWeight = 0.25

  /// Share of content units matched by the dictionary inside true beads, before the document is
  /// seen; the second pass measures it on the first alignment.
  public var matchRate = 0.35

  /// The margin: how many best neighbours of a sentence give its background similarity.
  public var marginNeighbours = 4

  /// How much of the background similarity is subtracted from a bead's similarity.
  public var marginWeight = 1.0

  /// A key occurring in at most this many sentences on each side can propose anchors.
  public var anchorMaxKeyFrequency = 6

  /// Smallest lexical similarity of an anchor (a mutual-best 1-1 pair).
  public var anchorMinSimilarity = 0.25

  /// Largest Gale–Church length deviation of an anchor.
  public var anchorMaxLengthDeviation = 2.5

  /// Half-width of the band at an anchor, in Chinese sentences (scaled by the English/Chinese
  /// sentence ratio on the English axis).
  public var bandRadius = 10

  /// Extra band half-width per sentence of distance from the nearest anchor.
  public var bandGrowth = 0.25

  /// Largest band half-width, which bounds time and memory per sentence.
  public var maxBandRadius = 60

  /// Whether to re-align after learning word pairs and the match rate from the first alignment.
  public var secondPass = true

  /// Band half-width around the first-pass path in the second pass.
  public var secondPassRadius = 6

  /// A Chinese word and an English stem are learned as a pair when they co-occur in at least this
  /// many confident first-pass beads …
  public var learnedPairMinCount = 2

  /// … with a Dice coefficient of at least this.
  public var learnedPairMinDice = 0.6

  /// First-pass beads scoring at least this teach word pairs.
  public var learningMinScore = 0.6

  public init() {}
}
