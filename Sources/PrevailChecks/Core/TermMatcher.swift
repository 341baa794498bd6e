import PrevailLexicon
import PrevailModel

/// Decides whether a Chinese term is rendered in an English text (and the reverse) through
/// CC-CEDICT glosses and English word stems, gloss by gloss, so that 老人 ("old man or woman")
/// is not found in "women".
public struct TermMatcher: Sendable {
  public let lexicon: Lexicon
  /// Share of a gloss's content words that must occur for the gloss to count as rendered.
  public static let presentThreshold = 0.5

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Content-word stems of an English text.
  public func stems(ofEnglish text: String) -> Set<String> {
    Set(
      EnglishMorphology.words(in: text).filter { !$0.isStopWord }.flatMap {
        EnglishMorphology.stemParts($0.text) + [$0.stem]
      })
  }

  /// Glosses usable as renderings: remarks, classifiers and cross-references removed.
  public func renderings(of word: String) -> [String] {
    lexicon.glosses(for: word).compactMap { gloss in
      let lower = gloss.lowercased()
      if lower.hasPrefix("cl:") || lower.hasPrefix("variant of") || lower.hasPrefix("old variant")
        || lower.hasPrefix("see ") || lower.hasPrefix("surname ") || lower.contains("[")
      {
        return nil
      }
      var text = ""
      var depth = 0
      for character in gloss {
        if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
        else if depth == 0 { text.append(character) }
      }
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      return trimmed.isEmpty ? nil : trimmed
    }
  }

  /// The dictionary words a Chinese term is made of (the term itself when it is an entry).
  public func words(ofChinese term: String) -> [String] {
    if lexicon.contains(term) { return [term] }
    let tokens = lexicon.segment(term).filter(\.isInDictionary).map(\.text)
    return tokens.filter { !Self.functionWords.contains($0) }
  }

  private static let functionWords: Set<String> = [
    "的", "和", "与", "及", "或", "等", "之", "在", "对", "了", "有", "是", "为", "以", "其", "各", "所",
    "着", "并", "而", "將", "将", "把", "被", "於", "于", "與", "們", "们",
  ]

  /// How well a Chinese term is rendered in a set of English stems, 0 to 1, and the gloss that
  /// matched best. Each dictionary word scores the best share of one gloss's content words found;
  /// the term scores the mean over its words.
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
        let glossStems = stems(ofEnglish: gloss)
        guard !glossStems.isEmpty else { continue }
        let share = Double(glossStems.intersection(englishStems).count) / Double(glossStems.count)
        if share > best {
          best = share
          if words.count == 1 { bestGloss = gloss }
        }
      }
      total += best
    }
    return (total / Double(words.count), bestGloss)
  }

  /// English stems that any dictionary word of a Chinese text can be rendered by.
  public func renderableStems(ofChinese text: String) -> Set<String> {
    var result = Set<String>()
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

import Foundation
