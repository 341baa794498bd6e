/// The content-word stems of every entry's glosses, interned to `Int32` ids and stored as one
/// compressed list per entry, computed once at load.
///
/// Gloss cleaning: glosses starting `CL:`, `see `, `surname `, `used in ` or containing
/// `variant of` are dropped whole; text in `(...)` and `[...]` is skipped; non-Latin text is
/// skipped; hyphenated words are split into their parts; stop words, CC-CEDICT meta-words
/// ("sb", "abbr") and one-letter words are dropped.
struct GlossStemIndex: Sendable {
  /// Stem id → stem.
  let stems: [String]
  /// Stem → id.
  let ids: [String: Int32]
  /// Entry `e`'s sorted unique stem ids are `entryStemIDs[entryStart[e]..<entryStart[e + 1]]`.
  let entryStart: [Int32]
  let entryStemIDs: [Int32]

  func stemIDs(ofEntry entry: Int) -> ArraySlice<Int32> {
    entryStemIDs[Int(entryStart[entry])..<Int(entryStart[entry + 1])]
  }

  /// Scans the dictionary's entry lines itself (in the parser's order), so that it can run
  /// on another core while ``CEDICTParser`` builds the headword index.
  static func build(bytes: UnsafeBufferPointer<UInt8>) -> GlossStemIndex {
    var builder = Builder(bytes: bytes)
    var entryStart: [Int32] = [0]
    entryStart.reserveCapacity(bytes.count / 70)
    var entryStemIDs: [Int32] = []
    entryStemIDs.reserveCapacity(bytes.count / 12)
    var scratch: [Int32] = []
    CEDICTParser.forEachEntry(bytes) { entry in
      scratch.removeAll(keepingCapacity: true)
      builder.collect(Int(entry.glosses.lowerBound)..<Int(entry.glosses.upperBound), into: &scratch)
      insertionSort(&scratch)
      var previous: Int32 = -1
      for id in scratch where id != previous {
        entryStemIDs.append(id)
        previous = id
      }
      entryStart.append(Int32(entryStemIDs.count))
    }
    return GlossStemIndex(
      stems: builder.stems, ids: builder.ids, entryStart: entryStart, entryStemIDs: entryStemIDs)
  }

  /// Gloss stem lists are short: insertion sort beats the general sort here.
  private static func insertionSort(_ ids: inout [Int32]) {
    guard ids.count > 1 else { return }
    for index in 1..<ids.count {
      let value = ids[index]
      var position = index
      while position > 0 && ids[position - 1] > value {
        ids[position] = ids[position - 1]
        position -= 1
      }
      ids[position] = value
    }
  }

  /// Stems and interns gloss words, caching by the word's raw bytes.
  private struct Builder {
    let bytes: UnsafeBufferPointer<UInt8>
    var stems: [String] = []
    var ids: [String: Int32] = [:]
    /// Raw gloss word (case-sensitive bytes) → stem id, or -1 for a dropped word.
    var cache: ByteSliceTable

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      cache = ByteSliceTable(capacity: 1 << 16)
    }

    mutating func collect(_ range: Range<Int>, into ids: inout [Int32]) {
      var glossStart = range.lowerBound
      while glossStart < range.upperBound {
        var glossEnd = glossStart
        while glossEnd < range.upperBound && bytes[glossEnd] != UInt8(ascii: "/") {
          glossEnd += 1
        }
        if keepsGloss(glossStart..<glossEnd) {
          collectWords(glossStart..<glossEnd, into: &ids)
        }
        glossStart = glossEnd + 1
      }
    }

    private func hasPrefix(_ range: Range<Int>, _ prefix: StaticString) -> Bool {
      let length = prefix.utf8CodeUnitCount
      guard range.count >= length else { return false }
      return prefix.withUTF8Buffer { buffer in
        for offset in 0..<length where bytes[range.lowerBound + offset] != buffer[offset] {
          return false
        }
        return true
      }
    }

    private func keepsGloss(_ range: Range<Int>) -> Bool {
      if hasPrefix(range, "CL:") || hasPrefix(range, "see ") || hasPrefix(range, "surname ")
        || hasPrefix(range, "used in ") || hasPrefix(range, "also written ")
        || hasPrefix(range, "also pr. ")
      {
        return false
      }
      // "variant of", "old variant of", "erhua variant of" …
      var index = range.lowerBound
      while index + 10 <= range.upperBound {
        if bytes[index] == UInt8(ascii: "v"), hasPrefix(index..<range.upperBound, "variant of") {
          return false
        }
        index += 1
      }
      return true
    }

