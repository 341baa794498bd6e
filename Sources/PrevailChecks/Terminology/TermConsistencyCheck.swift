import PrevailLexicon
import PrevailModel

/// The same governing term rendered in different ways across the document: 数字素养 is "digital
/// literacy" in most sentences and "digital skills" in one. Document-wide: renderings are
/// collected over every aligned sentence first, then judged.
public struct TermConsistencyCheck: Check {
  public init() {}

  public static let descriptor = CheckDescriptor(
    id: "term-consistency",
    title: "Terms rendered inconsistently across the document",
    rationale: """
      A governing text uses one term for one concept; a translation that switches renderings \
      suggests two concepts where there is one, which readers of a rule may take literally.
      """,
    category: .terminology,
    defaultSeverity: .minor,
    examples: [
      CheckExample(
        governing: "提升数字素养。加强数字素养教育。培养教师的数字素养。",
        translation: "Improve digital literacy. Strengthen digital literacy education. Build the "
          + "digital literacy of teachers."),
      CheckExample(
        governing: "提升数字素养。加强数字素养教育。培养教师的数字素养。",
        translation: "Improve digital literacy. Strengthen digital literacy education. Build the "
          + "digital skills of teachers.",
        expected: [inconsistent]),
    ])

  /// Least number of sentences a term must occur in to have a usual rendering.
  static let minimumOccurrences = 3

  public func findings(in context: CheckContext) -> [Finding] {
    var collected = RenderingCollector(context: context)
    // One finding per sentence and usual rendering: the longest term wins (跨境流动 over 流动).
    var chosen:
      [String: (
        term: String, pairIndex: Int, usual: RenderingCollector.Rendering,
        variant: String, occurrences: Int
      )] = [:]
    for (term, occurrences) in collected.occurrences.sorted(by: { $0.key < $1.key })
    where occurrences.count >= Self.minimumOccurrences {
      guard let usual = collected.usualRendering(of: term, occurrences) else { continue }
      for pairIndex in occurrences {
        let words = collected.translationWords[pairIndex]
        guard !RenderingCollector.contains(words.map(\.stem), usual.stems),
          let variant = collected.variant(of: usual, in: pairIndex)
        else { continue }
        let key = "\(pairIndex) \(usual.text)"
        if let existing = chosen[key], existing.term.count >= term.count { continue }
        chosen[key] = (term, pairIndex, usual, variant, occurrences.count)
      }
    }
    var findings: [Finding] = []
    let language = context.governingLanguage.other.name
    for choice in chosen.values.sorted(by: { ($0.pairIndex, $0.term) < ($1.pairIndex, $1.term) }) {
      let pair = collected.pairs[choice.pairIndex]
      let usual = choice.usual
      findings.append(
        Finding(
          check: Self.descriptor.id, messageID: Self.inconsistent, category: .terminology,
          severity: .minor,
          message: "The governing term \(choice.term) is rendered \"\(usual.text)\" in "
            + "\(usual.count) of \(choice.occurrences) sentences; here the \(language) "
            + "translation has \"\(choice.variant)\".",
          governing: context.excerpt(pair.governing, .governing),
          translation: context.excerpt(pair.translation, .translation),
          evidence: [
            Evidence(
              kind: "term-renderings", value: choice.term,
              details: [
                "usual: \(usual.text) (\(usual.count) of \(choice.occurrences))",
                "here: \(choice.variant)",
              ])
          ],
          confidence: 0.6))
    }
    return findings
  }

  fileprivate static let inconsistent = "term-rendered-inconsistently"
}

/// Governing terms and the translation words of every sentence pair, for
/// ``TermConsistencyCheck``.
struct RenderingCollector {
  let pairs: [SentencePair]
  let translationWords: [[EnglishWord]]
  /// For each content word, the id of the run of adjacent content words it belongs to.
  var translationRuns: [[Int]] = []
  /// Governing term → indices of the pairs it occurs in.
  var occurrences: [String: [Int]] = [:]
  let terms: TermMatcher
  /// How many pairs each translation n-gram (content stems joined by spaces) occurs in.
  var ngramPairs: [String: Int] = [:]

  init(context: CheckContext) {
    let sentencePairs = context.sentencePairs
    pairs = sentencePairs
    terms = context.terms
    let governingLanguage = context.governingLanguage
    // Chinese must govern for dictionary terms; an English-governed document has no terms here.
    guard governingLanguage == .zh else {
      translationWords = []
      translationRuns = []
      return
    }
    var texts: [[Unicode.Scalar]] = []
    translationWords = sentencePairs.map { pair in
      let text = pair.text(.translation, language: .en)
      texts.append(Array(text.unicodeScalars))
      return EnglishMorphology.words(in: text).filter { !$0.isStopWord }
    }
    // Phrases are runs of content words written next to each other (only spaces between).
    translationRuns = zip(translationWords, texts).map { words, scalars in
      var runs: [Int] = []
      var run = 0
      for (index, word) in words.enumerated() {
        if index > 0 {
          let gap = scalars[words[index - 1].range.upperBound..<word.range.lowerBound]
          if !gap.allSatisfy({ $0 == " " }) || gap.isEmpty { run += 1 }
        }
        runs.append(run)
      }
      return runs
    }
    for (index, pair) in sentencePairs.enumerated() {
      let text = pair.text(.governing, language: .zh)
      var found = Set<String>()
      let tokens = context.lexicon.segment(text).filter { $0.isInDictionary }
      for (position, token) in tokens.enumerated() {
        let scalarCount = token.text.unicodeScalars.count
        if scalarCount >= 2 { found.insert(token.text) }
        // Two adjacent two-character words form a compound term (数字 + 素养).
        if position + 1 < tokens.count, scalarCount == 2,
          tokens[position + 1].text.unicodeScalars.count == 2,
          tokens[position + 1].range.lowerBound == token.range.upperBound,
          !isVerb(token.text, context.lexicon), !isVerb(tokens[position + 1].text, context.lexicon)
        {
          found.insert(token.text + tokens[position + 1].text)
        }
      }
      if let glossary = context.glossary {
        for (term, _) in glossary.terms(in: "zh") where text.contains(term.text) {
          found.insert(term.text)
        }
      }
      for term in found { occurrences[term, default: []].append(index) }
      var grams = Set<String>()
      let stems = translationWords[index].map(\.stem)
      for length in 2...3 where stems.count >= length {
        for start in 0...(stems.count - length)
        where translationRuns[index][start] == translationRuns[index][start + length - 1] {
          grams.insert(stems[start..<(start + length)].joined(separator: " "))
        }
      }
      for gram in grams { ngramPairs[gram, default: 0] += 1 }
    }
  }

