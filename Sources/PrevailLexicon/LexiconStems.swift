extension Lexicon {
  /// Characters that, at the end of a word missing from the dictionary, only change its word
  /// class: 碎片化 is looked up as 碎片, 可持续性 as 可持续.
  static let derivationalSuffixes: Set<UInt32> = Set(
    "化性者们們式型".unicodeScalars.map(\.value))

  var glossStems: GlossStemIndex { stemsReady.index }

  /// The content-word stems (``EnglishMorphology/stem(_:)``) of `word`'s glosses. Words not in
  /// the dictionary are composed from their parts (see ``englishStemIDs(for:)``).
  public func englishStems(for word: String) -> Set<String> {
    let stems = glossStems.stems
    return Set(englishStemIDs(for: word).map { stems[Int($0)] })
  }

  /// The interned id of an English stem, or nil when no gloss in the dictionary has it.
  public func stemID(_ stem: String) -> Int32? {
    glossStems.ids[stem]
  }

  /// The stem an id stands for (the inverse of ``stemID(_:)``).
  public func stem(forID id: Int32) -> String? {
    let stems = glossStems.stems
    guard id >= 0 && Int(id) < stems.count else { return nil }
    return stems[Int(id)]
  }

  /// How many distinct gloss stems the dictionary has (ids are `0..<stemCount`).
  public var stemCount: Int { glossStems.stems.count }

  /// The ids of ``englishStems(for:)``, sorted and unique. A word with entries gives the union
  /// of its entries' stems. A word without: a trailing derivational suffix (化, 性, 者, 们 …) is
  /// dropped and the rest looked up; otherwise the word is segmented and its dictionary parts'
  /// stems are united.
  public func englishStemIDs(for word: String) -> [Int32] {
    stemIDs(forScalars: word.unicodeScalars.map(\.value))
  }

  func stemIDs(forScalars values: [UInt32]) -> [Int32] {
    guard !values.isEmpty else { return [] }
    if let key = index.find(values) {
      let ids = stemIDs(ofKey: key)
      if !ids.isEmpty { return ids }
    }
    if values.count > 1, let last = values.last, Self.derivationalSuffixes.contains(last) {
      let base = stemIDs(forScalars: Array(values.dropLast()))
      if !base.isEmpty { return base }
    }
    let pieces = segmentRun(values, 0..<values.count)
    guard pieces.count > 1 else { return [] }
    let glossStems = self.glossStems
    var ids: [Int32] = []
    for (position, piece) in pieces.enumerated() {
      guard let key = piece.key else { continue }
      if position == pieces.count - 1, piece.range.count == 1,
        Self.derivationalSuffixes.contains(values[piece.range.lowerBound])
      {
        continue
      }
      for entry in index.entries(ofKey: key) {
        ids.append(contentsOf: glossStems.stemIDs(ofEntry: Int(entry)))
      }
    }
    return Self.sortedUnique(ids)
  }

  /// The union of the stems of every entry filed under `key`.
  func stemIDs(ofKey key: Int) -> [Int32] {
    let entries = index.entries(ofKey: key)
    let glossStems = self.glossStems
    if entries.count == 1, let only = entries.first {
      return Array(glossStems.stemIDs(ofEntry: Int(only)))
    }
    var ids: [Int32] = []
    for entry in entries { ids.append(contentsOf: glossStems.stemIDs(ofEntry: Int(entry))) }
    return Self.sortedUnique(ids)
  }

  static func sortedUnique(_ ids: [Int32]) -> [Int32] {
    guard ids.count > 1 else { return ids }
    var sorted = ids.sorted()
    var write = 1
    for read in 1..<sorted.count where sorted[read] != sorted[write - 1] {
      sorted[write] = sorted[read]
      write += 1
    }
    sorted.removeLast(sorted.count - write)
    return sorted
  }
}
