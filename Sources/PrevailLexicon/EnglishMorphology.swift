/// English tokenization, stemming and stop words, shared by the gloss index and the aligner so
/// that both sides of a comparison are normalized the same way.
///
/// The scheme: lowercase, drop a possessive `'s`, map irregular and suppletive forms through a
/// table (children → child, women → woman, people → person, elderly/elder/older → old), then
/// apply the Porter (1980) stemmer. So fragmentation, fragmenting and fragments all give
/// `fragment`; disabled, disability and disabilities give `disabl`; equitable and equitably
/// give `equit`.
public enum EnglishMorphology {
  /// Latin-script words of `text`: letters and digits joined (IPv6, G20), with internal
  /// hyphens (including U+2010/U+2011) and apostrophes between letters. Ranges are
  /// Unicode-scalar offsets. Runs of digits alone are not words (see ``NumberReader``).
  public static func words(in text: String) -> [EnglishWord] {
    let scalars = Array(text.unicodeScalars)
    var words: [EnglishWord] = []
    var index = 0
    while index < scalars.count {
      guard isWordScalar(scalars[index]) else {
        index += 1
        continue
      }
      let start = index
      var hasLetter = false
      while index < scalars.count {
        let scalar = scalars[index]
        if isWordScalar(scalar) {
          if isLatinLetter(scalar) { hasLetter = true }
          index += 1
        } else if isJoiner(scalar), index > start, index + 1 < scalars.count,
          isLatinLetter(scalars[index - 1]), isLatinLetter(scalars[index + 1])
        {
          index += 1
        } else {
          break
        }
      }
      guard hasLetter else { continue }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<index])
      let word = String(view)
      words.append(
        EnglishWord(
          text: word, range: start..<index, stem: stem(word), isStopWord: isStopWord(word)))
    }
    return words
  }

  /// The stem of `word` (see the type's documentation). Hyphenated words are stemmed part by
  /// part and rejoined with `-`; use ``stemParts(_:)`` to get the parts separately.
  public static func stem(_ word: String) -> String {
    let parts = stemParts(word)
    if parts.count == 1 { return parts[0] }
    return parts.joined(separator: "-")
  }

  /// The stems of the hyphen-separated parts of `word` (one element for a plain word).
  public static func stemParts(_ word: String) -> [String] {
    var parts: [[UInt8]] = [[]]
    var isASCII = true
    for scalar in word.unicodeScalars {
      switch scalar.value {
      case 0x2D, 0x2010, 0x2011:
        parts.append([])
      case 0x2019, 0x2018:
        parts[parts.count - 1].append(UInt8(ascii: "'"))
      case 0x41...0x5A:
        parts[parts.count - 1].append(UInt8(scalar.value + 0x20))
      case 0..<0x80:
        parts[parts.count - 1].append(UInt8(scalar.value))
      default:
        isASCII = false
      }
    }
    guard isASCII else { return [word.lowercased()] }
    let stems = parts.filter { !$0.isEmpty }.map { String(decoding: stemBytes($0), as: UTF8.self) }
    return stems.isEmpty ? [""] : stems
  }

  /// Whether `word` is a function word (case-insensitive; curly apostrophes accepted).
  public static func isStopWord(_ word: String) -> Bool {
    if StopWords.all.contains(word) { return true }
    let folded = word.lowercased().replacingApostrophes()
    return StopWords.all.contains(folded)
  }

  /// Stems lowercase ASCII bytes (the gloss indexer calls this directly).
  static func stemBytes(_ word: [UInt8]) -> [UInt8] {
    var bytes = word
    let apostrophe = UInt8(ascii: "'")
    if bytes.count > 2, bytes[bytes.count - 2] == apostrophe,
      bytes[bytes.count - 1] == UInt8(ascii: "s")
    {
      bytes.removeLast(2)
    } else if bytes.count > 1, bytes[bytes.count - 1] == apostrophe {
      bytes.removeLast()
    }
    if let base = Irregulars.base[bytes] { bytes = base }
    guard bytes.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else {
      return bytes
    }
    return PorterStemmer.stem(bytes)
  }

  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
    default: return false
    }
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    isLatinLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39)
  }

  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2010, 0x2011, 0x27, 0x2019: return true
    default: return false
    }
  }
}

extension String {
  fileprivate func replacingApostrophes() -> String {
    guard unicodeScalars.contains(where: { $0.value == 0x2019 }) else { return self }
    var view = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      view.append(scalar.value == 0x2019 ? "'" : scalar)
    }
    return String(view)
  }
}
