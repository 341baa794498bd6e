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

  /// Acronyms and codes: Latin tokens with two or more capitals (UN, ICT, CNNIC, IPv6) or
  /// mixing letters and digits (G20, 5G), in order of appearance.
  public static func acronyms(in text: String) -> [String] {
    Acronyms.find(in: text)
  }
}