  /// A phrase that renders a term: its stems, as written, in how many sentences.
  struct Rendering {
    var stems: [String]
    var text: String
    var count: Int
    /// The stems the dictionary gives for the term itself.
    var explained: Set<String>
  }

  /// English stems any word of a governing sentence can be rendered by (cached).
  private var sentenceStems: [Int: Set<String>] = [:]

  mutating func renderable(_ index: Int) -> Set<String> {
    if let cached = sentenceStems[index] { return cached }
    let stems = terms.renderableStems(ofChinese: pairs[index].text(.governing, language: .zh))
    sentenceStems[index] = stems
    return stems
  }

  /// The rendering used in most of a term's sentences: a two- or three-word phrase present in
  /// at least two thirds of them and mostly found with the term, with a word the dictionary
  /// gives for the term, and no word that another word of those sentences accounts for
  /// (国际 makes "international" in "international cooperation" context, not a rendering of
  /// 合作).
  mutating func usualRendering(of term: String, _ indices: [Int]) -> Rendering? {
    var counts: [String: Int] = [:]
    var texts: [String: String] = [:]
    var where_: [String: [Int]] = [:]
    for index in indices {
      let words = translationWords[index]
      var seen = Set<String>()
      for length in 2...3 where words.count >= length {
        for start in 0...(words.count - length)
        where translationRuns[index][start] == translationRuns[index][start + length - 1] {
          let slice = words[start..<(start + length)]
          let key = slice.map(\.stem).joined(separator: " ")
          if seen.insert(key).inserted {
            counts[key, default: 0] += 1
            where_[key, default: []].append(index)
            if texts[key] == nil {
              texts[key] = slice.map { $0.text.lowercased() }.joined(separator: " ")
            }
          }
        }
      }
    }
    let own = terms.renderableStems(ofChinese: term)
    let needed = max(2, (indices.count * 2 + 2) / 3)
    var candidates: [(key: String, count: Int)] = []
    for (key, count) in counts
    where count >= needed && count < indices.count
      && Double(count) / Double(ngramPairs[key] ?? count) >= 0.6
    {
      let stems = key.split(separator: " ").map(String.init)
      let explained = stems.filter { terms.contains(own, $0) }
      guard !explained.isEmpty else { continue }
      let contextual = stems.filter { !terms.contains(own, $0) }.contains { stem in
        let sentences = where_[key] ?? []
        let accounted = sentences.filter { terms.contains(renderable($0), stem) }.count
        return accounted * 3 > sentences.count
      }
      if !contextual { candidates.append((key, count)) }
    }
    guard
      let best = candidates.max(by: { lhs, rhs in
        (lhs.count, lhs.key.count, rhs.key) < (rhs.count, rhs.key.count, lhs.key)
      })
    else { return nil }
    let stems = best.key.split(separator: " ").map(String.init)
    return Rendering(
      stems: stems, text: texts[best.key] ?? best.key, count: best.count,
      explained: Set(stems.filter { terms.contains(own, $0) }))
  }

  private func isVerb(_ word: String, _ lexicon: Lexicon) -> Bool {
    lexicon.glosses(for: word).first?.hasPrefix("to ") ?? false
  }

  static func contains(_ stems: [String], _ phrase: [String]) -> Bool {
    guard stems.count >= phrase.count else { return false }
    for start in 0...(stems.count - phrase.count)
    where Array(stems[start..<(start + phrase.count)]) == phrase {
      return true
    }
    return false
  }

  /// A phrase of the same length that keeps the words the dictionary gives for the term and
  /// replaces another ("digital skills" for "digital literacy"), where no other word of the
  /// governing sentence accounts for the replacement: another rendering, not an omission.
  mutating func variant(of usual: Rendering, in index: Int) -> String? {
    let words = translationWords[index]
    let length = usual.stems.count
    guard words.count >= length else { return nil }
    let context = renderable(index)
    for start in 0...(words.count - length)
    where translationRuns[index][start] == translationRuns[index][start + length - 1] {
      let stems = words[start..<(start + length)].map(\.stem)
      var keeps = false
      var replaced = false
      for (position, stem) in stems.enumerated() {
        let expected = usual.stems[position]
        if stem == expected && usual.explained.contains(expected) {
          keeps = true
        } else if stem != expected && !usual.explained.contains(expected) {
          // non-communicable against communicable is another concept, not another rendering.
          if terms.contains(context, stem) || stem.contains(expected) || expected.contains(stem) {
            replaced = false
            break
          }
          replaced = true
        } else {
          replaced = false
          break
        }
      }
      if keeps && replaced {
        return words[start..<(start + length)].map { $0.text.lowercased() }.joined(separator: " ")
      }
    }
    return nil
  }
}
