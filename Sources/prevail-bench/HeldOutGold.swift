import Foundation
import PrevailAlign

/// Alignment gold derived from the UN documents in `../shared/corpus`, whose correspondence is
/// documented line by line in their `source.txt`: a held-out check, since nothing in the
/// aligner was tuned on them. Lines are paragraphs there, so beads pair paragraphs.
enum HeldOutGold {
  static func sets(corpus: URL) -> [(String, [(String, GoldDocument)])] {
    var sets: [(String, [(String, GoldDocument)])] = []
    if let udhr = document(corpus.appendingPathComponent("udhr"), gold: udhrGold) {
      sets.append(("un-udhr", [("udhr", udhr)]))
    }
    if let sdg = document(corpus.appendingPathComponent("sdg"), gold: oneToOne) {
      sets.append(("un-sdg", [("sdg", sdg)]))
    }
    return sets
  }

  private static func document(
    _ folder: URL, gold: (Int, Int) -> [SentenceBead]?
  ) -> GoldDocument? {
    guard let zh = try? GoldDocument.lines(folder.appendingPathComponent("zh.txt")),
      let en = try? GoldDocument.lines(folder.appendingPathComponent("en.txt")),
      let beads = gold(zh.count, en.count)
    else { return nil }
    return GoldDocument(zh: zh, en: en, gold: beads)
  }

  /// SDG: "The lines pair 1:1 (same key)."
  private static func oneToOne(_ zh: Int, _ en: Int) -> [SentenceBead]? {
    guard zh == en else { return nil }
    return (0..<zh).map { SentenceBead(zh: [$0], en: [$0]) }
  }

  /// UDHR (1-based in source.txt): zh 1 = en 1; zh 2–3 have no English; zh 4–11 = en 2–9;
  /// zh 12 = en 10–12; from zh 13 = en 13 the lines pair 1:1.
  private static func udhrGold(_ zh: Int, _ en: Int) -> [SentenceBead]? {
    guard zh == 92, en == 92 else { return nil }
    var beads = [SentenceBead(zh: [0], en: [0]), SentenceBead(zh: [1], en: []),
      SentenceBead(zh: [2], en: [])]
    beads += (3...10).map { SentenceBead(zh: [$0], en: [$0 - 2]) }
    beads.append(SentenceBead(zh: [11], en: [9, 10, 11]))
    beads += (12..<92).map { SentenceBead(zh: [$0], en: [$0]) }
    return beads
  }
}