    private mutating func collectWords(_ range: Range<Int>, into ids: inout [Int32]) {
      var parenDepth = 0
      var inBrackets = false
      var index = range.lowerBound
      while index < range.upperBound {
        let byte = bytes[index]
        if byte == UInt8(ascii: "(") {
          parenDepth += 1
        } else if byte == UInt8(ascii: ")") {
          parenDepth = max(0, parenDepth - 1)
        } else if byte == UInt8(ascii: "[") {
          inBrackets = true
        } else if byte == UInt8(ascii: "]") {
          inBrackets = false
        } else if parenDepth == 0 && !inBrackets && isLetter(byte) {
          let start = index
          while index < range.upperBound {
            let current = bytes[index]
            if isLetter(current) {
              index += 1
            } else if current == UInt8(ascii: "'"), index + 1 < range.upperBound,
              isLetter(bytes[index + 1])
            {
              index += 1
            } else {
              break
            }
          }
          if index - start > 1, let id = intern(start..<index) { ids.append(id) }
          continue
        }
        index += 1
      }
    }

    @inline(__always)
    private func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private mutating func intern(_ range: Range<Int>) -> Int32? {
      guard cache.hasRoom else { return nil }
      let cached = cache.lookupOrReserve(bytes, range)
      if cached.found {
        let value = cache.values[cached.slotValueIndex]
        return value < 0 ? nil : value
      }
      var lower = [UInt8]()
      lower.reserveCapacity(range.count)
      for index in range {
        let byte = bytes[index]
        lower.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      }
      let value: Int32
      if StopWords.all.contains(String(decoding: lower, as: UTF8.self)) {
        value = -1
      } else {
        let stem = String(decoding: EnglishMorphology.stemBytes(lower), as: UTF8.self)
        if stem.utf8.count < 2 {
          value = -1
        } else if let existing = ids[stem] {
          value = existing
        } else {
          value = Int32(stems.count)
          stems.append(stem)
          ids[stem] = value
        }
      }
      cache.values[cached.slotValueIndex] = value
      return value < 0 ? nil : value
    }
  }
}

/// A growable open-addressing table keyed by byte strings, with an `Int32` value. Slots hold
/// a hash fingerprint beside the key so that probes rarely leave the slot array, and keys are
/// copied into a compact pool so that comparisons stay in cache.
struct ByteSliceTable {
  private var slots: [UInt32]
  private var mask: Int
  private var pool: [UInt8] = []
  private var keyStart: [Int32] = [0]
  private var keyHash: [UInt64] = []
  var values: [Int32] = []

  init(capacity: Int) {
    slots = [UInt32](repeating: 0, count: capacity)
    mask = capacity - 1
  }

  /// Whether another key fits (the cache stops growing beyond ``SlotFormat/maxKeys``).
  var hasRoom: Bool { values.count < SlotFormat.maxKeys }

  /// Finds `range`'s bytes; when absent, adds them with value 0 and `found == false`.
  mutating func lookupOrReserve(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (
    found: Bool, slotValueIndex: Int
  ) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range { hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01b3 }
    let fingerprint = SlotFormat.fingerprint(hash)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      if stored & SlotFormat.fingerprintMask == fingerprint {
        let key = SlotFormat.key(stored)
        let start = Int(keyStart[key])
        if Int(keyStart[key + 1]) - start == range.count {
          var equal = true
          for offset in 0..<range.count
          where pool[start + offset] != bytes[range.lowerBound + offset] {
            equal = false
            break
          }
          if equal { return (true, key) }
        }
      }
      slot = (slot &+ 1) & mask
    }
    let key = values.count
    slots[slot] = fingerprint | UInt32(key + 1)
    for index in range { pool.append(bytes[index]) }
    keyStart.append(Int32(pool.count))
    keyHash.append(hash)
    values.append(0)
    if values.count * 4 > slots.count * 3 { grow() }
    return (false, key)
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    var newSlots = [UInt32](repeating: 0, count: capacity)
    let newMask = capacity - 1
    for key in 0..<keyHash.count {
      let hash = keyHash[key]
      var slot = Int(truncatingIfNeeded: hash) & newMask
      while newSlots[slot] != 0 { slot = (slot &+ 1) & newMask }
      newSlots[slot] = SlotFormat.fingerprint(hash) | UInt32(key + 1)
    }
    slots = newSlots
    mask = newMask
  }
}
