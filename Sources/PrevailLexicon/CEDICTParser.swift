/// Byte ranges of one parsed CC-CEDICT line, as offsets into the dictionary's UTF-8 bytes.
struct EntryFields: Sendable {
  var traditional: Range<Int32>
  var simplified: Range<Int32>
  var pinyin: Range<Int32>
  /// The glosses without the outer slashes: `old man or woman/the elderly`.
  var glosses: Range<Int32>
}

/// The result of parsing: entry byte ranges and the headword index.
struct ParsedDictionary: Sendable {
  var entries: [EntryFields]
  var index: ScalarKeyIndex
  /// The longest headword in scalars.
  var maxKeyLength: Int
}

/// Parses CC-CEDICT lines (`TRAD SIMP [pin1 yin1] /gloss/gloss/`) straight from UTF-8 bytes,
/// without making a `String` per line. Comment lines (`#`) and malformed lines are skipped.
enum CEDICTParser {
  /// Calls `body` with every well-formed entry line's byte ranges, in file order.
  @inline(__always)
  static func forEachEntry(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (EntryFields) -> Void
  ) {
    let space = UInt8(ascii: " ")
    let newline = UInt8(ascii: "\n")
    let carriageReturn = UInt8(ascii: "\r")
    let slash = UInt8(ascii: "/")
    let openBracket = UInt8(ascii: "[")
    let closeBracket = UInt8(ascii: "]")
    let count = bytes.count
    var lineStart = 0
    while lineStart < count {
      var lineEnd = lineStart
      while lineEnd < count && bytes[lineEnd] != newline { lineEnd += 1 }
      let nextLine = lineEnd + 1
      var end = lineEnd
      while end > lineStart && (bytes[end - 1] == carriageReturn || bytes[end - 1] == space) {
        end -= 1
      }
      defer { lineStart = nextLine }
      guard end > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
      // TRAD
      var cursor = lineStart
      while cursor < end && bytes[cursor] != space { cursor += 1 }
      let traditional = lineStart..<cursor
      guard cursor < end, !traditional.isEmpty else { continue }
      cursor += 1
      // SIMP
      let simplifiedStart = cursor
      while cursor < end && bytes[cursor] != space { cursor += 1 }
      let simplified = simplifiedStart..<cursor
      guard cursor < end, !simplified.isEmpty else { continue }
      while cursor < end && bytes[cursor] == space { cursor += 1 }
      // [PINYIN]
      guard cursor < end, bytes[cursor] == openBracket else { continue }
      let pinyinStart = cursor + 1
      while cursor < end && bytes[cursor] != closeBracket { cursor += 1 }
      guard cursor < end else { continue }
      let pinyin = pinyinStart..<cursor
      cursor += 1
      // /GLOSSES/
      while cursor < end && bytes[cursor] != slash { cursor += 1 }
      guard cursor < end, bytes[end - 1] == slash, end - 1 > cursor else { continue }
      let glosses = (cursor + 1)..<(end - 1)
      body(
        EntryFields(
          traditional: Int32(traditional.lowerBound)..<Int32(traditional.upperBound),
          simplified: Int32(simplified.lowerBound)..<Int32(simplified.upperBound),
          pinyin: Int32(pinyin.lowerBound)..<Int32(pinyin.upperBound),
          glosses: Int32(glosses.lowerBound)..<Int32(glosses.upperBound)))
    }
  }

  /// Parses all entries and builds the headword index.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedDictionary {
    var entries: [EntryFields] = []
    entries.reserveCapacity(bytes.count / 70)
    var builder = ScalarKeyIndexBuilder(expectedKeys: bytes.count / 40)
    var maxKeyLength = 0
    forEachEntry(bytes) { fields in
      let entry = Int32(entries.count)
      entries.append(fields)
      let traditional = Int(fields.traditional.lowerBound)..<Int(fields.traditional.upperBound)
      let simplified = Int(fields.simplified.lowerBound)..<Int(fields.simplified.upperBound)
      let traditionalLength = appendScalars(bytes, traditional, to: &builder)
      builder.commitKey(entry: entry)
      maxKeyLength = max(maxKeyLength, traditionalLength)
      if !bytesEqual(bytes, traditional, simplified) {
        let simplifiedLength = appendScalars(bytes, simplified, to: &builder)
        builder.commitKey(entry: entry)
        maxKeyLength = max(maxKeyLength, simplifiedLength)
      }
    }
    return ParsedDictionary(entries: entries, index: builder.build(), maxKeyLength: maxKeyLength)
  }

  private static func bytesEqual(
    _ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>
  ) -> Bool {
    guard a.count == b.count else { return false }
    var offset = 0
    while offset < a.count {
      if bytes[a.lowerBound + offset] != bytes[b.lowerBound + offset] { return false }
      offset += 1
    }
    return true
  }

  /// Decodes UTF-8 in `range` and appends the scalars to the builder; returns how many.
  /// Malformed sequences become U+FFFD.
  private static func appendScalars(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    to builder: inout ScalarKeyIndexBuilder
  ) -> Int {
    var index = range.lowerBound
    var count = 0
    while index < range.upperBound {
      let (scalar, length) = UTF8Decoding.decode(bytes, at: index, end: range.upperBound)
      builder.appendScalar(scalar)
      index += length
      count += 1
    }
    return count
  }
}

/// A small, tolerant UTF-8 decoder for byte ranges known to come from a UTF-8 file.
enum UTF8Decoding {
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (
    UInt32, Int
  ) {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (lead, 1) }
    let length: Int
    var value: UInt32
    if lead & 0xE0 == 0xC0 {
      length = 2
      value = lead & 0x1F
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      value = lead & 0x0F
    } else if lead & 0xF8 == 0xF0 {
      length = 4
      value = lead & 0x07
    } else {
      return (0xFFFD, 1)
    }
    guard index + length <= end else { return (0xFFFD, 1) }
    for offset in 1..<length {
      let continuation = UInt32(bytes[index + offset])
      guard continuation & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = (value << 6) | (continuation & 0x3F)
    }
    return (value, length)
  }
}
