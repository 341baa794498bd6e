/// FNV-1a style hashing over Unicode scalar values, incremental so that the segmenter can
/// extend a key one character at a time.
enum ScalarHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  @inline(__always)
  static func add(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
    (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01b3
  }

  static func hash<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
    var value = seed
    for scalar in scalars { value = add(value, scalar) }
    return value
  }
}

/// An immutable open-addressing hash table from headwords (stored as scalar runs in one pool)
/// to the entries that carry them as Simplified or Traditional form.
struct ScalarKeyIndex: Sendable {
  /// All keys' scalars, back to back.
  let pool: [UInt32]
  /// Per key: start in `pool`; key `k` spans `keyStart[k]..<keyStart[k + 1]`.
  let keyStart: [Int32]
  /// Slots hold `fingerprint << 24 | (key + 1)`, or 0 when empty (see ``SlotFormat``).
  let slots: [UInt32]
  let mask: Int
  /// Per key: entries, as a CSR list `postingStart[k]..<postingStart[k + 1]` into `postings`.
  let postingStart: [Int32]
  let postings: [Int32]
  let keyHash: [UInt64]

  var keyCount: Int { keyStart.count - 1 }

  /// Finds a key by its hash and scalars.
  @inline(__always)
  func find(hash: UInt64, scalars: UnsafeBufferPointer<UInt32>) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    let fingerprint = SlotFormat.fingerprint(hash)
    while true {
      let stored = slots[slot]
      if stored == 0 { return nil }
      let key = SlotFormat.key(stored)
      if stored & SlotFormat.fingerprintMask == fingerprint && keyHash[key] == hash {
        let start = Int(keyStart[key])
        let end = Int(keyStart[key + 1])
        if end - start == scalars.count {
          var equal = true
          var offset = 0
          while offset < scalars.count {
            if pool[start + offset] != scalars[offset] {
              equal = false
              break
            }
            offset += 1
          }
          if equal { return key }
        }
      }
      slot = (slot &+ 1) & mask
    }
  }

  /// Finds a key given as an array of scalars.
  func find(_ scalars: [UInt32]) -> Int? {
    let hash = ScalarHash.hash(scalars)
    return scalars.withUnsafeBufferPointer { find(hash: hash, scalars: $0) }
  }

  /// The entries filed under `key`, in dictionary order.
  func entries(ofKey key: Int) -> ArraySlice<Int32> {
    postings[Int(postingStart[key])..<Int(postingStart[key + 1])]
  }
}

/// Builds a ``ScalarKeyIndex``; keys are added with the entry that carries them.
struct ScalarKeyIndexBuilder {
  private var pool: [UInt32] = []
  private var keyStart: [Int32] = [0]
  private var keyHash: [UInt64] = []
  private var slots: [UInt32]
  private var mask: Int
  /// Linked postings while building: head/tail per key, next per posting.
  private var head: [Int32] = []
  private var tail: [Int32] = []
  private var postingEntry: [Int32] = []
  private var postingNext: [Int32] = []

  init(expectedKeys: Int) {
    var capacity = 1024
    while capacity * 3 < expectedKeys * 4 { capacity <<= 1 }
    slots = [UInt32](repeating: 0, count: capacity)
    mask = capacity - 1
    pool.reserveCapacity(expectedKeys * 4)
    keyStart.reserveCapacity(expectedKeys + 1)
    keyHash.reserveCapacity(expectedKeys)
    head.reserveCapacity(expectedKeys)
    tail.reserveCapacity(expectedKeys)
    postingEntry.reserveCapacity(expectedKeys + expectedKeys / 4)
    postingNext.reserveCapacity(expectedKeys + expectedKeys / 4)
  }

  /// Files `entry` under the key whose scalars are `pool[scratchStart...]` — the caller appends
  /// the scalars with ``appendScalar(_:)`` first, then calls this to commit or discard them.
  mutating func appendScalar(_ scalar: UInt32) { pool.append(scalar) }

