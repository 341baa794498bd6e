/// The margin: each sentence's background similarity, the mean similarity of its best
/// `neighbours` pairs inside the band. A bead's similarity counts only above its sentences'
/// background, so a sentence full of common words that resemble everything around it gets no
/// credit for resembling one more (the neighbourhood normalization of margin-based aligners).
struct Margin {
  /// Background similarity per Chinese sentence.
  var zh: [Double]
  /// Background similarity per English sentence.
  var en: [Double]
  /// Best 1-1 similarity per sentence (for the score of unmatched sentences).
  var zhBest: [Double]
  var enBest: [Double]

  init(table: PairTable, zhUnits: [Int], enUnits: [Int], neighbours: Int) {
    let k = max(1, neighbours)
    var zhTop = [Double](repeating: 0, count: zhUnits.count * k)
    var enTop = [Double](repeating: 0, count: enUnits.count * k)
    for i in 0..<zhUnits.count {
      for offset in 0..<table.width[i] {
        let j = table.low[i] + offset
        let cell = table.start[i] + offset
        let total = zhUnits[i] + enUnits[j]
        guard total > 0 else { continue }
        let matched = table.zhMask[cell].nonzeroBitCount + table.enMask[cell].nonzeroBitCount
        guard matched > 0 else { continue }
        let sim = Double(matched) / Double(total)
        Self.insert(sim, into: &zhTop, at: i * k, count: k)
        Self.insert(sim, into: &enTop, at: j * k, count: k)
      }
    }
    zh = (0..<zhUnits.count).map { i in zhTop[(i * k)..<(i * k + k)].reduce(0, +) / Double(k) }
    en = (0..<enUnits.count).map { j in enTop[(j * k)..<(j * k + k)].reduce(0, +) / Double(k) }
    zhBest = (0..<zhUnits.count).map { zhTop[$0 * k] }
    enBest = (0..<enUnits.count).map { enTop[$0 * k] }
  }

  /// Keeps the `count` largest values in descending order at `base`.
  @inline(__always)
  private static func insert(_ value: Double, into top: inout [Double], at base: Int, count: Int) {
    guard value > top[base + count - 1] else { return }
    var position = base + count - 1
    while position > base && top[position - 1] < value {
      top[position] = top[position - 1]
      position -= 1
    }
    top[position] = value
  }
}
