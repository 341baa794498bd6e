import PrevailModel

/// Character classes the readers need, classified explicitly (never `Character.isNumber`,
/// which is true for 十, ② and Ⅳ).
public enum Script {
  /// A Han ideograph (CJK Unified Ideographs and extensions, compatibility ideographs).
  public static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF, 0x2F800...0x2FA1F,
      0x3007:
      true
    default: false
    }
  }

  /// Punctuation and symbols typeset with Chinese text (CJK symbols, full-width forms).
  public static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
      0x2018...0x201F, 0x2026, 0x00B7:
      true
    default: false
    }
  }

  public static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: scalar.value != 0xD7 && scalar.value != 0xF7
    default: false
    }
  }

  public static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{3000}"
      || scalar == "\u{0C}" || scalar == "\u{200B}" || scalar == "\u{2002}" || scalar == "\u{2003}"
  }

  /// List bullets that PDF extraction leaves at the start of lines.
  public static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x26AB, 0x27A2, 0x2022, 0x25CF, 0x25AA, 0x25A0, 0x25C6, 0x25FC, 0x27A4, 0x25B6, 0xF0B7,
      0xF0D8, 0x2023, 0x25E6, 0x2043, 0x2219:
      true
    default: false
    }
  }

  /// The language a line of text is written in, or nil for a line with no letters.
  public static func language(of scalars: some Collection<Unicode.Scalar>) -> Language? {
    var han = 0
    var latin = 0
    for scalar in scalars {
      if isHan(scalar) { han += 1 } else if isLatinLetter(scalar) { latin += 1 }
    }
    if han == 0 && latin == 0 { return nil }
    // A Han character carries about as much as three Latin letters.
    return han * 3 >= latin ? .zh : .en
  }
}
