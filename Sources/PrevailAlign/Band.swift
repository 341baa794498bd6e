/// The cells of the alignment lattice the dynamic programme may visit: for every Chinese node row
/// `i` (0…n), the English node columns `low[i]…high[i]`. Both bounds never decrease, row 0 starts
/// at column 0, row n ends at column m, and consecutive rows overlap so a path always exists.
/// Its size grows linearly with the document: each row is at most a bounded width.
struct Band {
  var low: [Int]
  var high: [Int]

  /// Lattice cells in the band.
  var cellCount: Int { zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

  /// A band of half-width `radius(i)` Chinese rows around a centre line.
  init(center: [Double], radius: [Double], columns m: Int, slope: Double) {
    let n = center.count - 1
    var low = [Int](repeating: 0, count: n + 1)
    var high = [Int](repeating: 0, count: n + 1)
    for i in 0...n {
      let spread = radius[i] * slope
      low[i] = min(max(Int((center[i] - spread).rounded(.down)), 0), m)
      high[i] = min(max(Int((center[i] + spread).rounded(.up)), 0), m)
    }
    self.init(low: low, high: high, columns: m)
  }

  /// Repairs raw bounds into a connected, monotonic band.
  init(low rawLow: [Int], high rawHigh: [Int], columns m: Int) {
    var low = rawLow
    var high = rawHigh
    let n = low.count - 1
    low[0] = 0
    high[n] = m
    for i in stride(from: n - 1, through: 0, by: -1) { low[i] = min(low[i], low[i + 1]) }
    for i in 1...max(n, 1) where i <= n { high[i] = max(high[i], high[i - 1]) }
    for i in 0...n { high[i] = max(high[i], low[i]) }
    // A path leaves row i at most at column high[i]; row i + 1 must be reachable from there.
    for i in stride(from: n - 1, through: 0, by: -1) where high[i] < low[i + 1] {
      high[i] = low[i + 1]
    }
    for i in 1...max(n, 1) where i <= n { high[i] = max(high[i], high[i - 1]) }
    self.low = low
    self.high = high
  }

  /// The band around anchors: a piecewise-linear centre through the corners and the anchors, with
  /// a half-width that grows with the distance to the nearest anchor.
  static func around(
    anchors: [(zh: Int, en: Int)], rows n: Int, columns m: Int,
    configuration: SentenceAlignerConfiguration
  ) -> Band {
    var points: [(x: Double, y: Double)] = [(0, 0)]
    for anchor in anchors {
      points.append((Double(anchor.zh), Double(anchor.en)))
      points.append((Double(anchor.zh + 1), Double(anchor.en + 1)))
    }
    points.append((Double(n), Double(m)))
    var center = [Double](repeating: 0, count: n + 1)
    var segment = 0
    for i in 0...n {
      let x = Double(i)
      while segment + 2 < points.count && points[segment + 1].x <= x { segment += 1 }
      let a = points[segment]
      let b = points[min(segment + 1, points.count - 1)]
      center[i] = b.x > a.x ? a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) : a.y
    }
    // Distance in rows to the nearest anchor (corners count as anchors).
    var anchorRow = [Bool](repeating: false, count: n + 1)
    anchorRow[0] = true
    anchorRow[n] = true
    for anchor in anchors where anchor.zh >= 0 && anchor.zh < n {
      anchorRow[anchor.zh] = true
      anchorRow[anchor.zh + 1] = true
    }
    var distance = [Double](repeating: 0, count: n + 1)
    var last = 0
    for i in 0...n {
      if anchorRow[i] { last = i }
      distance[i] = Double(i - last)
    }
    var next = n
    for i in stride(from: n, through: 0, by: -1) {
      if anchorRow[i] { next = i }
      distance[i] = min(distance[i], Double(next - i))
    }
    let radius = distance.map {
      min(
        Double(configuration.maxBandRadius),
        Double(configuration.bandRadius)
          + configuration.bandGrowth * $0)
    }
    let slope = max(1, n > 0 ? Double(m) / Double(n) : 1)
    return Band(center: center, radius: radius, columns: m, slope: slope)
  }

  /// The band around a path of lattice nodes (as from a first pass), `radius` rows either side.
  static func around(path: [(zh: Int, en: Int)], rows n: Int, columns m: Int, radius: Int) -> Band {
    var low = [Int](repeating: m, count: n + 1)
    var high = [Int](repeating: 0, count: n + 1)
    var visited = [Bool](repeating: false, count: n + 1)
    for node in path where node.zh >= 0 && node.zh <= n {
      low[node.zh] = min(low[node.zh], node.en)
      high[node.zh] = max(high[node.zh], node.en)
      visited[node.zh] = true
    }
    // Rows inside multi-sentence beads have no node: the path crosses them between the last
    // node before and the first node after.
    var lastHigh = 0
    for i in 0...n {
      if visited[i] { lastHigh = high[i] } else { low[i] = lastHigh }
    }
    var nextLow = m
    for i in stride(from: n, through: 0, by: -1) {
      if visited[i] { nextLow = low[i] } else { high[i] = max(nextLow, low[i]) }
    }
    let slope = max(1, n > 0 ? Double(m) / Double(n) : 1)
    let spread = Int((Double(radius) * slope).rounded(.up))
    var wideLow = [Int](repeating: 0, count: n + 1)
    var wideHigh = [Int](repeating: 0, count: n + 1)
    for i in 0...n {
      wideLow[i] = max(0, low[max(0, i - radius)] - spread)
      wideHigh[i] = min(m, high[min(n, i + radius)] + spread)
    }
    return Band(low: wideLow, high: wideHigh, columns: m)
  }
}
