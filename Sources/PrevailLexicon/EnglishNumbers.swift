enum EnglishNumbers {
  static func read(_ text: String) -> [NumberMention] { [] }
}
