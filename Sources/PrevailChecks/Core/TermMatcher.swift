import Foundation
import PrevailLexicon
import PrevailModel

/// Decides whether a Chinese term is rendered in an English text (and the reverse) through
/// CC-CEDICT glosses and English word stems, gloss by gloss, so that 老人 ("old man or woman")
/// is not found in "women".
///
/// A project glossary (`--glossary`) adds its terms as dictionary words: a glossary term is one
/// word, and its allowed English terms count as glosses.
public struct TermMatcher: Sendable {
  public let lexicon: Lexicon
  public let glossary: Glossary?
  /// Share of a gloss's content words that must occur for the gloss to count as rendered.
  public static let presentThreshold = 0.5

  /// Memoized stems and renderings: checks ask about the same sentences and words many times.
  private let cache = TermCache()

  public init(lexicon: Lexicon, glossary: Glossary? = nil) {
    self.lexicon = lexicon
    self.glossary = glossary
  }

  /// Content-word stems of an English text. A hyphenated word also gives the stem of its
  /// parts written together (co-operation: co, oper and cooper), since dictionaries spell
  /// most such words solid.
  public func stems(ofEnglish text: String) -> Set<String> {
    cache.stems(text) {
      Set(
        englishWords(in: text).filter { !$0.isStopWord }.flatMap { word in
          let parts = EnglishMorphology.stemParts(word.text)
          let solid =
            parts.count > 1
            ? [EnglishMorphology.stem(String(word.text.unicodeScalars.filter(Self.isLetter)))]
            : []
          return parts + [word.stem] + solid
        })
    }
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic
  }

  /// The English words of a text (``EnglishMorphology/words(in:)``), memoized: the checks
  /// read the same sentences many times.
  public func englishWords(in text: String) -> [EnglishWord] {
    cache.words(ofEnglish: text) { EnglishMorphology.words(in: text) }
  }

  /// A gloss's content stems without the generic ones (see ``distinctive(_:)``), memoized.
  public func distinctiveStems(ofGloss gloss: String) -> Set<String> {
    cache.distinctive(gloss) { Self.distinctive(stems(ofEnglish: gloss)) }
  }

  /// Glosses usable as renderings: remarks, classifiers and cross-references removed.
  public func renderings(of word: String) -> [String] {
    cache.renderings(word) { uncachedRenderings(of: word) }
  }

