import Foundation
import PrevailModel

/// A kind of discrepancy the harness injects into a faithful English translation.
public enum InjectionKind: String, CaseIterable, Hashable, Sendable, Codable {
  case dropListItem = "drop-list-item"
  case changeNumber = "change-number"
  case dropSentence = "drop-sentence"
  case insertSentence = "insert-sentence"
  case flipModality = "flip-modality"
  case dropNegation = "drop-negation"
  case changeCrossReference = "change-cross-reference"

  /// Finding categories that report this change at the right place.
  public var acceptedCategories: Set<IssueCategory> {
    switch self {
    case .dropListItem, .dropSentence: [.omission, .mistranslation, .structure]
    case .insertSentence: [.addition, .mistranslation, .structure]
    case .changeNumber, .flipModality, .dropNegation: [.mistranslation, .omission, .addition]
    case .changeCrossReference: [.mistranslation, .structure]
    }
  }
}

/// One change to one line of English: replace `range` (scalar offsets) with `replacement`.
public struct InjectionSite: Hashable, Sendable {
  public var kind: InjectionKind
  /// 0-based index of the line in the translation.
  public var line: Int
  public var range: Range<Int>
  public var replacement: String
  /// What changed, for reports ("70 → 80", "drop ', children'").
  public var description: String

  public init(
    kind: InjectionKind, line: Int, range: Range<Int>, replacement: String, description: String
  ) {
    self.kind = kind
    self.line = line
    self.range = range
    self.replacement = replacement
    self.description = description
  }

  /// The line with the change applied.
  public func apply(to text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    let clamped = range.clamped(to: 0..<scalars.count)
    scalars.replaceSubrange(clamped, with: Array(replacement.unicodeScalars))
    return String(String.UnicodeScalarView(scalars))
  }
}

/// Finds the places in an English line where each kind of change can be made. Pure and
/// deterministic: the same line gives the same sites in the same order.
public struct Injector: Sendable {
  /// Sentences the harness inserts: plausible slogans with no source, used in turn.
  public var slogans: [String]

  public init(slogans: [String] = Injector.defaultSlogans) {
    self.slogans = slogans.isEmpty ? Injector.defaultSlogans : slogans
  }

  public static let defaultSlogans = [
    "All parties shall uphold the vision of a community with a shared future for mankind.",
    "Member States shall report every two years on the progress made.",
    "This principle reflects the spirit of mutual benefit and win-win cooperation.",
    "Such measures shall be reviewed by an independent expert body.",
  ]

  /// Every site of `kind` in `text` (line `line` of the translation).
  public func sites(_ kind: InjectionKind, in text: String, line: Int) -> [InjectionSite] {
    let scalars = Array(text.unicodeScalars)
    switch kind {
    case .dropListItem: return listItemSites(scalars, line: line)
    case .changeNumber: return numberSites(scalars, line: line)
    case .dropSentence: return sentenceDropSites(scalars, line: line)
    case .insertSentence: return insertionSites(scalars, line: line)
    case .flipModality: return modalitySites(scalars, line: line)
    case .dropNegation: return negationSites(scalars, line: line)
    case .changeCrossReference: return crossReferenceSites(scalars, line: line)
    }
  }

  // MARK: Lists

