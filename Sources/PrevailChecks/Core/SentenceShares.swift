import PrevailLexicon

/// How much of each Chinese sentence of a many-to-one alignment the English renders when every
/// English word can render only one Chinese word.
///
/// Two Chinese sentences that repeat their vocabulary (平等保护 twice) both look rendered by one
/// English sentence when words are compared as sets. Counting occurrences, and letting the
/// other sentences take their renderings first, shows the sentence that is left with nothing.
struct SentenceShares {
  /// Content words of one Chinese sentence and how many of them are rendered when it is
  /// served last.
  struct Share: Equatable {
    var words: [String]
    var renderedLast: Int
    /// Words no other sentence of the group uses, and how many of them the English renders.
    var ownWords: [String]
    var ownRendered: Int
    /// How many occurrences of its own words find an English word left when it is served
    /// last: a word the other sentences rendered already (刑事 and 刑罚 both "penal") does not
    /// count.
    var ownRenderedLast = 0
    var fraction: Double { words.isEmpty ? 1 : Double(renderedLast) / Double(words.count) }

  }

  let shares: [Share]

  init(chinese sentences: [String], english: String, terms: TermMatcher) {
    let englishStems = EnglishMorphology.words(in: english).filter { !$0.isStopWord }.map {
      $0.stem
    }
    let words = sentences.map { Self.contentWords($0, terms) }
    let stemSet = terms.stems(ofEnglish: english)
    shares = words.indices.map { last in
      var available = englishStems
      let order = words.indices.filter { $0 != last } + [last]
      var rendered = 0
      var ownRenderedLast = 0
      let others = Set(words.indices.filter { $0 != last }.flatMap { words[$0] })
      for index in order {
        for word in words[index] {
          guard let position = Self.rendering(of: word, in: available, terms) else { continue }
          available.remove(at: position)
          if index == last {
            rendered += 1
            if !others.contains(word) { ownRenderedLast += 1 }
          }
        }
      }
      let own = Array(Set(words[last]).subtracting(others)).sorted()
      let ownRendered = own.filter {
        terms.coverage(ofChinese: $0, in: stemSet).score >= TermMatcher.presentThreshold
      }.count
      return Share(
        words: words[last], renderedLast: rendered, ownWords: own, ownRendered: ownRendered,
        ownRenderedLast: ownRenderedLast)
    }
  }

  /// Dictionary words of two or more Han characters that have renderings.
  static func contentWords(_ sentence: String, _ terms: TermMatcher) -> [String] {
    terms.lexicon.segment(sentence).map(\.text).filter { word in
      word.unicodeScalars.count >= 2
        && word.unicodeScalars.allSatisfy { $0.value >= 0x3400 && $0.value < 0xA000 }
        && !terms.renderings(of: word).isEmpty
    }
  }

  /// The position of an English stem that renders `word` through one of its glosses.
  private static func rendering(of word: String, in stems: [String], _ terms: TermMatcher)
    -> Int?
  {
    for gloss in terms.renderings(of: word) {
      let glossStems = TermMatcher.distinctive(terms.stems(ofEnglish: gloss))
      if let position = stems.firstIndex(where: { stem in
        glossStems.contains { TermMatcher.stemsMatch($0, stem) }
      }) {
        return position
      }
    }
    return nil
  }
}
