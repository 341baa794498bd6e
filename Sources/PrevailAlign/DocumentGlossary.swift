/// Learns word pairs from the document: Chinese words and English stems that keep co-occurring
/// in confidently aligned beads (names, recurring terms, free renderings the dictionary lacks).
/// The learned stem becomes one more key of every occurrence of the Chinese word.
struct DocumentGlossary {
  /// Learned English key per Chinese unit id.
  var pairs: [Int32: [Int32]] = [:]

  init(
    zh: [SentenceFeatures], en: [SentenceFeatures], beads: [(zh: Range<Int>, en: Range<Int>)],
    configuration: SentenceAlignerConfiguration
  ) {
    var zhCount: [Int32: Int] = [:]
    var enCount: [Int32: Int] = [:]
    var joint: [Int64: Int] = [:]
    var known: [Int32: Set<Int32>] = [:]
    for bead in beads {
      var zhIDs = Set<Int32>()
      var enIDs = Set<Int32>()
      for i in bead.zh {
        for unit in zh[i].units {
          zhIDs.insert(unit.id)
          if known[unit.id] == nil { known[unit.id] = Set(unit.keys) }
        }
      }
      for j in bead.en {
        for unit in en[j].units { enIDs.insert(unit.id) }
      }
      for id in zhIDs { zhCount[id, default: 0] += 1 }
      for id in enIDs { enCount[id, default: 0] += 1 }
      for a in zhIDs {
        for b in enIDs { joint[Int64(a) << 32 | Int64(UInt32(bitPattern: b)), default: 0] += 1 }
      }
    }
    for (pair, count) in joint where count >= configuration.learnedPairMinCount {
      let a = Int32(truncatingIfNeeded: pair >> 32)
      let b = Int32(truncatingIfNeeded: pair)
      let dice = 2 * Double(count) / Double(zhCount[a, default: 0] + enCount[b, default: 0])
      guard dice >= configuration.learnedPairMinDice else { continue }
      if known[a]?.contains(b) == true { continue }
      pairs[a, default: []].append(b)
    }
  }

  /// The Chinese features with learned keys added.
  func enrich(_ zh: [SentenceFeatures]) -> [SentenceFeatures] {
    guard !pairs.isEmpty else { return zh }
    return zh.map { sentence in
      var sentence = sentence
      for index in sentence.units.indices {
        guard let extra = pairs[sentence.units[index].id] else { continue }
        sentence.units[index].keys = Array(Set(sentence.units[index].keys).union(extra)).sorted()
      }
      return sentence
    }
  }
}
