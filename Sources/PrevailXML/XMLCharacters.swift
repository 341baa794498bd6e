/// Which characters XML 1.0 can carry, and how text is made safe to write.
public enum XMLCharacters {
  /// Whether XML 1.0 allows the scalar in character data (production `Char`).
  public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The text without the scalars XML 1.0 cannot carry (C0 controls other than tab, line feed
  /// and carriage return; U+FFFE and U+FFFF). Markup characters are kept: the serializer escapes
  /// them.
  public static func sanitized(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: text.unicodeScalars.filter(isAllowed))
    return String(result)
  }
}
