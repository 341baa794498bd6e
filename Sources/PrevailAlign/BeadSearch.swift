import Foundation

/// The dynamic programme over beads inside a band: minimum total cost of shape prior, length
/// deviation and (negative) lexical evidence.
struct BeadSearch {
  /// A bead as half-open sentence ranges.
  struct Step: Hashable {
    var zh: Range<Int>
    var en: Range<Int>
  }

  let n: Int
  let m: Int
  let shapes: [(zh: Int, en: Int, cost: Double)]
  let lengthModel: LengthModel
  let zhLength: [Double]
  let enLength: [Double]
  let zhUnits: [Int]
  let enUnits: [Int]
  let margin: Margin?
  let table: PairTable?
  /// The share of content units matched inside true beads (p in `evidence`).
  private(set) var matchRate: Double
  let configuration: SentenceAlignerConfiguration

  private var zhLengthPrefix: [Double] = []
  private var enLengthPrefix: [Double] = []
  private var zhWeights: [(hit: Double, miss: Double)] = []
  private var enWeights: [(hit: Double, miss: Double)] = []

  init(
    shapes: [(zh: Int, en: Int, prior: Double)], lengthModel: LengthModel, zhLength: [Double],
    enLength: [Double], zhUnits: [Int], enUnits: [Int], margin: Margin?, table: PairTable?,
    matchRate: Double, configuration: SentenceAlignerConfiguration
  ) {
    n = zhLength.count
    m = enLength.count
    self.shapes = shapes.filter { $0.prior > 0 && ($0.zh > 0 || $0.en > 0) }.map {
      ($0.zh, $0.en, -log($0.prior))
    }
    self.lengthModel = lengthModel
    self.zhLength = zhLength
    self.enLength = enLength
    self.zhUnits = zhUnits
    self.enUnits = enUnits
    self.margin = margin
    self.table = table
    self.matchRate = matchRate
    self.configuration = configuration
    zhLengthPrefix = Self.prefix(zhLength)
    enLengthPrefix = Self.prefix(enLength)
    setMatchRate(matchRate)
  }

  /// Sets p and the per-sentence weights that follow from it.
  mutating func setMatchRate(_ rate: Double) {
    matchRate = rate
    guard let margin else { return }
    zhWeights = margin.zh.map { Self.weights(background: $0, matchRate: rate) }
    enWeights = margin.en.map { Self.weights(background: $0, matchRate: rate) }
  }

  /// Matched and total content units of the link beads among `steps`.
  func matchCounts(_ steps: [Step]) -> (matched: Int, units: Int) {
    guard let table else { return (0, 0) }
    var matched = 0
    var units = 0
    for step in steps where !step.zh.isEmpty && !step.en.isEmpty {
      for i in step.zh {
        var mask: UInt64 = 0
        for j in step.en { mask |= table.masks(i, j).zh }
        matched += mask.nonzeroBitCount
        units += zhUnits[i]
      }
      for j in step.en {
        var mask: UInt64 = 0
        for i in step.zh { mask |= table.masks(i, j).en }
        matched += mask.nonzeroBitCount
        units += enUnits[j]
      }
    }
    return (matched, units)
  }

  private static func prefix(_ values: [Double]) -> [Double] {
    var sums = [Double](repeating: 0, count: values.count + 1)
    for (index, value) in values.enumerated() { sums[index + 1] = sums[index] + value }
    return sums
  }

