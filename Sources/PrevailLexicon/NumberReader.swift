/// Numbers by value in Chinese and English text, so that 五, five and 5 (or 10万 and
/// 100,000) can be compared across the two versions.
public enum NumberReader {
  /// Numbers in Chinese text.
  public static func numbers(inChinese text: String) -> [NumberMention] {
    ChineseNumbers.read(text)
  }

  /// Numbers in English text.
  public static func numbers(inEnglish text: String) -> [NumberMention] {
    EnglishNumbers.read(text)
  }

  /// Whether a character is a Chinese measure word or unit that follows a counted numeral
  /// (个 in 五个, 项 in 两项), so that 五个 is a count and not a word that contains 五.
  public static func isMeasureWord(_ character: Unicode.Scalar) -> Bool {
    ChineseNumerals.isMeasureWord(character.value)
  }

  /// Whether letters written right after a number are a unit of measure (76GHz, 10m, 5kWh),
  /// so that the number is a quantity and not part of a code (5G, IPv6). Case matters: "G"
  /// alone is a generation, "g" grams.
  public static func isUnit(_ letters: String) -> Bool {
    units.contains(letters)
  }

  private static let units: Set<String> = [
    "Hz", "kHz", "MHz", "GHz", "THz", "KB", "MB", "GB", "TB", "PB", "kB", "kW", "MW", "GW", "TW",
    "kWh", "MWh", "GWh", "TWh", "W", "V", "kV", "mA", "mAh", "dB", "km", "cm", "mm", "nm", "m",
    "kg", "mg", "g", "t", "ms", "min", "h", "ml", "mL", "bps", "kbps", "Mbps", "Gbps", "ppm",
    "km2", "m2", "m3",
  ]

  /// Whether a character is a Chinese numeral character (digit, 十百千 or 万亿, any form).
  public static func isChineseNumeral(_ character: Unicode.Scalar) -> Bool {
    ChineseNumerals.isNumeralCharacter(character.value)
  }

  /// Acronyms and codes: Latin tokens with two or more capitals (UN, ICT, CNNIC, IPv6) or
  /// mixing letters and digits (G20, 5G), in order of appearance.
  public static func acronyms(in text: String) -> [String] {
    Acronyms.find(in: text)
  }
}
