/// The Porter (1980) stemming algorithm, as in Martin Porter's reference C implementation,
/// over lowercase ASCII bytes. Words of one or two letters are returned unchanged.
struct PorterStemmer {
  private var b: [UInt8]
  private var k: Int
  private var j: Int = 0

  private init(_ word: [UInt8]) {
    b = word
    k = word.count - 1
  }

  /// Stems lowercase ASCII letters.
  static func stem(_ word: [UInt8]) -> [UInt8] {
    if word.count <= 2 { return word }
    var stemmer = PorterStemmer(word)
    stemmer.step1ab()
    if stemmer.k > 0 {
      stemmer.step1c()
      stemmer.step2()
      stemmer.step3()
      stemmer.step4()
      stemmer.step5()
    }
    return Array(stemmer.b[0...stemmer.k])
  }

  private func cons(_ i: Int) -> Bool {
    switch b[i] {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
      UInt8(ascii: "u"):
      return false
    case UInt8(ascii: "y"):
      return i == 0 ? true : !cons(i - 1)
    default:
      return true
    }
  }

  /// The number of vowel-consonant sequences in `b[0...j]`.
  private func m() -> Int {
    var n = 0
    var i = 0
    while true {
      if i > j { return n }
      if !cons(i) { break }
      i += 1
    }
    i += 1
    while true {
      while true {
        if i > j { return n }
        if cons(i) { break }
        i += 1
      }
      i += 1
      n += 1
      while true {
        if i > j { return n }
        if !cons(i) { break }
        i += 1
      }
      i += 1
    }
  }

  private func vowelInStem() -> Bool {
    var i = 0
    while i <= j {
      if !cons(i) { return true }
      i += 1
    }
    return false
  }

  private func doubleC(_ i: Int) -> Bool {
    i >= 1 && b[i] == b[i - 1] && cons(i)
  }

  private func cvc(_ i: Int) -> Bool {
    if i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2) { return false }
    let ch = b[i]
    return ch != UInt8(ascii: "w") && ch != UInt8(ascii: "x") && ch != UInt8(ascii: "y")
  }

  private mutating func ends(_ s: StaticString) -> Bool {
    let length = s.utf8CodeUnitCount
    if length > k + 1 { return false }
    let start = k - length + 1
    let matches = s.withUTF8Buffer { suffix -> Bool in
      var offset = 0
      while offset < length {
        if b[start + offset] != suffix[offset] { return false }
        offset += 1
      }
      return true
    }
    if matches { j = k - length }
    return matches
  }

  private mutating func setTo(_ s: StaticString) {
    let length = s.utf8CodeUnitCount
    b.removeSubrange((j + 1)...)
    s.withUTF8Buffer { b.append(contentsOf: $0) }
    k = j + length
  }

  private mutating func r(_ s: StaticString) {
    if m() > 0 { setTo(s) }
  }

  private mutating func step1ab() {
    if b[k] == UInt8(ascii: "s") {
      if ends("sses") {
        k -= 2
      } else if ends("ies") {
        setTo("i")
      } else if b[k - 1] != UInt8(ascii: "s") {
        k -= 1
      }
    }
    if ends("eed") {
      if m() > 0 { k -= 1 }
    } else if (ends("ed") || ends("ing")) && vowelInStem() {
      k = j
      if ends("at") {
        setTo("ate")
      } else if ends("bl") {
        setTo("ble")
      } else if ends("iz") {
        setTo("ize")
      } else if doubleC(k) {
        k -= 1
        let ch = b[k]
        if ch == UInt8(ascii: "l") || ch == UInt8(ascii: "s") || ch == UInt8(ascii: "z") {
          k += 1
        }
      } else if m() == 1 && cvc(k) {
        setTo("e")
      }
    }
    b.removeSubrange((k + 1)...)
  }

  private mutating func step1c() {
    if ends("y") && vowelInStem() {
      b[k] = UInt8(ascii: "i")
    }
  }

  private mutating func step2() {
    guard k >= 1 else { return }
    switch b[k - 1] {
    case UInt8(ascii: "a"):
      if ends("ational") { r("ate") } else if ends("tional") { r("tion") }
    case UInt8(ascii: "c"):
      if ends("enci") { r("ence") } else if ends("anci") { r("ance") }
    case UInt8(ascii: "e"):
      if ends("izer") { r("ize") }
    case UInt8(ascii: "l"):
      if ends("bli") {
        r("ble")
      } else if ends("alli") {
        r("al")
      } else if ends("entli") {
        r("ent")
      } else if ends("eli") {
        r("e")
      } else if ends("ousli") {
        r("ous")
      }
    case UInt8(ascii: "o"):
      if ends("ization") {
        r("ize")
      } else if ends("ation") {
        r("ate")
      } else if ends("ator") {
        r("ate")
      }
    case UInt8(ascii: "s"):
      if ends("alism") {
        r("al")
      } else if ends("iveness") {
        r("ive")
      } else if ends("fulness") {
        r("ful")
      } else if ends("ousness") {
        r("ous")
      }
    case UInt8(ascii: "t"):
      if ends("aliti") {
        r("al")
      } else if ends("iviti") {
        r("ive")
      } else if ends("biliti") {
        r("ble")
      }
    case UInt8(ascii: "g"):
      if ends("logi") { r("log") }
    default:
      break
    }
  }

  private mutating func step3() {
    switch b[k] {
    case UInt8(ascii: "e"):
      if ends("icate") {
        r("ic")
      } else if ends("ative") {
        r("")
      } else if ends("alize") {
        r("al")
      }
    case UInt8(ascii: "i"):
      if ends("iciti") { r("ic") }
    case UInt8(ascii: "l"):
      if ends("ical") { r("ic") } else if ends("ful") { r("") }
    case UInt8(ascii: "s"):
      if ends("ness") { r("") }
    default:
      break
    }
  }

  private mutating func step4() {
    guard k >= 1 else { return }
    let matched: Bool
    switch b[k - 1] {
    case UInt8(ascii: "a"): matched = ends("al")
    case UInt8(ascii: "c"): matched = ends("ance") || ends("ence")
    case UInt8(ascii: "e"): matched = ends("er")
    case UInt8(ascii: "i"): matched = ends("ic")
    case UInt8(ascii: "l"): matched = ends("able") || ends("ible")
    case UInt8(ascii: "n"):
      matched = ends("ant") || ends("ement") || ends("ment") || ends("ent")
    case UInt8(ascii: "o"):
      if ends("ion") && j >= 0 && (b[j] == UInt8(ascii: "s") || b[j] == UInt8(ascii: "t")) {
        matched = true
      } else {
        matched = ends("ou")
      }
    case UInt8(ascii: "s"): matched = ends("ism")
    case UInt8(ascii: "t"): matched = ends("ate") || ends("iti")
    case UInt8(ascii: "u"): matched = ends("ous")
    case UInt8(ascii: "v"): matched = ends("ive")
    case UInt8(ascii: "z"): matched = ends("ize")
    default: matched = false
    }
    if matched && m() > 1 {
      k = j
      b.removeSubrange((k + 1)...)
    }
  }

  private mutating func step5() {
    j = k
    if b[k] == UInt8(ascii: "e") {
      let a = m()
      if a > 1 || (a == 1 && !cvc(k - 1)) { k -= 1 }
    }
    if b[k] == UInt8(ascii: "l") && doubleC(k) && m() > 1 { k -= 1 }
    b.removeSubrange((k + 1)...)
  }
}
