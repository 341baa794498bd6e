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
    // Words and stems by number, pairs in one flat table: this runs over every word pair of
    // every sentence pair.
    var wordIDs: [String: Int] = [:]
    var stemIDs: [String: Int] = [:]
    var wordCount: [Int] = []
    var stemCount: [Int] = []
    var joint: [Int: Int] = [:]
    for pair in pairs {
      var words = Set<Int>()
      for token in terms.lexicon.segment(pair.text(zhRole, language: .zh))
      where token.text.unicodeScalars.count >= 2 {
        let id = wordIDs[token.text] ?? wordIDs.count
        if id == wordIDs.count {
          wordIDs[token.text] = id
          wordCount.append(0)
        }
        words.insert(id)
      }
      var stems = Set<Int>()
      for word in terms.englishWords(in: pair.text(enRole, language: .en))
      where !word.isStopWord && word.stem.utf8.count >= 3 {
        let id = stemIDs[word.stem] ?? stemIDs.count
        if id == stemIDs.count {
          stemIDs[word.stem] = id
          stemCount.append(0)
        }
        stems.insert(id)
      }
      for word in words { wordCount[word] += 1 }
      for stem in stems { stemCount[stem] += 1 }
      for word in words {
        for stem in stems { joint[word << 32 | stem, default: 0] += 1 }
      }
    }
    var wordByID = [String](repeating: "", count: wordIDs.count)
    for (word, id) in wordIDs { wordByID[id] = word }
    var stemByID = [String](repeating: "", count: stemIDs.count)
    for (stem, id) in stemIDs { stemByID[id] = stem }
    for (key, count) in joint where count >= 3 {
      let word = key >> 32
      let stem = key & 0xFFFF_FFFF
      let dice = 2 * Double(count) / Double(wordCount[word] + stemCount[stem])
      if dice >= 0.6 { stemsByWord[wordByID[word], default: []].insert(stemByID[stem]) }
    }
  }

  /// The English stems learned for a Chinese word.
  func stems(of word: String) -> Set<String> {
    stemsByWord[word] ?? []
  }
}