  /// Lexical evidence of a bead, in nats; zero without a dictionary. Two views of the same unit
  /// matches, weighted by the configuration:
  /// - the margin: matched units above the sentences' background similarity (a sentence that
  ///   resembles all its neighbours gains little from resembling one more), over √units;
  /// - the likelihood ratio: each matched unit counts log(p / q), each unmatched one
  ///   log((1 − p) / (1 − q)), p being the document's match rate in true beads and q the
  ///   sentence's background; unmatched content is what makes a merge worse than an omission.
  @inline(__always)
  func evidence(_ zh: Range<Int>, _ en: Range<Int>) -> Double {
    guard let table, let margin, !zh.isEmpty, !en.isEmpty, !zhWeights.isEmpty else { return 0 }
    var matched = 0
    var units = 0
    var background = 0.0
    var likelihood = 0.0
    for i in zh {
      var mask: UInt64 = 0
      for j in en { mask |= table.masks(i, j).zh }
      let hits = mask.nonzeroBitCount
      matched += hits
      units += zhUnits[i]
      background += margin.zh[i] * Double(zhUnits[i])
      likelihood += Double(hits) * zhWeights[i].hit - Double(zhUnits[i] - hits) * zhWeights[i].miss
    }
    for j in en {
      var mask: UInt64 = 0
      for i in zh { mask |= table.masks(i, j).en }
      let hits = mask.nonzeroBitCount
      matched += hits
      units += enUnits[j]
      background += margin.en[j] * Double(enUnits[j])
      likelihood += Double(hits) * enWeights[j].hit - Double(enUnits[j] - hits) * enWeights[j].miss
    }
    guard units > 0 else { return 0 }
    let marginEvidence = (Double(matched) - background) / Double(units).squareRoot()
    return configuration.lexicalWeight * marginEvidence
      + configuration.likelihoodWeight * likelihood
  }

  /// Per-unit log-likelihood ratios of a match and of a miss for a sentence with background q.
  static func weights(background q: Double, matchRate p: Double) -> (hit: Double, miss: Double) {
    let background = min(max(q, 0.01), 0.95)
    guard p > background else { return (0, 0) }
    return (log(p / background), -log((1 - p) / (1 - background)))
  }

  @inline(__always)
  func lengthCost(_ zh: Range<Int>, _ en: Range<Int>) -> Double {
    lengthModel.cost(
      zh: zhLengthPrefix[zh.upperBound] - zhLengthPrefix[zh.lowerBound],
      en: enLengthPrefix[en.upperBound] - enLengthPrefix[en.lowerBound])
  }

  /// The cheapest bead path through the band, as steps in order.
  func run(_ band: Band) -> [Step] {
    var offset = [Int](repeating: 0, count: n + 2)
    for i in 0...n { offset[i + 1] = offset[i] + band.high[i] - band.low[i] + 1 }
    var cost = [Double](repeating: .infinity, count: offset[n + 1])
    var back = [UInt8](repeating: .max, count: offset[n + 1])
    cost[0] = 0
    for i in 0...n {
      for j in band.low[i]...band.high[i] {
        var best = i == 0 && j == 0 ? 0.0 : Double.infinity
        var bestShape = UInt8.max
        for (index, shape) in shapes.enumerated() {
          let pi = i - shape.zh
          let pj = j - shape.en
          guard pi >= 0, pj >= band.low[max(pi, 0)], pj <= band.high[max(pi, 0)] else { continue }
          let previous = cost[offset[pi] + pj - band.low[pi]]
          guard previous < .infinity else { continue }
          // Lexical evidence lowers costs, so partial sums cannot prune: score every shape.
          var total = previous + shape.cost
          // An unmatched sentence costs its shape prior alone: Gale–Church's length cost would
          // make any merge look cheaper than admitting an omission.
          if shape.zh > 0 && shape.en > 0 {
            total += lengthCost(pi..<i, pj..<j) - evidence(pi..<i, pj..<j)
          }
          if total < best {
            best = total
            bestShape = UInt8(index)
          }
        }
        cost[offset[i] + j - band.low[i]] = best
        back[offset[i] + j - band.low[i]] = bestShape
      }
    }
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let shapeIndex = back[offset[i] + j - band.low[i]]
      guard shapeIndex != .max else { break }
      let shape = shapes[Int(shapeIndex)]
      steps.append(Step(zh: (i - shape.zh)..<i, en: (j - shape.en)..<j))
      i -= shape.zh
      j -= shape.en
    }
    return steps.reversed()
  }

  /// A bead's score in [0, 1]: for a link, a logistic of its evidence against its length
  /// deviation; for an unmatched sentence, one minus its best similarity to any neighbour.
  func score(_ step: Step) -> Double {
    if step.zh.isEmpty || step.en.isEmpty {
      guard let margin else { return 0.5 }
      let best =
        step.zh.isEmpty ? margin.enBest[step.en.lowerBound] : margin.zhBest[step.zh.lowerBound]
      return max(0, min(1, 1 - best))
    }
    let z =
      1.5 + evidence(step.zh, step.en)
      - lengthCost(step.zh, step.en)
    return 1 / (1 + exp(-z))
  }
}
