/// Finds anchors: 1-1 pairs that share rare keys, are each other's best match, have plausible
/// lengths, and form the heaviest monotonic chain. Anchors only centre the band of the dynamic
/// programme; they are never forced into the alignment.
struct AnchorFinder {
  let zh: MatchSide
  let en: MatchSide
  let enPostings: KeyPostings
  let zhPostings: KeyPostings
  let zhLength: [Double]
  let enLength: [Double]
  let lengthModel: LengthModel
  let configuration: SentenceAlignerConfiguration

  /// Similarity of a 1-1 pair computed directly from the two sentences' keys.
  static func similarity(_ zh: MatchSide, _ i: Int, _ en: MatchSide, _ j: Int) -> Double {
    let total = zh.unitCount[i] + en.unitCount[j]
    guard total > 0 else { return 0 }
    let matched =
      min(matchedUnits(zh, i, keys: en.sentenceKeys[j]), 64)
      + min(matchedUnits(en, j, keys: zh.sentenceKeys[i]), 64)
    return Double(matched) / Double(total)
  }

  private static func matchedUnits(_ side: MatchSide, _ s: Int, keys: [Int32]) -> Int {
    var matched = 0
    for u in side.unitStart[s]..<side.unitStart[s + 1] {
      for k in side.keyStart[u]..<side.keyStart[u + 1] where contains(keys, side.keys[k]) {
        matched += 1
        break
      }
    }
    return matched
  }

  private static func contains(_ sorted: [Int32], _ key: Int32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && sorted[low] == key
  }

  /// Distance of a pair from the document's diagonal, in English sentences (infinite for none).
  private func offDiagonal(_ i: Int, _ j: Int) -> Double {
    guard i >= 0, j >= 0 else { return .infinity }
    return abs(Double(j) - Double(i) * Double(en.count) / Double(max(zh.count, 1)))
  }

  /// Anchor pairs, increasing in both coordinates.
  func anchors() -> [(zh: Int, en: Int)] {
    let rare = configuration.anchorMaxKeyFrequency
    var bestForZh = [(en: Int, sim: Double)](repeating: (-1, 0), count: zh.count)
    var bestForEn = [(zh: Int, sim: Double)](repeating: (-1, 0), count: en.count)
    var rareCache: [Int32: Bool] = [:]
    var seen: [Int: Bool] = [:]
    for i in 0..<zh.count {
      seen.removeAll(keepingCapacity: true)
      for u in zh.unitStart[i]..<zh.unitStart[i + 1] {
        for k in zh.keyStart[u]..<zh.keyStart[u + 1] {
          let key = zh.keys[k]
          let isRare: Bool
          if let cached = rareCache[key] {
            isRare = cached
          } else {
            isRare =
              enPostings.frequency(key) <= rare && zhPostings.frequency(key) <= rare
            rareCache[key] = isRare
          }
          guard isRare, let range = enPostings.ranges[key] else { continue }
          for p in range { seen[Int(enPostings.sentence[p])] = true }
        }
      }
      for j in seen.keys {
        let sim = Self.similarity(zh, i, en, j)
        // Ties (repeated sentences) go to the pair nearer the diagonal.
        let current = bestForZh[i]
        if sim > current.sim
          || (sim == current.sim && offDiagonal(i, j) < offDiagonal(i, current.en))
        {
          bestForZh[i] = (j, sim)
        }
        let rival = bestForEn[j]
        if sim > rival.sim || (sim == rival.sim && offDiagonal(i, j) < offDiagonal(rival.zh, j)) {
          bestForEn[j] = (i, sim)
        }
      }
    }
    var candidates: [(zh: Int, en: Int, weight: Double)] = []
    for i in 0..<zh.count {
      let (j, sim) = bestForZh[i]
      guard j >= 0, bestForEn[j].zh == i, sim >= configuration.anchorMinSimilarity else {
        continue
      }
      let deviation = lengthModel.deviation(zh: zhLength[i], en: enLength[j])
      guard abs(deviation) <= configuration.anchorMaxLengthDeviation else { continue }
      candidates.append((i, j, sim))
    }
    return Self.heaviestChain(candidates, columns: en.count)
  }

  /// The heaviest chain strictly increasing in both coordinates (weighted LIS with a Fenwick tree
  /// of prefix maxima over English indices). Candidates must be sorted by Chinese index with at
  /// most one candidate per Chinese index.
  static func heaviestChain(
    _ candidates: [(zh: Int, en: Int, weight: Double)], columns: Int
  ) -> [(zh: Int, en: Int)] {
    guard !candidates.isEmpty else { return [] }
    var tree = [(weight: Double, index: Int)](repeating: (0, -1), count: columns + 1)
    var total = [Double](repeating: 0, count: candidates.count)
    var previous = [Int](repeating: -1, count: candidates.count)
    for (index, candidate) in candidates.enumerated() {
      // Best chain ending at an English index below candidate.en.
      var best: (weight: Double, index: Int) = (0, -1)
      var position = candidate.en
      while position > 0 {
        if tree[position].weight > best.weight { best = tree[position] }
        position -= position & -position
      }
      total[index] = best.weight + candidate.weight
      previous[index] = best.index
      position = candidate.en + 1
      while position <= columns {
        if total[index] > tree[position].weight { tree[position] = (total[index], index) }
        position += position & -position
      }
    }
    var last = 0
    for index in total.indices where total[index] > total[last] { last = index }
    var chain: [(zh: Int, en: Int)] = []
    var cursor = last
    while cursor >= 0 {
      chain.append((candidates[cursor].zh, candidates[cursor].en))
      cursor = previous[cursor]
    }
    return chain.reversed()
  }
}
