/// The units of one side reduced to what can match the other side, with an inverted index.
///
/// Units with no dictionary key and no key on the other side (an untranslatable name) are
/// dropped, so that a sentence's unit count is the number of words that could have found a
/// translation; keys absent from the other side are dropped from the units that remain. A sentence keeps at most 64 units
/// (bits of a mask); later units fold onto earlier bits.
struct MatchSide {
  /// Units per sentence, as flat key lists: `keys[keyStart[unitStart[s] + u] ..< …]`.
  var unitStart: [Int]
  var keyStart: [Int]
  var keys: [Int32]
  /// Matchable units per sentence, capped at 64.
  var unitCount: [Int]
  /// Sorted unique keys per sentence (for direct pair similarity).
  var sentenceKeys: [[Int32]]

  init(_ sentences: [SentenceFeatures], otherKeys: Set<Int32>) {
    unitStart = [0]
    keyStart = [0]
    keys = []
    unitCount = []
    sentenceKeys = []
    unitStart.reserveCapacity(sentences.count + 1)
    unitCount.reserveCapacity(sentences.count)
    for sentence in sentences {
      var units = 0
      var all: [Int32] = []
      for unit in sentence.units {
        // A dictionary word counts even when the other side lacks every translation of it:
        // that absence is the evidence of an omission. Document-local keys (names, numbers)
        // count only when the other side has them.
        guard unit.keys.contains(where: { $0 >= 0 || otherKeys.contains($0) }) else { continue }
        let kept = unit.keys.filter { otherKeys.contains($0) }
        keys.append(contentsOf: kept)
        keyStart.append(keys.count)
        all.append(contentsOf: kept)
        units += 1
      }
      unitStart.append(keyStart.count - 1)
      unitCount.append(min(units, 64))
      sentenceKeys.append(Array(Set(all)).sorted())
    }
  }

  var count: Int { unitCount.count }

  /// Every key of a side.
  static func allKeys(_ sentences: [SentenceFeatures]) -> Set<Int32> {
    var set = Set<Int32>()
    for sentence in sentences {
      for unit in sentence.units { set.formUnion(unit.keys) }
    }
    return set
  }
}

/// Postings of one side: for every key, the (sentence, unit bit) pairs holding it, by sentence.
struct KeyPostings {
  var ranges: [Int32: Range<Int>]
  var sentence: [Int32]
  var bit: [UInt8]

  init(_ side: MatchSide) {
    var entries: [(key: Int32, sentence: Int32, bit: UInt8)] = []
    entries.reserveCapacity(side.keys.count)
    for s in 0..<side.count {
      for u in side.unitStart[s]..<side.unitStart[s + 1] {
        let bit = UInt8((u - side.unitStart[s]) & 63)
        for k in side.keyStart[u]..<side.keyStart[u + 1] {
          entries.append((side.keys[k], Int32(s), bit))
        }
      }
    }
    entries.sort { ($0.key, $0.sentence, $0.bit) < ($1.key, $1.sentence, $1.bit) }
    ranges = [:]
    sentence = entries.map(\.sentence)
    bit = entries.map(\.bit)
    var start = 0
    while start < entries.count {
      var end = start + 1
      while end < entries.count && entries[end].key == entries[start].key { end += 1 }
      ranges[entries[start].key] = start..<end
      start = end
    }
  }

  /// Number of distinct sentences holding a key.
  func frequency(_ key: Int32) -> Int {
    guard let range = ranges[key] else { return 0 }
    var count = 0
    var last: Int32 = -1
    for index in range where sentence[index] != last {
      count += 1
      last = sentence[index]
    }
    return count
  }

  /// First posting index in `range` whose sentence is at least `value`.
  func lowerBound(_ range: Range<Int>, sentence value: Int32) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let mid = (low + high) / 2
      if sentence[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
  }
}

/// Which units of a Chinese sentence are matched by an English sentence and vice versa, for every
/// pair inside a band: row `i` holds English sentences `low[i] ..< low[i] + width[i]`.
struct PairTable {
  var start: [Int]
  var low: [Int]
  var width: [Int]
  /// Bit u set: Chinese unit u of sentence i has a key of English sentence j.
  var zhMask: [UInt64]
  /// Bit v set: English unit v of sentence j has a key of Chinese sentence i.
  var enMask: [UInt64]

  init(zh: MatchSide, enPostings: KeyPostings, rows: [Range<Int>]) {
    start = []
    low = []
    width = []
    start.reserveCapacity(rows.count + 1)
    var total = 0
    for row in rows {
      start.append(total)
      low.append(row.lowerBound)
      width.append(row.count)
      total += row.count
    }
    start.append(total)
    zhMask = Array(repeating: 0, count: total)
    enMask = Array(repeating: 0, count: total)
    for i in 0..<rows.count where !rows[i].isEmpty {
      let lowJ = Int32(rows[i].lowerBound)
      let highJ = Int32(rows[i].upperBound)
      let base = start[i] - rows[i].lowerBound
      for u in zh.unitStart[i]..<zh.unitStart[i + 1] {
        let zhBit: UInt64 = 1 << UInt64((u - zh.unitStart[i]) & 63)
        for k in zh.keyStart[u]..<zh.keyStart[u + 1] {
          guard let range = enPostings.ranges[zh.keys[k]] else { continue }
          var p = enPostings.lowerBound(range, sentence: lowJ)
          while p < range.upperBound {
            let j = enPostings.sentence[p]
            if j >= highJ { break }
            let cell = base + Int(j)
            zhMask[cell] |= zhBit
            enMask[cell] |= 1 << UInt64(enPostings.bit[p])
            p += 1
          }
        }
      }
    }
  }

  @inline(__always)
  func masks(_ i: Int, _ j: Int) -> (zh: UInt64, en: UInt64) {
    let offset = j - low[i]
    guard offset >= 0 && offset < width[i] else { return (0, 0) }
    return (zhMask[start[i] + offset], enMask[start[i] + offset])
  }
}
