/// Escaping for the HTML report: document text is data, never markup.
enum HTMLText {
  /// Text content: `&`, `<` and `>` escaped, control characters made visible.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(visible(scalar))
      }
    }
    return result
  }

  /// An attribute value, quoted with `"` by the caller.
  static func attribute(_ text: String) -> String { escape(text) }

  /// Controls cannot stand in HTML text (they are parse errors); C0 controls and DEL become
  /// their Control Pictures (U+2400…), C1 controls and noncharacters U+FFFD, so a reviewer sees
  /// that something was there.
  private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: scalar
    case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
    case 0x7F: "\u{2421}"
    case 0x80...0x9F, 0xFDD0...0xFDEF: "\u{FFFD}"
    case let value where value & 0xFFFE == 0xFFFE: "\u{FFFD}"
    default: scalar
    }
  }

  /// The language of a short text for a `lang` attribute: Chinese if it holds a CJK ideograph.
  static func language(of text: String) -> String {
    let isChinese = text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
      default: false
      }
    }
    return isChinese ? "zh" : "en"
  }

  /// `1.50`: two decimals, the same on every machine.
  static func decimal(_ value: Double) -> String {
    guard value.isFinite else { return "0.00" }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let magnitude = abs(hundredths)
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
