import PrevailLexicon
import PrevailModel

/// Finding a term in a sentence: Chinese by substring, English by word stems in order (so
/// "digital literacies" contains "digital literacy", "multi-stakeholder" matches
/// "multistakeholder" only as written).
enum TermOccurrences {
  static func contains(_ text: String, _ term: String, _ language: Language) -> Bool {
    if language == .zh { return text.contains(term) }
    let termStems = EnglishMorphology.words(in: term).map(\.stem)
    guard !termStems.isEmpty else { return false }
    let textStems = EnglishMorphology.words(in: text).map(\.stem)
    guard textStems.count >= termStems.count else { return false }
    for start in 0...(textStems.count - termStems.count)
    where Array(textStems[start..<(start + termStems.count)]) == termStems {
      return true
    }
    return false
  }
}
