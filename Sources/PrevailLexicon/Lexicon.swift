import Foundation

/// CC-CEDICT in a compact, immutable, thread-safe form: headword lookup by Simplified or
/// Traditional form, dictionary segmentation of Chinese text, and the English stems of each
/// word's glosses for the aligner.
///
/// Layout: the dictionary's UTF-8 bytes are kept as loaded; entries are byte ranges into them;
/// headwords live in one scalar pool behind an open-addressing hash table; gloss stems are
/// interned to `Int32` ids and stored per entry at load, so lookups allocate little.
public final class Lexicon: Sendable {
  let bytes: [UInt8]
  let entryFields: [EntryFields]
  let index: ScalarKeyIndex
  let stemsReady: GlossStemsFuture
  /// The longest headword (in scalars) starting with a given BMP/SIP scalar; 0 when none.
  let maxLengthByFirst: [UInt8]
  let maxKeyLength: Int

  private static let cached: Result<Lexicon, LexiconError> = {
    do {
      return .success(try loadBundled())
    } catch let error as LexiconError {
      return .failure(error)
    } catch {
      return .failure(.unreadable(path: "cedict_ts.u8", reason: "\(error)"))
    }
  }()

  /// The shipped CC-CEDICT, loaded once per process on first use and shared (thread-safe).
  public static func bundled() throws -> Lexicon {
    try cached.get()
  }

  private static func loadBundled() throws -> Lexicon {
    guard let url = Bundle.module.url(forResource: "cedict_ts", withExtension: "u8") else {
      throw LexiconError.resourceMissing("cedict_ts.u8")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .mappedIfSafe)
    } catch {
      throw LexiconError.unreadable(path: url.path, reason: error.localizedDescription)
    }
    return try Lexicon(bytes: [UInt8](data), stemsInBackground: true)
  }

  /// Parses CC-CEDICT text (`TRAD SIMP [pin1 yin1] /gloss/gloss/` lines, `#` comments).
  /// Throws ``LexiconError/noEntries`` when no line is an entry.
  public convenience init(cedict: String) throws {
    try self.init(bytes: Array(cedict.utf8), stemsInBackground: false)
  }

  /// Builds the headword index now. The gloss stems, an independent pass over the same bytes,
  /// are built on another thread when `stemsInBackground` (the bundled dictionary: lookups and
  /// segmentation are usable at once, and the stem pass overlaps the caller's own start-up);
  /// stem queries wait for it.
  init(bytes: [UInt8], stemsInBackground: Bool) throws {
    let buildStems: @Sendable () -> GlossStemIndex = {
      bytes.withUnsafeBufferPointer { GlossStemIndex.build(bytes: $0) }
    }
    stemsReady = GlossStemsFuture(buildStems, inBackground: stemsInBackground)
    let parsed = bytes.withUnsafeBufferPointer { CEDICTParser.parse($0) }
    guard !parsed.entries.isEmpty else { throw LexiconError.noEntries }
    self.bytes = bytes
    entryFields = parsed.entries
    index = parsed.index
    maxKeyLength = parsed.maxKeyLength
    maxLengthByFirst = Lexicon.firstScalarTable(parsed.index)
  }

  private static func firstScalarTable(_ index: ScalarKeyIndex) -> [UInt8] {
    var table = [UInt8](repeating: 0, count: tableLimit)
    for key in 0..<index.keyCount {
      let start = Int(index.keyStart[key])
      let length = Int(index.keyStart[key + 1]) - start
      let first = Int(index.pool[start])
      if first < tableLimit {
        table[first] = max(table[first], UInt8(clamping: length))
      }
    }
    return table
  }

  static let tableLimit = 0x30000

  /// How many entries the dictionary holds.
  public var entryCount: Int { entryFields.count }

  /// The entries whose Simplified or Traditional form is `word`, in dictionary order.
  public func entries(for word: String) -> [DictionaryEntry] {
    entryIndices(for: word).map(entry(at:))
  }

  /// All glosses of `word`'s entries, in dictionary order.
  public func glosses(for word: String) -> [String] {
    entries(for: word).flatMap(\.glosses)
  }

  /// Whether `word` is a headword (Simplified or Traditional).
  public func contains(_ word: String) -> Bool {
    key(for: word) != nil
  }

  func key(for word: String) -> Int? {
    let scalars = word.unicodeScalars.map(\.value)
    guard !scalars.isEmpty else { return nil }
    return index.find(scalars)
  }

  func entryIndices(for word: String) -> ArraySlice<Int32> {
    guard let key = key(for: word) else { return [] }
    return index.entries(ofKey: key)
  }

  func entry(at position: Int32) -> DictionaryEntry {
    let fields = entryFields[Int(position)]
    let glossText = string(fields.glosses)
    return DictionaryEntry(
      traditional: string(fields.traditional),
      simplified: string(fields.simplified),
      pinyin: string(fields.pinyin),
      glosses: glossText.split(separator: "/", omittingEmptySubsequences: true).map(String.init))
  }

  private func string(_ range: Range<Int32>) -> String {
    String(decoding: bytes[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
  }
}

/// The gloss stem index, built once, either right away or on a background thread; readers
/// block until it exists.
final class GlossStemsFuture: @unchecked Sendable {
  // Invariant: `value` is written once, under `condition`, and only read under it.
  private let condition = NSCondition()
  private var value: GlossStemIndex?

  init(_ build: @escaping @Sendable () -> GlossStemIndex, inBackground: Bool) {
    guard inBackground else {
      value = build()
      return
    }
    DispatchQueue.global(qos: .userInitiated).async { [condition] in
      let built = build()
      condition.lock()
      self.value = built
      condition.broadcast()
      condition.unlock()
    }
  }

  /// The index, waiting for the background build if it is still running.
  var index: GlossStemIndex {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let value { return value }
      condition.wait()
    }
  }
}
