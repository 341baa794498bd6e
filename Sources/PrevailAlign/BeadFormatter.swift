/// Writes sentence beads as text: the bead index format, tab-separated text, or TMX 1.4b.
///
/// Pure functions: the formatter never prints or touches files.
public enum BeadFormatter {
  /// An output format.
  public enum Format: String, CaseIterable, Sendable {
    /// One bead per line, `[i,…]:[j,…]`, 0-based; `[3]:[]` for an unmatched sentence.
    case beads
    /// `zh<TAB>en<TAB>score`, one bead per line; tabs and line breaks inside text become spaces.
    case tsv
    /// A TMX 1.4b document, one `<tu>` per bead, every text escaped.
    case tmx
  }

  /// Formats beads; `zh` and `en` are the sentences the indices refer to (unused for `.beads`).
  public static func format(
    _ beads: [SentenceBead], as format: Format, zh: [String] = [], en: [String] = []
  ) -> String {
    switch format {
    case .beads: return self.beads(beads)
    case .tsv: return tsv(beads, zh: zh, en: en)
    case .tmx: return tmx(beads, zh: zh, en: en)
    }
  }

  /// The bead index format; parse it back with `BeadParser.parse`.
  public static func beads(_ beads: [SentenceBead]) -> String {
    var out = ""
    for bead in beads {
      out += "[" + bead.zh.map(String.init).joined(separator: ",") + "]:["
      out += bead.en.map(String.init).joined(separator: ",") + "]\n"
    }
    return out
  }

  /// Tab-separated text: Chinese sentences joined without space, English with one space.
  public static func tsv(_ beads: [SentenceBead], zh: [String], en: [String]) -> String {
    var out = ""
    for bead in beads {
      out += flat(text(bead.zh, in: zh, separator: "")) + "\t"
      out += flat(text(bead.en, in: en, separator: " ")) + "\t"
      out += fixed(bead.score) + "\n"
    }
    return out
  }

  /// A TMX 1.4b document with Chinese as the source language. A bead with an empty side becomes a
  /// `<tu>` with a single `<tuv>`; the score is a `<prop type="x-prevail-score">`.
  public static func tmx(_ beads: [SentenceBead], zh: [String], en: [String]) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4">
        <header creationtool="Prevail" creationtoolversion="1" segtype="sentence" \
      o-tmf="prevail" adminlang="en" srclang="zh" datatype="plaintext"/>
        <body>

      """
    for bead in beads {
      out += "    <tu>\n"
      out += "      <prop type=\"x-prevail-score\">\(fixed(bead.score))</prop>\n"
      if !bead.zh.isEmpty {
        out += "      <tuv xml:lang=\"zh\"><seg>"
        out += escape(text(bead.zh, in: zh, separator: "")) + "</seg></tuv>\n"
      }
      if !bead.en.isEmpty {
        out += "      <tuv xml:lang=\"en\"><seg>"
        out += escape(text(bead.en, in: en, separator: " ")) + "</seg></tuv>\n"
      }
      out += "    </tu>\n"
    }
    out += "  </body>\n</tmx>\n"
    return out
  }

  /// Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids.
  public static func escape(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out.append(contentsOf: "&amp;".unicodeScalars)
      case "<": out.append(contentsOf: "&lt;".unicodeScalars)
      case ">": out.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
      case "'": out.append(contentsOf: "&apos;".unicodeScalars)
      default:
        if isXMLCharacter(scalar) { out.append(scalar) }
      }
    }
    return String(out)
  }

  private static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  private static func text(_ indices: [Int], in sentences: [String], separator: String) -> String {
    indices.map { $0 >= 0 && $0 < sentences.count ? sentences[$0] : "" }.joined(
      separator: separator)
  }

  private static func flat(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }

  /// A score with three decimals, without Foundation.
  static func fixed(_ value: Double) -> String {
    let clamped = value.isFinite ? min(max(value, 0), 1) : 0
    let thousandths = Int((clamped * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
