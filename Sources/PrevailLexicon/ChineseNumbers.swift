enum ChineseNumbers {
  static func read(_ text: String) -> [NumberMention] { [] }
}
