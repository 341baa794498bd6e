import PrevailModel

/// A governing sentence in two revisions of a document.
public struct RevisionSentencePair: Hashable, Sendable {
  public var old: Segment
  public var new: Segment
  /// Character-bigram similarity of the two texts, 0 to 1.
  public var similarity: Double
}

/// Pairs the sentences of two revisions of one version: unchanged text first, then the same
/// segment id with similar text, then the most similar text.
enum RevisionMatcher {
  /// The pairs whose text changed (whitespace aside).
  static func changedPairs(old: [Segment], new: [Segment], threshold: Double)
    -> [RevisionSentencePair]
  {
    var oldLeft = Set(old.indices)
    var newLeft = Set(new.indices)
    // Unchanged text, preferring the same id, then text order.
    var oldByText: [String: [Int]] = [:]
    for index in old.indices {
      oldByText[RevisionSimilarity.folded(old[index].text), default: []].append(index)
    }
    for index in new.indices {
      guard let candidates = oldByText[RevisionSimilarity.folded(new[index].text)] else { continue }
      let open = candidates.filter { oldLeft.contains($0) }
      guard let chosen = open.first(where: { old[$0].id == new[index].id }) ?? open.first else {
        continue
      }
      oldLeft.remove(chosen)
      newLeft.remove(index)
    }
    var pairs: [RevisionSentencePair] = []
    // Same id, similar enough.
    var oldByID: [String: Int] = [:]
    for index in oldLeft { oldByID[old[index].id] = index }
    for index in newLeft.sorted() {
      guard let match = oldByID[new[index].id], oldLeft.contains(match) else { continue }
      let similarity = RevisionSimilarity.dice(old[match].text, new[index].text)
      guard similarity >= threshold else { continue }
      pairs.append(RevisionSentencePair(old: old[match], new: new[index], similarity: similarity))
      oldLeft.remove(match)
      newLeft.remove(index)
    }
    // Most similar first among the rest.
    var candidates: [(Double, Int, Int)] = []
    for newIndex in newLeft {
      for oldIndex in oldLeft {
        let similarity = RevisionSimilarity.dice(old[oldIndex].text, new[newIndex].text)
        if similarity >= threshold { candidates.append((similarity, oldIndex, newIndex)) }
      }
    }
    candidates.sort { ($0.0, -$0.2, -$0.1) > ($1.0, -$1.2, -$1.1) }
    for (similarity, oldIndex, newIndex) in candidates
    where oldLeft.contains(oldIndex) && newLeft.contains(newIndex) {
      pairs.append(
        RevisionSentencePair(old: old[oldIndex], new: new[newIndex], similarity: similarity))
      oldLeft.remove(oldIndex)
      newLeft.remove(newIndex)
    }
    return pairs.sorted { $0.new.range.lowerBound < $1.new.range.lowerBound }
  }
}

/// Similarity of two texts in any script: Dice coefficient over character bigrams, whitespace
/// ignored.
public enum RevisionSimilarity {
  public static func dice(_ lhs: String, _ rhs: String) -> Double {
    let left = bigrams(lhs)
    let right = bigrams(rhs)
    let total = left.values.reduce(0, +) + right.values.reduce(0, +)
    guard total > 0 else { return lhs == rhs ? 1 : 0 }
    var shared = 0
    for (gram, count) in left { shared += min(count, right[gram] ?? 0) }
    return Double(2 * shared) / Double(total)
  }

  private static func bigrams(_ text: String) -> [String: Int] {
    let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }.map {
      String($0).lowercased()
    }
    guard scalars.count > 1 else { return scalars.isEmpty ? [:] : [scalars[0]: 1] }
    var result: [String: Int] = [:]
    for index in 1..<scalars.count { result[scalars[index - 1] + scalars[index], default: 0] += 1 }
    return result
  }
}

extension RevisionSimilarity {
  /// Whitespace folded, as fingerprints fold it.
  static func folded(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