  /// "A, B and C" / "A, B, and C" / "A, B or C": each inner item (between commas) can be
  /// dropped with its comma ("A and C"); inner items are at most five words.
  private func listItemSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    let commas = text.indices.filter { text[$0] == "," }
    guard commas.count >= 1 else { return [] }
    var sites: [InjectionSite] = []
    for (index, comma) in commas.enumerated() {
      // The item runs from after this comma to the next comma or to " and " / " or ".
      let start = comma + 1
      let nextComma = index + 1 < commas.count ? commas[index + 1] : text.count
      let chunk = Array(text[start..<nextComma])
      let chunkText = String(String.UnicodeScalarView(chunk))
      let words = chunkText.split(separator: " ")
      if let conjunction = Self.finalConjunction(in: chunkText) {
        // "B and C": the inner item is B, before the conjunction.
        let before = chunkText[..<conjunction.lowerBound]
        let itemWords = before.split(separator: " ")
        guard (1...5).contains(itemWords.count), Self.isItem(itemWords),
          Self.hasItemBefore(text, comma: comma)
        else { continue }
        let itemEnd = start + before.unicodeScalars.count
        sites.append(
          InjectionSite(
            kind: .dropListItem, line: line, range: comma..<itemEnd, replacement: "",
            description: "drop '\(before.trimmingCharacters(in: .whitespaces))'"))
      } else if index + 1 < commas.count, (1...5).contains(words.count), Self.isItem(words) {
        // "A, B, C and D" or "A, B, and C": B is inner when a final conjunction follows.
        let rest = String(String.UnicodeScalarView(text[nextComma...]))
        guard Self.listContinues(rest), Self.hasItemBefore(text, comma: comma) else { continue }
        // With an Oxford comma and three items, drop the following comma too ("A and C").
        let oxford = rest.hasPrefix(", and ") || rest.hasPrefix(", or ")
        let itemsAfter = Self.countItemsAfter(rest)
        let end = oxford && itemsAfter == 1 ? nextComma + 1 : nextComma
        sites.append(
          InjectionSite(
            kind: .dropListItem, line: line, range: comma..<end, replacement: "",
            description: "drop '\(chunkText.trimmingCharacters(in: .whitespaces))'"))
      }
    }
    return sites
  }

  private static let stopItems: Set<String> = [
    "which", "that", "who", "where", "when", "while", "including", "in", "by", "to", "for",
    "as", "with", "through", "if", "unless", "whereas", "especially", "particularly", "notably",
    "etc", "etc.", "i.e.", "e.g.", "namely", "whether", "under", "at", "on", "of", "from",
    "within", "without", "such", "than", "so", "and", "or", "but", "nor", "not", "no",
  ]

  /// An item is a short phrase that does not open a clause ("in particular", "which …").
  private static func isItem(_ words: [Substring]) -> Bool {
    guard let first = words.first?.lowercased() else { return false }
    if stopItems.contains(first) { return false }
    return !words.contains { word in
      word.contains(where: { ".;:()\"".contains($0) })
        || [
          "shall", "should", "may", "must",
          "is", "are", "be", "has", "have",
        ].contains(word.lowercased())
    }
  }

  /// A list needs an item before its first comma: a word directly before it.
  private static func hasItemBefore(_ text: [Unicode.Scalar], comma: Int) -> Bool {
    guard comma > 0 else { return false }
    // A digit before the comma is a date or a figure ("By 2030, end …"), not an item.
    return text[comma - 1].properties.isAlphabetic
  }

  private static func finalConjunction(in chunk: String) -> Range<String.Index>? {
    for conjunction in [" and ", " or "] {
      if let range = chunk.range(of: conjunction) { return range }
    }
    return nil
  }

  /// After an inner item: more inner items, then a final " and "/" or " item.
  private static func listContinues(_ rest: String) -> Bool {
    var remainder = Substring(rest)
    while remainder.hasPrefix(",") {
      remainder = remainder.dropFirst()
      let chunk = remainder.prefix { $0 != "," }
      if chunk.hasPrefix(" and ") || chunk.hasPrefix(" or ") { return true }
      let chunkText = String(chunk)
      if let conjunction = finalConjunction(in: chunkText) {
        let before = chunkText[..<conjunction.lowerBound]
        return (1...5).contains(before.split(separator: " ").count)
      }
      guard (1...5).contains(chunk.split(separator: " ").count) else { return false }
      remainder = remainder.dropFirst(chunk.count)
    }
    return false
  }

  private static func countItemsAfter(_ rest: String) -> Int {
    var count = 0
    var remainder = Substring(rest)
    while remainder.hasPrefix(",") {
      remainder = remainder.dropFirst()
      let chunk = remainder.prefix { $0 != "," }
      count += 1
      if chunk.contains(" and ") || chunk.contains(" or ") { break }
      remainder = remainder.dropFirst(chunk.count)
    }
    return count
  }

  // MARK: Numbers

  private static let numberWords = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",
  ]

  /// Digits (not a leading label, not an article or paragraph number) and number words.
  private func numberSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    var sites: [InjectionSite] = []
    let labelEnd = Self.leadingLabel(text)?.upperBound ?? 0
    let tokens = Self.tokens(text)
    for (index, token) in tokens.enumerated() where token.range.lowerBound >= labelEnd {
      if Self.isPronounOne(tokens, index) { continue }
      if let first = token.text.unicodeScalars.first, ("0"..."9").contains(first) {
        guard !Self.isReference(text, before: token.range.lowerBound),
          let changed = Self.changedNumber(token.text)
        else { continue }
        sites.append(
          InjectionSite(
            kind: .changeNumber, line: line, range: token.range, replacement: changed,
            description: "\(token.text) → \(changed)"))
      } else if let index = Self.numberWords.firstIndex(of: token.text.lowercased()) {
        let next = Self.numberWords[(index + 1) % Self.numberWords.count]
        let replacement = token.text.first?.isUppercase == true ? next.capitalized : next
        sites.append(
          InjectionSite(
            kind: .changeNumber, line: line, range: token.range, replacement: replacement,
            description: "\(token.text) → \(replacement)"))
      }
    }
    return sites
  }

  /// "one" as a pronoun, not a quantity: "no one", "each one", "one another".
  private static func isPronounOne(_ tokens: [Token], _ index: Int) -> Bool {
    guard tokens[index].text.lowercased() == "one" else { return false }
    let previous = index > 0 ? tokens[index - 1].text.lowercased() : ""
    let next = index + 1 < tokens.count ? tokens[index + 1].text.lowercased() : ""
    return ["no", "any", "each", "every", "the", "this", "that", "which"].contains(previous)
      || ["another", "of"].contains(next)
  }

  /// A different number in the same notation: years change their last digit (2030 → 2031);
  /// other numbers their first digit (70 → 80, 100,000 → 200,000, 1.25 → 2.25).
  static func changedNumber(_ number: String) -> String? {
    var scalars = Array(number.unicodeScalars)
    let digits = scalars.indices.filter { ("0"..."9").contains(scalars[$0]) }
    guard let firstDigit = digits.first, let lastDigit = digits.last else { return nil }
    let isYear =
      digits.count == 4 && scalars.count == 4
      && (number.hasPrefix("19")
        || number
          .hasPrefix("20"))
    let position = isYear ? lastDigit : firstDigit
    let value = scalars[position].value - 48
    let changed = value == 9 ? (isYear ? 8 : 1) : value + 1
    guard let scalar = Unicode.Scalar(48 + changed) else { return nil }
    if !isYear && value == 9 {
      // 9 → 10, 90 → 100: keep the number growing rather than wrap to a smaller first digit.
      scalars.replaceSubrange(position...position, with: ["1", "0"])
    } else {
      scalars[position] = scalar
    }
    return String(String.UnicodeScalarView(scalars))
  }

  // MARK: Sentences

  /// Every sentence of a line with two or more sentences can be dropped.
  private func sentenceDropSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    let sentences = Self.sentences(text)
    guard sentences.count >= 2 else { return [] }
    return sentences.enumerated().map { index, range in
      // Drop the sentence with the space that separates it from its neighbour.
      let dropped =
        index + 1 < sentences.count
        ? range.lowerBound..<sentences[index + 1].lowerBound
        : sentences[index - 1].upperBound..<range.upperBound
      let words = String(String.UnicodeScalarView(text[range])).split(separator: " ").prefix(4)
      return InjectionSite(
        kind: .dropSentence, line: line, range: dropped, replacement: "",
        description: "drop '\(words.joined(separator: " "))…'")
    }
  }

  /// A slogan appended after the line's last sentence (lines that end a sentence, or any line
  /// of three words or more).
  private func insertionSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    let string = String(String.UnicodeScalarView(text))
    guard string.split(separator: " ").count >= 3 else { return [] }
    let slogan = slogans[line % slogans.count]
    var end = text.count
    while end > 0, text[end - 1].properties.isWhitespace { end -= 1 }
    let needsStop = end > 0 && !".;:!?".unicodeScalars.contains(text[end - 1])
    return [
      InjectionSite(
        kind: .insertSentence, line: line, range: end..<end,
        replacement: (needsStop ? ". " : " ") + slogan,
        description: "insert '\(slogan.split(separator: " ").prefix(4).joined(separator: " "))…'")
    ]
  }

  /// Sentence ranges: ends at ". ", "; " is not an end; a period after a single capital or a
  /// digit label does not end one.
  static func sentences(_ text: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    let labelEnd = leadingLabel(text)?.upperBound ?? 0
    // The first sentence starts after a leading label ("2. Everyone …"), which stays.
    var start = labelEnd
    while start < text.count, text[start] == " " { start += 1 }
    var index = start
    while index < text.count {
      let scalar = text[index]
      if ".!?".unicodeScalars.contains(scalar), index >= labelEnd, index + 2 < text.count,
        text[index + 1] == " ", text[index + 2].properties.isUppercase,
        !precedesAbbreviation(text, period: index)
      {
        ranges.append(start..<index + 1)
        start = index + 2
        index = start
        continue
      }
      index += 1
    }
    if start < text.count {
      var end = text.count
      while end > start, text[end - 1].properties.isWhitespace { end -= 1 }
      if end > start { ranges.append(start..<end) }
    }
    return ranges
  }

  private static func precedesAbbreviation(_ text: [Unicode.Scalar], period: Int) -> Bool {
    var start = period
    while start > 0,
      text[start - 1].properties.isAlphabetic || ("0"..."9").contains(text[start - 1])
    {
      start -= 1
    }
    let word = String(String.UnicodeScalarView(text[start..<period]))
    return word.count <= 1
      || ["Mr", "Mrs", "Dr", "No", "Art", "para", "e.g", "i.e", "etc"]
        .contains(word)
      || word.allSatisfy(\.isNumber)
  }

  // MARK: Modality and negation

  private static let modalFlips = [
    "shall": "may", "may": "shall", "should": "may", "must": "may", "Shall": "May",
    "May": "Shall", "Should": "May", "Must": "May",
  ]

  /// Every modal that can be flipped with a change of meaning. A modal in the scope of a
  /// negation is not eligible: "No one shall be held" and "No one may be held", "may not" and
  /// "shall not", "nor shall" and "nor may", "may in no case" and "shall in no case" all forbid
  /// in English drafting, so flipping them injects no discrepancy.
  private func modalitySites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    let tokens = Self.tokens(text)
    return tokens.indices.compactMap { index in
      let token = tokens[index]
      guard let flipped = Self.modalFlips[token.text],
        !Self.isNegated(modalAt: index, tokens, text)
      else { return nil }
      return InjectionSite(
        kind: .flipModality, line: line, range: token.range, replacement: flipped,
        description: "\(token.text) → \(flipped)")
    }
  }

  /// Words that put a following modal of their clause in the scope of a negation.
  private static let scopeNegators: Set<String> = [
    "no", "not", "never", "nor", "neither", "nothing", "none", "nobody", "cannot", "noone",
  ]

  /// Whether the modal at `index` is negated: "not"/"never" after it, "in no case" /
  /// "under no circumstances" after it, or a negator earlier in its clause (since the last
  /// ".", ";" or ":"), as in "No one shall", "Nothing … shall", "nor shall".
  static func isNegated(modalAt index: Int, _ tokens: [Token], _ text: [Unicode.Scalar])
    -> Bool
  {
    let after = tokens[(index + 1)...].prefix(2).map { $0.text.lowercased() }
    if let next = after.first, ["not", "never", "neither"].contains(next) { return true }
    if after.count == 2, ["in", "under", "by", "at"].contains(after[0]), after[1] == "no" {
      return true
    }
    var previous = index - 1
    while previous >= 0 {
      let gap = text[tokens[previous].range.upperBound..<tokens[previous + 1].range.lowerBound]
      if gap.contains(where: { ".;:".unicodeScalars.contains($0) }) { return false }
      if scopeNegators.contains(tokens[previous].text.lowercased()) { return true }
      previous -= 1
    }
    return false
  }

  /// "not" and "no" removed with the space before them ("shall not be" → "shall be");
  /// "cannot" → "can"; "No one" → "Everyone" (dropping the word would leave "one").
  private func negationSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    let tokens = Self.tokens(text)
    var sites: [InjectionSite] = []
    for (index, token) in tokens.enumerated() {
      let lower = token.text.lowercased()
      if lower == "no", index + 1 < tokens.count, tokens[index + 1].text == "one" {
        let range = token.range.lowerBound..<tokens[index + 1].range.upperBound
        let replacement = token.text == "No" ? "Everyone" : "everyone"
        sites.append(
          InjectionSite(
            kind: .dropNegation, line: line, range: range, replacement: replacement,
            description: "\(token.text) one → \(replacement)"))
      } else if lower == "not" || lower == "no" || lower == "never" {
        let start =
          token.range.lowerBound > 0 && text[token.range.lowerBound - 1] == " "
          ? token.range.lowerBound - 1 : token.range.lowerBound
        let capitalize = token.text.first?.isUppercase == true && start == token.range.lowerBound
        if capitalize { continue }  // A sentence opening with No/Not: no clean removal.
        sites.append(
          InjectionSite(
            kind: .dropNegation, line: line, range: start..<token.range.upperBound,
            replacement: "", description: "drop '\(token.text)'"))
      } else if lower == "cannot" {
        sites.append(
          InjectionSite(
            kind: .dropNegation, line: line, range: token.range,
            replacement: token.text.hasPrefix("C") ? "Can" : "can",
            description: "cannot → can"))
      }
    }
    return sites
  }

  // MARK: Cross-references

  private static let referenceWords: Set<String> = [
    "article", "paragraph", "section", "chapter", "goal", "target", "item", "annex", "rule",
  ]

  /// "Article 5" → "Article 6", "paragraph 2" → "paragraph 3", and a leading label
  /// ("3.1 …" → "3.2 …", "2. …" → "3. …").
  private func crossReferenceSites(_ text: [Unicode.Scalar], line: Int) -> [InjectionSite] {
    var sites: [InjectionSite] = []
    if let label = Self.leadingLabel(text), let changed = Self.nextLabel(label.text) {
      sites.append(
        InjectionSite(
          kind: .changeCrossReference, line: line, range: label.range, replacement: changed,
          description: "\(label.text) → \(changed)"))
    }
    let labelEnd = Self.leadingLabel(text)?.upperBound ?? 0
    let tokens = Self.tokens(text)
    for (index, token) in tokens.enumerated().dropFirst()
    where token.range.lowerBound >= labelEnd
      && Self.referenceWords.contains(tokens[index - 1].text.lowercased())
    {
      guard let changed = Self.nextLabel(token.text) else { continue }
      sites.append(
        InjectionSite(
          kind: .changeCrossReference, line: line, range: token.range, replacement: changed,
          description: "\(tokens[index - 1].text) \(token.text) → \(changed)"))
    }
    return sites
  }

  /// The next number of a label: the last numeric part grows by one ("3.1" → "3.2", "5" → "6",
  /// "17.a" → nil).
  static func nextLabel(_ label: String) -> String? {
    var parts = label.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard let lastNumeric = parts.lastIndex(where: { Int($0) != nil }),
      lastNumeric == parts.count - 1 || parts[(lastNumeric + 1)...].allSatisfy(\.isEmpty),
      let value = Int(parts[lastNumeric])
    else { return nil }
    parts[lastNumeric] = String(value + 1)
    return parts.joined(separator: ".")
  }

  // MARK: Tokens

  struct Token {
    var text: String
    var range: Range<Int>
  }

  /// Words and numbers (digits with inner "." or "," and a digit after them).
  static func tokens(_ text: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    while index < text.count {
      let scalar = text[index]
      if isDigit(scalar) {
        var end = index + 1
        while end < text.count {
          if isDigit(text[end]) {
            end += 1
          } else if text[end] == "." || text[end] == ",", end + 1 < text.count,
            isDigit(text[end + 1])
          {
            end += 2
          } else {
            break
          }
        }
        tokens.append(
          Token(text: String(String.UnicodeScalarView(text[index..<end])), range: index..<end))
        index = end
      } else if scalar.properties.isAlphabetic {
        var end = index + 1
        while end < text.count, text[end].properties.isAlphabetic { end += 1 }
        tokens.append(
          Token(text: String(String.UnicodeScalarView(text[index..<end])), range: index..<end))
        index = end
      } else {
        index += 1
      }
    }
    return tokens
  }

  /// A leading label such as "3.1", "13.b", "2." or "Goal 5." (the number's range).
  static func leadingLabel(_ text: [Unicode.Scalar]) -> (
    text: String, range: Range<Int>, upperBound: Int
  )? {
    var start = 0
    let tokens = tokens(text)
    guard let first = tokens.first, first.range.lowerBound == 0 else { return nil }
    var number = first
    if ["goal", "article"].contains(first.text.lowercased()), tokens.count > 1,
      tokens[1].range.lowerBound == first.range.upperBound + 1
    {
      number = tokens[1]
      start = number.range.lowerBound
    }
    guard let scalar = number.text.unicodeScalars.first, ("0"..."9").contains(scalar) else {
      return nil
    }
    var end = number.range.upperBound
    // "13.b": a letter label after the dot.
    if end + 1 < text.count, text[end] == ".", text[end + 1].properties.isLowercase,
      end + 2 == text.count || text[end + 2] == " "
    {
      return (number.text + "." + String(text[end + 1]), start..<end + 2, end + 2)
    }
    if end < text.count, text[end] == "." { end += 1 }
    return (number.text, start..<number.range.upperBound, end)
  }

  /// Whether the number at `offset` follows a reference word ("Article 5").
  static func isReference(_ text: [Unicode.Scalar], before offset: Int) -> Bool {
    let previous = tokens(Array(text[..<offset])).last
    guard let previous, previous.range.upperBound + 1 >= offset else { return false }
    return referenceWords.contains(previous.text.lowercased())
  }
}
