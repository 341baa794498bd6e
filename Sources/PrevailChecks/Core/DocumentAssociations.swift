import PrevailLexicon
import PrevailModel

/// Chinese words and English stems that keep occurring together in the document's aligned
/// sentences: renderings the dictionary lacks (负担得起 ↔ affordable, 获取 ↔ access), learned
/// from the document itself so that its usual renderings do not look like omissions.
///
/// A pair is learned when it co-occurs in at least three sentence pairs and its Dice coefficient
/// is at least 0.6; a rendering dropped once or twice teaches nothing.
struct DocumentAssociations: Sendable {
  private var stemsByWord: [String: Set<String>] = [:]

  init(_ pairs: [SentencePair], zhRole: Role, terms: TermMatcher) {
    let enRole: Role = zhRole == .governing ? .translation : .governing
    var wordCount: [String: Int] = [:]
    var stemCount: [String: Int] = [:]
    var joint: [String: [String: Int]] = [:]
    for pair in pairs {
      let words = Set(
        terms.lexicon.segment(pair.text(zhRole, language: .zh)).map(\.text).filter {
          $0.unicodeScalars.count >= 2
        })
      let stems = Set(
        EnglishMorphology.words(in: pair.text(enRole, language: .en)).filter {
          !$0.isStopWord && $0.stem.utf8.count >= 3
        }.map(\.stem))
      for word in words { wordCount[word, default: 0] += 1 }
      for stem in stems { stemCount[stem, default: 0] += 1 }
      for word in words {
        for stem in stems { joint[word, default: [:]][stem, default: 0] += 1 }
      }
    }
    for (word, counts) in joint {
      for (stem, count) in counts where count >= 3 {
        let dice =
          2 * Double(count) / Double(wordCount[word, default: 0] + stemCount[stem, default: 0])
        if dice >= 0.6 { stemsByWord[word, default: []].insert(stem) }
      }
    }
  }

  /// The English stems learned for a Chinese word.
  func stems(of word: String) -> Set<String> {
    stemsByWord[word] ?? []
  }
}