  /// Commits the scalars appended since the last commit as a key for `entry`.
  mutating func commitKey(entry: Int32) {
    let start = Int(keyStart[keyStart.count - 1])
    let length = pool.count - start
    guard length > 0 else { return }
    var hash = ScalarHash.seed
    for index in start..<pool.count { hash = ScalarHash.add(hash, pool[index]) }
    var slot = Int(truncatingIfNeeded: hash) & mask
    let fingerprint = SlotFormat.fingerprint(hash)
    while true {
      let stored = slots[slot]
      if stored == 0 { break }
      let key = SlotFormat.key(stored)
      if stored & SlotFormat.fingerprintMask == fingerprint && keyHash[key] == hash {
        let keyBegin = Int(keyStart[key])
        let keyEnd = Int(keyStart[key + 1])
        if keyEnd - keyBegin == length && pool[keyBegin..<keyEnd].elementsEqual(pool[start...]) {
          pool.removeLast(length)
          addPosting(key: key, entry: entry)
          return
        }
      }
      slot = (slot &+ 1) & mask
    }
    let key = keyHash.count
    precondition(key < SlotFormat.maxKeys, "dictionary has too many headwords")
    slots[slot] = fingerprint | UInt32(key + 1)
    keyHash.append(hash)
    keyStart.append(Int32(pool.count))
    head.append(-1)
    tail.append(-1)
    addPosting(key: key, entry: entry)
    if keyHash.count * 4 > slots.count * 3 { grow() }
  }

  /// Drops scalars appended since the last commit.
  mutating func discardPending() {
    let start = Int(keyStart[keyStart.count - 1])
    if pool.count > start { pool.removeLast(pool.count - start) }
  }

  private mutating func addPosting(key: Int, entry: Int32) {
    let posting = Int32(postingEntry.count)
    postingEntry.append(entry)
    postingNext.append(-1)
    if tail[key] >= 0 {
      postingNext[Int(tail[key])] = posting
    } else {
      head[key] = posting
    }
    tail[key] = posting
  }

  private mutating func grow() {
    let capacity = slots.count * 2
    var newSlots = [UInt32](repeating: 0, count: capacity)
    let newMask = capacity - 1
    for key in 0..<keyHash.count {
      var slot = Int(truncatingIfNeeded: keyHash[key]) & newMask
      while newSlots[slot] != 0 { slot = (slot &+ 1) & newMask }
      newSlots[slot] = SlotFormat.fingerprint(keyHash[key]) | UInt32(key + 1)
    }
    slots = newSlots
    mask = newMask
  }

  /// Freezes the table.
  func build() -> ScalarKeyIndex {
    var postingStart = [Int32]()
    postingStart.reserveCapacity(head.count + 1)
    var postings = [Int32]()
    postings.reserveCapacity(postingEntry.count)
    for key in 0..<head.count {
      postingStart.append(Int32(postings.count))
      var posting = head[key]
      while posting >= 0 {
        postings.append(postingEntry[Int(posting)])
        posting = postingNext[Int(posting)]
      }
    }
    postingStart.append(Int32(postings.count))
    return ScalarKeyIndex(
      pool: pool, keyStart: keyStart, slots: slots, mask: mask,
      postingStart: postingStart, postings: postings, keyHash: keyHash)
  }
}

/// Hash-table slots as 32 bits: 8 bits of the hash's top byte as a fingerprint (so most
/// mismatches are rejected without leaving the slot array) and 24 bits of key index + 1.
/// Small slots keep the table in L2 cache, which is what makes loading fast.
enum SlotFormat {
  static let fingerprintMask: UInt32 = 0xFF00_0000
  static let maxKeys = (1 << 24) - 2

  @inline(__always)
  static func fingerprint(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 56) << 24 }

  @inline(__always)
  static func key(_ slot: UInt32) -> Int { Int(slot & 0x00FF_FFFF) - 1 }
}
