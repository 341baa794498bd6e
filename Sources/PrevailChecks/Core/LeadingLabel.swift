/// The label that opens a numbered paragraph ("17.6 …", "3.b …", "Goal 3. …", "目标3. …"): a
/// name for the item, not a quantity of its text.
struct LeadingLabel: Equatable, Sendable {
  /// The label's number path, lowercased ("17.6", "3.b", "3").
  var value: String
  /// Scalars the label takes at the start of the text, spaces after it included.
  var length: Int

  private static let keywords = [
    "goal", "target", "article", "section", "principle", "chapter", "part", "item", "目标", "目標",
    "原则", "原則", "指标", "指標",
  ]

  /// Reads the label at the start of `text`, if any. A bare number counts only with a path
  /// ("1.4", "3.b") or a keyword, or a full stop followed by a space ("5. "), so that a year or
  /// a quantity opening a sentence ("2030年", "70 per cent") is not a label.
  init?(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count, scalars[index] == " " { index += 1 }
    var hasKeyword = false
    let rest = String(String.UnicodeScalarView(scalars[index...])).lowercased()
    for keyword in Self.keywords where rest.hasPrefix(keyword) {
      index += keyword.unicodeScalars.count
      while index < scalars.count, scalars[index] == " " { index += 1 }
      hasKeyword = true
      break
    }
    func digits() -> String? {
      var run = ""
      while index < scalars.count, ("0"..."9").contains(scalars[index]), run.count < 3 {
        run.unicodeScalars.append(scalars[index])
        index += 1
      }
      return run.isEmpty ? nil : run
    }
    guard let first = digits() else { return nil }
    if index < scalars.count, ("0"..."9").contains(scalars[index]) { return nil }
    var parts = [first]
    var trailingStop = false
    while index < scalars.count, scalars[index] == "." || scalars[index] == "．" {
      let next = index + 1 < scalars.count ? scalars[index + 1] : " "
      if ("0"..."9").contains(next) {
        index += 1
        guard let part = digits() else { return nil }
        parts.append(part)
      } else if ("a"..."z").contains(next),
        index + 2 >= scalars.count || !Self.isLatinLetter(scalars[index + 2])
      {
        parts.append(String(next))
        index += 2
      } else {
        trailingStop = true
        index += 1
        break
      }
    }
    let next: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
    if let next,
      ("0"..."9").contains(next)
        || Self.isLatinLetter(next) && !trailingStop
          && parts.count == 1
    {
      return nil
    }
    let spaced = next == " "
    guard
      hasKeyword || parts.count > 1 || (trailingStop && (spaced || next.map(Self.isHan) == true))
    else { return nil }
    while index < scalars.count, scalars[index] == " " { index += 1 }
    value = parts.joined(separator: ".")
    length = index
  }

  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}
