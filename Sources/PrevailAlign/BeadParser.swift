/// Reads the `[zh indices]:[en indices]` bead format (one bead per line, 0-based), the format of
/// the gold `.align` files and of `BeadFormatter.beads`.
public enum BeadParser {
  /// A line that is not a bead.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    public var text: String

    public var description: String { "line \(line): not a bead: \(text)" }
  }

  /// Parses every non-blank line; scores are 1.
  public static func parse(_ text: String) throws(Failure) -> [SentenceBead] {
    var beads: [SentenceBead] = []
    var number = 0
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for rawLine in lines {
      number += 1
      let line = rawLine.trimmingCharacters(in: " \t\r")
      if line.isEmpty { continue }
      guard let bead = parseLine(line) else {
        throw Failure(line: number, text: String(line))
      }
      beads.append(bead)
    }
    return beads
  }

  /// Parses one `[i,…]:[j,…]` bead, or nil.
  public static func parseLine(_ line: Substring) -> SentenceBead? {
    let parts = line.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, let zh = indices(parts[0]), let en = indices(parts[1]) else {
      return nil
    }
    return SentenceBead(zh: zh, en: en, score: 1)
  }

  private static func indices(_ field: Substring) -> [Int]? {
    let trimmed = field.trimmingCharacters(in: " \t")
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
    let inner = trimmed.dropFirst().dropLast().trimmingCharacters(in: " \t")
    if inner.isEmpty { return [] }
    var result: [Int] = []
    for item in inner.split(separator: ",", omittingEmptySubsequences: false) {
      guard let value = Int(item.trimmingCharacters(in: " \t")), value >= 0 else { return nil }
      result.append(value)
    }
    return result
  }
}

extension StringProtocol where SubSequence == Substring {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return slice
  }
}
