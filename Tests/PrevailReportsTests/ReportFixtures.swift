import Foundation
import PrevailModel
import PrevailReports
import XCTest

/// A small Chinese-governed document for the HTML, SARIF, JUnit and JSON writers' tests: an
/// omitted list item (老人), a 1-2 bead, a 1-0 and a 0-1 bead, an author list in one version
/// only, a finding with no excerpt, and hostile text (markup, `]]>`, an entity, quotes and a
/// control character) in the English version and in the document name.
enum ReportFixtures {
  /// Stands in for Prevail's version, so the canned outputs do not change with releases.
  static let toolVersion = "9.9.9-test"
  static let checks = ["unmatched-text", "list-items", "numbers", "non-corresponding"]
  static let hostile = "<script>alert(1)</script> ]]> &amp; \"q\"\u{1}"

  static let chineseText = "数字治理原则\n一、包容\n应关注妇女、老人、儿童的平等权利。各方应共同努力。不得歧视。\n作者：张三、李四\n"
  static let englishText =
    "Principles of Digital Governance\n- Inclusion\nAttention should be paid to the equal "
    + "rights of women and children \(hostile). All parties should work together. They should "
    + "act jointly. This sentence has no source.\n"

  static func result(failOn: Severity? = .major, reversed: Bool = false) -> CheckResult {
    let zh = TEIFixtures.Builder(text: chineseText, language: .zh, path: "Corpus/指南/zh.txt")
    let en = TEIFixtures.Builder(text: englishText, language: .en, path: "Corpus/指南/en.txt")

    let zh1 = zh.segment(
      "zh.s1.p1.s1", .sentence, "应关注妇女、老人、儿童的平等权利。",
      children: [
        zh.segment("zh.s1.p1.s1.i1", .listItem, "妇女"),
        zh.segment("zh.s1.p1.s1.i2", .listItem, "老人"),
        zh.segment("zh.s1.p1.s1.i3", .listItem, "儿童"),
      ])
    let zh2 = zh.segment("zh.s1.p1.s2", .sentence, "各方应共同努力。")
    let zh3 = zh.segment("zh.s1.p1.s3", .sentence, "不得歧视。")
    let zhParagraph = zh.segment(
      "zh.s1.p1", .paragraph, "应关注妇女、老人、儿童的平等权利。各方应共同努力。不得歧视。",
      children: [zh1, zh2, zh3])
    let zhSection = zh.segment(
      "zh.s1", .section, "一、包容\n应关注妇女、老人、儿童的平等权利。各方应共同努力。不得歧视。", label: "1",
      children: [zh.segment("zh.s1.h", .heading, "包容"), zhParagraph])
    let zhAuthors = zh.segment("zh.a1", .authors, "作者：张三、李四")
    let zhRoot = Segment(
      id: "zh", kind: .document, range: 0..<zh.scalars.count, text: chineseText,
      children: [zh.segment("zh.t", .title, "数字治理原则"), zhSection, zhAuthors])

    let en1Text = "Attention should be paid to the equal rights of women and children \(hostile)."
    let en1 = en.segment("en.s1.p1.s1", .sentence, en1Text)
    let en2 = en.segment("en.s1.p1.s2", .sentence, "All parties should work together.")
    let en3 = en.segment("en.s1.p1.s3", .sentence, "They should act jointly.")
    let en4 = en.segment("en.s1.p1.s4", .sentence, "This sentence has no source.")
    let enParagraphText =
      "\(en1Text) All parties should work together. They should act jointly. "
      + "This sentence has no source."
    let enParagraph = en.segment(
      "en.s1.p1", .paragraph, enParagraphText, children: [en1, en2, en3, en4])
    let enSection = en.segment(
      "en.s1", .section, "- Inclusion\n" + enParagraphText, label: "1",
      children: [en.segment("en.s1.h", .heading, "Inclusion"), enParagraph])
    let enRoot = Segment(
      id: "en", kind: .document, range: 0..<en.scalars.count, text: englishText,
      children: [en.segment("en.t", .title, "Principles of Digital Governance"), enSection])

    let document = BilingualDocument(
      name: "Guidelines <draft> & \"notes\"", path: "Corpus/指南",
      governing: VersionDocument(
        side: zh.side(), root: zhRoot),
      translation: VersionDocument(
        side: en.side(repairs: [
          Repair(
            kind: .bullet, position: SourcePosition(line: 2, column: 1), original: "⚫",
            replacement: "")
        ]), root: enRoot),
      governingSource: "clause", governingStatement: "如中英文版本有任何不一致，以中文版本为准。")
    let beads = [
      Bead(level: .section, governing: ["zh.s1"], translation: ["en.s1"], score: 0.9),
      Bead(level: .block, governing: ["zh.t"], translation: ["en.t"], score: 0.8),
      Bead(level: .sentence, governing: ["zh.s1.p1.s1"], translation: ["en.s1.p1.s1"], score: 0.8),
      Bead(
        level: .sentence, governing: ["zh.s1.p1.s2"], translation: ["en.s1.p1.s2", "en.s1.p1.s3"],
        score: 0.7),
      Bead(level: .sentence, governing: ["zh.s1.p1.s3"], translation: [], score: 0.5),
      Bead(level: .sentence, governing: [], translation: ["en.s1.p1.s4"], score: 0.5),
    ]
    let aligned = AlignedDocument(
      document: document, beads: beads, nonCorresponding: [(role: .governing, segment: zhAuthors)])

    var findings = [
      Finding(
        check: "list-items", messageID: "list-item-omitted", category: .omission, severity: .major,
        message: "The English translation omits 老人 (old man or woman) from the list 妇女、老人、儿童.",
        governing: zh.excerpt(zh1), translation: en.excerpt(en1),
        evidence: [
          Evidence(
            kind: "missing-item", value: "老人", details: ["old man or woman", "the elderly"]),
          Evidence(kind: "chinese-list", value: "妇女、老人、儿童", details: ["妇女", "老人", "儿童"]),
          Evidence(kind: "english-text", value: en1Text, details: ["best gloss coverage 50%"]),
        ], confidence: 0.75),
      Finding(
        check: "unmatched-text", messageID: "governing-sentence-unmatched", category: .omission,
        severity: .major, message: "The English translation has no counterpart for 不得歧视。 <b>&</b>",
        governing: zh.excerpt(zh3), translation: nil,
        evidence: [Evidence(kind: "governing-text", value: "不得歧视。")], confidence: 0.6),
      Finding(
        check: "unmatched-text", messageID: "translation-sentence-unsourced", category: .addition,
        severity: .minor, message: "The English sentence has no source in the Chinese text.",
        governing: nil, translation: en.excerpt(en4), evidence: [], confidence: 0.5),
      Finding(
        check: "non-corresponding", messageID: "authors", category: .nonCorresponding,
        severity: .neutral, message: "An author list in the Chinese version only.",
        governing: zh.excerpt(zhAuthors), translation: nil,
        evidence: [Evidence(kind: "names", value: "张三", details: ["李四"])], confidence: 1),
      Finding(
        check: "document-structure", messageID: "no-title-pair", category: .structure,
        severity: .minor, message: "The titles could not be compared \(hostile).", governing: nil,
        translation: nil, evidence: [], confidence: 0.3),
    ]
    if reversed { findings.reverse() }
    return CheckResult(
      aligned: aligned, findings: findings, failOn: failOn, toolVersion: toolVersion)
  }

