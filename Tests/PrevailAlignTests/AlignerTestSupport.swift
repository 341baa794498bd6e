import PrevailLexicon
import XCTest

@testable import PrevailAlign

/// A tiny dictionary and sentence generator for hand-made bitexts: every word is a Chinese
/// headword with one English gloss, so a sentence's translation is known exactly.
enum Toy {
  static let words: [(zh: String, en: String)] = [
    ("猫", "cat"), ("狗", "dog"), ("马", "horse"), ("鸟", "bird"), ("鱼", "fish"),
    ("树", "tree"), ("山", "mountain"), ("河", "river"), ("书", "book"), ("桌子", "table"),
    ("房子", "house"), ("城市", "city"), ("学校", "school"), ("老师", "teacher"),
    ("学生", "student"), ("医生", "doctor"), ("农民", "farmer"), ("工人", "worker"),
    ("汽车", "car"), ("火车", "train"), ("飞机", "airplane"), ("苹果", "apple"),
    ("米饭", "rice"), ("茶", "tea"), ("咖啡", "coffee"), ("红色", "red"), ("蓝色", "blue"),
    ("绿色", "green"), ("窗户", "window"), ("门", "door"), ("花园", "garden"),
    ("森林", "forest"), ("海洋", "ocean"), ("天空", "sky"), ("月亮", "moon"), ("太阳", "sun"),
    ("星星", "star"), ("雨", "rain"), ("雪", "snow"), ("风", "wind"), ("桥", "bridge"),
    ("道路", "road"), ("村庄", "village"), ("市场", "market"), ("医院", "hospital"),
    ("银行", "bank"), ("公园", "park"), ("图书馆", "library"), ("博物馆", "museum"),
    ("音乐", "music"), ("电影", "movie"), ("报纸", "newspaper"), ("信", "letter"),
    ("钥匙", "key"), ("椅子", "chair"), ("杯子", "cup"), ("盘子", "plate"), ("刀", "knife"),
    ("面包", "bread"), ("牛奶", "milk"),
  ]

  static let cedict: String =
    words.map { "\($0.zh) \($0.zh) [x1] /\($0.en)/" }
    .joined(separator: "\n") + "\n"

  static func lexicon() throws -> Lexicon { try Lexicon(cedict: cedict) }

  /// A Chinese sentence and its English translation made of the given words.
  static func sentence(_ indices: [Int]) -> (zh: String, en: String) {
    let picked = indices.map { words[$0 % words.count] }
    let zh = picked.map(\.zh).joined(separator: "和") + "。"
    let en = "The " + picked.map(\.en).joined(separator: " and the ") + " are here."
    return (zh, en)
  }

  /// A deterministic pseudo-random sentence (four words), optionally with a number in it (as
  /// real text has numbers and names that make anchors).
  static func sentence(seed: Int, number: Int? = nil) -> (zh: String, en: String) {
    var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    var indices: [Int] = []
    while indices.count < 4 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let index = Int((state >> 33) % UInt64(words.count))
      if !indices.contains(index) { indices.append(index) }
    }
    let plain = sentence(indices)
    guard let number else { return plain }
    return (
      plain.zh.replacingOccurrences(of: "。", with: "，共\(number)个。"),
      plain.en + " \(number) of them."
    )
  }

  /// Checks that beads cover every sentence once, in order, with scores in [0, 1].
  static func assertWellFormed(
    _ beads: [SentenceBead], zh: Int, en: Int, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(beads.flatMap(\.zh), Array(0..<zh), "Chinese coverage", file: file, line: line)
    XCTAssertEqual(beads.flatMap(\.en), Array(0..<en), "English coverage", file: file, line: line)
    for bead in beads {
      XCTAssertFalse(bead.zh.isEmpty && bead.en.isEmpty, file: file, line: line)
      XCTAssertTrue((0...1).contains(bead.score), "score \(bead.score)", file: file, line: line)
    }
  }
}
