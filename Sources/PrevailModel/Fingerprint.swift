/// A stable 64-bit FNV-1a content hash, printed as 16 hex digits.
///
/// Swift's `Hasher` is seeded per process, so it cannot key baselines; this can.
public enum Fingerprint {
  public static func of(_ parts: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, part) in parts.enumerated() {
      if index > 0 { mix(0x1F, into: &hash) }
      for byte in normalized(part).utf8 { mix(byte, into: &hash) }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  private static func mix(_ byte: UInt8, into hash: inout UInt64) {
    hash ^= UInt64(byte)
    hash = hash &* 0x100_0000_01b3
  }

  /// Whitespace folded, so that re-wrapping a paragraph does not change a fingerprint.
  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
