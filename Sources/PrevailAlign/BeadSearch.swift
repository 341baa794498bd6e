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
  let configuration: SentenceAlignerConfiguration

  private var zhLengthPrefix: [Double] = []
  private var enLengthPrefix: [Double] = []

  init(
    shapes: [(zh: Int, en: Int, prior: Double)], lengthModel: LengthModel, zhLength: [Double],
    enLength: [Double], zhUnits: [Int], enUnits: [Int], margin: Margin?, table: PairTable?,
    configuration: SentenceAlignerConfiguration
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
    self.configuration = configuration
    zhLengthPrefix = Self.prefix(zhLength)
    enLengthPrefix = Self.prefix(enLength)
  }

  private static func prefix(_ values: [Double]) -> [Double] {
    var sums = [Double](repeating: 0, count: values.count + 1)
    for (index, value) in values.enumerated() { sums[index + 1] = sums[index] + value }
    return sums
  }

  /// Lexical evidence of a bead, in units: matched units beyond the margin background, scaled by
  /// the bead's unit count to the power (1 − size exponent). Zero without a dictionary.
  @inline(__always)
  func evidence(_ zh: Range<Int>, _ en: Range<Int>) -> Double {
    guard let table, let margin, !zh.isEmpty, !en.isEmpty else { return 0 }
    var matched = 0
    var units = 0
    var background = 0.0
    for i in zh {
      var mask: UInt64 = 0
      for j in en { mask |= table.masks(i, j).zh }
      matched += mask.nonzeroBitCount
      units += zhUnits[i]
      background += margin.zh[i] * Double(zhUnits[i])
    }
    for j in en {
      var mask: UInt64 = 0
      for i in zh { mask |= table.masks(i, j).en }
      matched += mask.nonzeroBitCount
      units += enUnits[j]
      background += margin.en[j] * Double(enUnits[j])
    }
    guard units > 0 else { return 0 }
    let excess = Double(matched) - configuration.marginWeight * background
    let exponent = configuration.lexicalSizeExponent
    if exponent == 0 { return excess }
    if exponent == 0.5 { return excess / Double(units).squareRoot() }
    if exponent == 1 { return excess / Double(units) }
    return excess / pow(Double(units), exponent)
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
    let lambda = configuration.lexicalWeight
    for i in 0...n {
      for j in band.low[i]...band.high[i] {
        var best = i == 0 && j == 0 ? 0.0 : Double.infinity
        var bestShape = UInt8.max
        for (index, shape) in shapes.enumerated() {
          let pi = i - shape.zh
          let pj = j - shape.en
          guard pi >= 0, pj >= band.low[max(pi, 0)], pj <= band.high[max(pi, 0)] else { continue }
          let previous = cost[offset[pi] + pj - band.low[pi]]
          guard previous < best else { continue }
          var total = previous + shape.cost
          guard total < best else { continue }
          total += lengthCost(pi..<i, pj..<j)
          guard total < best else { continue }
          total -= lambda * evidence(pi..<i, pj..<j)
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
      let best = step.zh.isEmpty ? margin.enBest[step.en.lowerBound] : margin.zhBest[step.zh.lowerBound]
      return max(0, min(1, 1 - best))
    }
    let z = 1.5 + configuration.lexicalWeight * evidence(step.zh, step.en)
      - lengthCost(step.zh, step.en)
    return 1 / (1 + exp(-z))
  }
}