  private func uncachedRenderings(of word: String) -> [String] {
    let project = glossary?.renderings(of: word, from: "zh", to: "en") ?? []
    return project
      + lexicon.glosses(for: word).compactMap { gloss in
        let lower = gloss.lowercased()
        if lower.hasPrefix("cl:") || lower.hasPrefix("variant of") || lower.hasPrefix("old variant")
          || lower.hasPrefix("see ") || lower.hasPrefix("surname ") || lower.contains("[")
        {
          return nil
        }
        var text = ""
        var depth = 0
        for character in gloss {
          if character == "(" {
            depth += 1
          } else if character == ")" {
            depth = max(0, depth - 1)
          } else if depth == 0 {
            text.append(character)
          }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
      }
  }

  /// The dictionary words a Chinese term is made of (the term itself when it is an entry).
  public func words(ofChinese term: String) -> [String] {
    cache.words(term) { uncachedWords(ofChinese: term) }
  }

  private func uncachedWords(ofChinese term: String) -> [String] {
    if lexicon.contains(term) || isGlossaryTerm(term) { return [term] }
    var scalars = Array(term.unicodeScalars)
    var words: [(offset: Int, word: String)] = []
    // Glossary terms inside the text are words of their own.
    if let glossary {
      for (entryTerm, _) in glossary.terms(in: "zh") {
        let pattern = Array(entryTerm.text.unicodeScalars)
        guard pattern.count >= 2, pattern.count <= scalars.count else { continue }
        var index = 0
        while index + pattern.count <= scalars.count {
          if Array(scalars[index..<(index + pattern.count)]) == pattern {
            words.append((index, entryTerm.text))
            for position in index..<(index + pattern.count) { scalars[position] = " " }
            index += pattern.count
          } else {
            index += 1
          }
        }
      }
    }
    let rest = String(String.UnicodeScalarView(scalars))
    for token in lexicon.segment(rest) where token.isInDictionary {
      words.append((token.range.lowerBound, token.text))
    }
    return words.sorted { $0.offset < $1.offset }.map(\.word).filter {
      !Self.functionWords.contains($0)
    }
  }

  private func isGlossaryTerm(_ term: String) -> Bool {
    !(glossary?.entries(withTerm: term, language: "zh").isEmpty ?? true)
  }

  private static let functionWords: Set<String> = [
    "的", "和", "与", "及", "或", "等", "之", "在", "对", "了", "有", "是", "为", "以", "其", "各", "所",
    "着", "并", "而", "將", "将", "把", "被", "於", "于", "與", "們", "们",
  ]

  /// How well a Chinese term is rendered in a set of English stems, 0 to 1, and the gloss that
  /// matched best. Each dictionary word scores the best share of one gloss's content words found
  /// (stems compared with ``stemsMatch(_:_:)``); the term scores the mean over its words. A word
  /// no gloss renders may still be rendered through one of its characters' single-word glosses
  /// (偏见 "prejudice" through 偏 "biased"), except for characters too common to be evidence.
  public func coverage(ofChinese term: String, in englishStems: Set<String>) -> (
    score: Double, gloss: String?
  ) {
    let words = words(ofChinese: term)
    guard !words.isEmpty else { return (0, nil) }
    var total = 0.0
    var bestGloss: String?
    for word in words {
      var best = 0.0
      for gloss in renderings(of: word) {
        let glossStems = distinctiveStems(ofGloss: gloss)
        guard !glossStems.isEmpty else { continue }
        let found = glossStems.filter { contains(englishStems, $0) }.count
        let share = Double(found) / Double(glossStems.count)
        if share > best {
          best = share
          if words.count == 1 { bestGloss = gloss }
        }
      }
      if best < Self.presentThreshold && characterRendered(word, in: englishStems) {
        best = Self.presentThreshold
      }
      total += best
    }
    return (total / Double(words.count), bestGloss)
  }

  /// Characters whose glosses are too general to show that a word was rendered.
  private static let commonCharacters: Set<String> = [
    "人", "性", "化", "者", "的", "家", "子", "们", "們", "地", "于", "於", "为", "為", "和", "有", "是",
    "可", "不", "大", "小", "多", "全", "上", "下", "中", "内", "外", "新", "一", "二", "三",
  ]

  private func characterRendered(_ word: String, in englishStems: Set<String>) -> Bool {
    let characters = word.map(String.init)
    guard characters.count >= 2 else { return false }
    for character in characters where !Self.commonCharacters.contains(character) {
      for gloss in renderings(of: character) {
        let glossStems = stems(ofEnglish: gloss)
        if glossStems.count == 1, let stem = glossStems.first, stem.count >= 4,
          contains(englishStems, stem)
        {
          return true
        }
      }
    }
    return false
  }

  /// Stems too general to show that a term was rendered: "young person" is rendered by "young",
  /// not by "person". A gloss made only of them keeps them.
  static let genericStems: Set<String> = [
    "person", "peopl", "thing", "someth", "somebodi", "sb", "sth", "kind", "type", "sort", "wai",
    "way", "matter", "affair", "part", "place", "area", "aspect", "issu", "case", "item",
  ]

  static func distinctive(_ stems: Set<String>) -> Set<String> {
    let specific = stems.subtracting(genericStems)
    return specific.isEmpty ? stems : specific
  }

  /// Whether a set of stems holds one that matches `stem`.
  public func contains(_ stems: Set<String>, _ stem: String) -> Bool {
    if stems.contains(stem) { return true }
    return stems.contains { Self.stemsMatch($0, stem) }
  }

  /// Stems of one word family: equal, or sharing a long enough prefix (social/societi,
  /// legitimaci/legitim, racial/race, traceabl/trace).
  public static func stemsMatch(_ lhs: String, _ rhs: String) -> Bool {
    if lhs == rhs { return true }
    // Stems are almost always ASCII, so UTF-8 code units stand for characters; no allocation
    // (this runs for every pair of stems compared).
    let shorter = min(lhs.utf8.count, rhs.utf8.count)
    guard shorter >= 4 else { return false }
    var common = 0
    for (left, right) in zip(lhs.utf8, rhs.utf8) {
      guard left == right else { break }
      common += 1
    }
    return common >= max(3, min(shorter - 2, 5))
  }

  /// English stems that any dictionary word of a Chinese text can be rendered by.
  public func renderableStems(ofChinese text: String) -> Set<String> {
    cache.renderable(text) { uncachedRenderableStems(ofChinese: text) }
  }

  private func uncachedRenderableStems(ofChinese text: String) -> Set<String> {
    var result = Set<String>()
    if let glossary {
      for (term, entry) in glossary.terms(in: "zh") where text.contains(term.text) {
        for rendering in entry.allowed(in: "en") {
          result.formUnion(stems(ofEnglish: rendering.text))
        }
      }
    }
    for token in lexicon.segment(text) where token.isInDictionary {
      result.formUnion(lexicon.englishStems(for: token.text))
      for gloss in renderings(of: token.text) { result.formUnion(stems(ofEnglish: gloss)) }
    }
    return result
  }

  /// The gloss list shown as evidence for a term.
  public func evidenceGlosses(of term: String) -> [String] {
    Array(words(ofChinese: term).flatMap { renderings(of: $0) }.prefix(6))
  }
}

/// Thread-safe memo tables for ``TermMatcher`` (shared by every check of one run).
final class TermCache: @unchecked Sendable {
  private let lock = NSLock()
  private var stemsByText: [String: Set<String>] = [:]
  private var renderingsByWord: [String: [String]] = [:]
  private var renderableByText: [String: Set<String>] = [:]
  private var distinctiveByGloss: [String: Set<String>] = [:]
  private var wordsByTerm: [String: [String]] = [:]
  private var englishWordsByText: [String: [EnglishWord]] = [:]

  func words(ofEnglish text: String, _ make: () -> [EnglishWord]) -> [EnglishWord] {
    memo(text, in: \.englishWordsByText, make)
  }

  func distinctive(_ gloss: String, _ make: () -> Set<String>) -> Set<String> {
    memo(gloss, in: \.distinctiveByGloss, make)
  }

  func words(_ term: String, _ make: () -> [String]) -> [String] {
    memo(term, in: \.wordsByTerm, make)
  }

  func stems(_ text: String, _ make: () -> Set<String>) -> Set<String> {
    memo(text, in: \.stemsByText, make)
  }

  func renderings(_ word: String, _ make: () -> [String]) -> [String] {
    memo(word, in: \.renderingsByWord, make)
  }

  func renderable(_ text: String, _ make: () -> Set<String>) -> Set<String> {
    memo(text, in: \.renderableByText, make)
  }

  private func memo<Value>(
    _ key: String, in table: ReferenceWritableKeyPath<TermCache, [String: Value]>,
    _ make: () -> Value
  ) -> Value {
    lock.lock()
    if let value = self[keyPath: table][key] {
      lock.unlock()
      return value
    }
    lock.unlock()
    let value = make()
    lock.lock()
    self[keyPath: table][key] = value
    lock.unlock()
    return value
  }
}
