extension Lexicon {
  /// Segments the Han runs of `text` into dictionary words. Within a run, the segmentation
  /// with the fewest words wins (a shortest-path choice over all dictionary matches, which
  /// fixes forward maximum matching's 研究生/命 errors), then the one with fewest single
  /// characters, then longer words first. Han characters not in the dictionary come back as
  /// one-character tokens with `isInDictionary == false`; non-Han text (Latin, digits,
  /// punctuation) is skipped. Ranges are Unicode-scalar offsets in `text`.
  public func segment(_ text: String) -> [ChineseToken] {
    let values = text.unicodeScalars.map(\.value)
    var tokens: [ChineseToken] = []
    var position = 0
    while position < values.count {
      guard Self.isHan(values[position]) else {
        position += 1
        continue
      }
      let start = position
      while position < values.count && Self.isHan(values[position]) { position += 1 }
      for piece in segmentRun(values, start..<position) {
        tokens.append(
          ChineseToken(
            text: Self.string(values[piece.range]), range: piece.range,
            isInDictionary: piece.key != nil))
      }
    }
    return tokens
  }

  /// One piece of a segmented run: its scalar range and dictionary key (nil when unknown).
  struct Piece {
    var range: Range<Int>
    var key: Int?
  }

  /// Shortest-path segmentation of `values[run]` (any scalars, Han or not).
  func segmentRun(_ values: [UInt32], _ run: Range<Int>) -> [Piece] {
    let count = run.count
    guard count > 0 else { return [] }
    var best = [Int](repeating: Int.max, count: count + 1)
    var choiceLength = [Int](repeating: 1, count: count + 1)
    var choiceKey = [Int](repeating: -1, count: count + 1)
    best[count] = 0
    values.withUnsafeBufferPointer { buffer in
      for offset in stride(from: count - 1, through: 0, by: -1) {
        let start = run.lowerBound + offset
        let first = Int(buffer[start])
        let limit = first < Self.tableLimit ? Int(maxLengthByFirst[first]) : maxKeyLength
        let longest = min(limit, count - offset)
        var hash = ScalarHash.seed
        // The unknown single character is always possible.
        best[offset] = best[offset + 1] + Self.unknownCost
        choiceLength[offset] = 1
        choiceKey[offset] = -1
        var length = 1
        while length <= longest {
          hash = ScalarHash.add(hash, buffer[start + length - 1])
          let slice = UnsafeBufferPointer(rebasing: buffer[start..<(start + length)])
          if let key = index.find(hash: hash, scalars: slice) {
            let cost = best[offset + length] + (length == 1 ? Self.singleCost : Self.wordCost)
            if cost <= best[offset] {
              best[offset] = cost
              choiceLength[offset] = length
              choiceKey[offset] = key
            }
          }
          length += 1
        }
      }
    }
    var pieces: [Piece] = []
    var offset = 0
    while offset < count {
      let length = choiceLength[offset]
      let start = run.lowerBound + offset
      pieces.append(
        Piece(
          range: start..<(start + length), key: choiceKey[offset] >= 0 ? choiceKey[offset] : nil))
      offset += length
    }
    return pieces
  }

  static let wordCost = 1000
  static let singleCost = 1010
  static let unknownCost = 1011

  /// Han ideographs (CJK Unified, Extensions, Compatibility) and 〇.
  static func isHan(_ value: UInt32) -> Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x323AF, 0x3007:
      return true
    default:
      return false
    }
  }

  static func string<C: Collection>(_ values: C) -> String where C.Element == UInt32 {
    var view = String.UnicodeScalarView()
    for value in values {
      if let scalar = Unicode.Scalar(value) { view.append(scalar) }
    }
    return String(view)
  }
}