  /// SARIF rules as the CLI builds them from the check registry (three of the four checks).
  static let rules = [
    SARIFRule(
      id: "unmatched-text", title: "Text with no counterpart",
      rationale: "Governing sentences the translation leaves out, and translation text with no "
        + "source.", category: .omission, defaultSeverity: .major),
    SARIFRule(
      id: "list-items", title: "List items in one version only",
      rationale: "Enumeration items present in one version only, in any order.",
      category: .omission, defaultSeverity: .major),
    SARIFRule(
      id: "non-corresponding", title: "Matter in one version only by design",
      rationale: "Author lists, the governing note and appendices: listed, not aligned.",
      category: .nonCorresponding, defaultSeverity: .neutral),
  ]

  /// The package root: three levels above this file.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Tests/PrevailReportsTests/Expected/<name>`.
  static func expectedURL(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Expected").appendingPathComponent(name)
  }

  /// Compares a writer's output with its canned file byte for byte, in the style of SwiftLint's
  /// reporter tests. `PREVAIL_UPDATE_EXPECTED=1 swift test` rewrites the canned files instead.
  static func assertMatchesExpected(
    _ data: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let url = expectedURL(name)
    if ProcessInfo.processInfo.environment["PREVAIL_UPDATE_EXPECTED"] == "1" {
      try data.write(to: url)
      return
    }
    let expected = try Data(contentsOf: url)
    if data != expected {
      let actual = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + name)
      try? data.write(to: actual)
      XCTFail(
        "\(name) differs from the canned output; actual written to \(actual.path)",
        file: file, line: line)
    }
  }
}
