enum Acronyms {
  static func find(in text: String) -> [String] { [] }
}
