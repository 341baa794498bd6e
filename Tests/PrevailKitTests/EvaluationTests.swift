import Foundation
import PrevailKit
import PrevailModel
import XCTest

/// The gold matcher and the metric arithmetic, on hand-made findings and gold.
final class EvaluationTests: XCTestCase {
  private func finding(
    _ category: IssueCategory, _ severity: Severity, governing: Int?, translation: Int?,
    evidence: [String] = [], check: String = "test"
  ) -> LocatedFinding {
    let excerpt = { (line: Int?, side: String) -> Excerpt? in
      line.map {
        Excerpt(segment: "\(side).\($0)", text: "t", position: .init(line: $0, column: 1))
      }
    }
    let finding = Finding(
      check: check, messageID: "m", category: category, severity: severity, message: "msg",
      governing: excerpt(governing, "zh"), translation: excerpt(translation, "en"),
      evidence: evidence.map { Evidence(kind: "term", value: $0) }, confidence: 1)
    return LocatedFinding(
      finding, governingLines: governing.map { $0...$0 },
      translationLines: translation.map { $0...$0 })
  }

  private func item(
    _ id: String, _ category: IssueCategory, _ severity: Severity,
    governing: (Int, Int, String)?, translation: (Int, Int, String)?
  ) -> ExpectedDiscrepancy {
    ExpectedDiscrepancy(
      id: id, category: category, severity: severity,
      governing: governing.map { GoldExcerpt(line: $0.0, endLine: $0.1, text: $0.2) },
      translation: translation.map { GoldExcerpt(line: $0.0, endLine: $0.1, text: $0.2) })
  }

  func testFindingCountsForTheGoldItemAtItsPlace() {
    let elderly = item(
      "elderly", .omission, .major, governing: (389, 391, "妇女、老人、儿童"),
      translation: (36, 37, "women"))
    let scale = item(
      "scale", .omission, .major, governing: (399, 401, "大规模"), translation: (50, 51, "flow"))
    let matcher = GoldMatcher()
    let found = finding(.omission, .major, governing: 389, translation: 36)
    XCTAssertTrue(matcher.matches(found, elderly))
    XCTAssertFalse(matcher.matches(found, scale))
    // The translation side alone is enough.
    XCTAssertTrue(
      matcher.matches(finding(.omission, .major, governing: nil, translation: 51), scale))
  }

  func testLineToleranceIsOneLineEitherSideByDefault() {
    let gold = item("g", .omission, .major, governing: (100, 102, "甲"), translation: nil)
    let matcher = GoldMatcher()
    XCTAssertTrue(
      matcher.matches(finding(.omission, .major, governing: 99, translation: nil), gold))
    XCTAssertTrue(
      matcher.matches(finding(.omission, .major, governing: 103, translation: nil), gold))
    XCTAssertFalse(
      matcher.matches(finding(.omission, .major, governing: 98, translation: nil), gold))
    XCTAssertFalse(
      matcher.matches(finding(.omission, .major, governing: 104, translation: nil), gold))
    let strict = GoldMatcher(lineTolerance: 0)
    XCTAssertFalse(
      strict.matches(finding(.omission, .major, governing: 99, translation: nil), gold))
    XCTAssertTrue(
      strict.matches(finding(.omission, .major, governing: 101, translation: nil), gold))
  }

  func testEvidenceInTheGoldTextMatchesAFindingThatStartsEarlier() {
    let gold = item(
      "g", .omission, .major, governing: (406, 408, "压制国内数据安全法中的禁止性规定"), translation: nil)
    var paragraph = finding(
      .omission, .major, governing: 402, translation: nil, evidence: ["禁止性规定"])
    paragraph.governingLines = 402...408
    XCTAssertTrue(GoldMatcher().matches(paragraph, gold))
    var unrelated = finding(.omission, .major, governing: 402, translation: nil, evidence: ["跨境"])
    unrelated.governingLines = 402...408
    XCTAssertFalse(GoldMatcher().matches(unrelated, gold))
    // Evidence alone, far away, is not enough.
    let far = finding(.omission, .major, governing: 300, translation: nil, evidence: ["禁止性规定"])
    XCTAssertFalse(GoldMatcher().matches(far, gold))
  }

  func testCategoryFamilies() {
    XCTAssertTrue(GoldMatcher.compatible(gold: .omission, finding: .omission))
    XCTAssertTrue(GoldMatcher.compatible(gold: .omission, finding: .mistranslation))
    XCTAssertTrue(GoldMatcher.compatible(gold: .omission, finding: .structure))
    XCTAssertFalse(GoldMatcher.compatible(gold: .omission, finding: .addition))
    XCTAssertFalse(GoldMatcher.compatible(gold: .addition, finding: .omission))
    XCTAssertTrue(GoldMatcher.compatible(gold: .mistranslation, finding: .omission))
    XCTAssertTrue(GoldMatcher.compatible(gold: .mistranslation, finding: .addition))
    XCTAssertTrue(GoldMatcher.compatible(gold: .terminology, finding: .terminology))
    XCTAssertFalse(GoldMatcher.compatible(gold: .terminology, finding: .omission))
    XCTAssertFalse(GoldMatcher.compatible(gold: .omission, finding: .nonCorresponding))
    let gold = item("g", .omission, .major, governing: (10, 10, "甲"), translation: nil)
    XCTAssertFalse(
      GoldMatcher().matches(finding(.addition, .major, governing: 10, translation: nil), gold))
  }

  func testScoreArithmetic() {
    let score = EvaluationScore(gold: 4, found: 3, findings: 5, correct: 2)
    XCTAssertEqual(score.recall ?? -1, 0.75, accuracy: 1e-9)
    XCTAssertEqual(score.precision ?? -1, 0.4, accuracy: 1e-9)
    XCTAssertEqual(score.f1 ?? -1, 2 * 0.4 * 0.75 / 1.15, accuracy: 1e-9)
    XCTAssertNil(EvaluationScore(gold: 2, found: 0, findings: 0, correct: 0).precision)
    XCTAssertEqual(EvaluationScore(gold: 2, found: 0, findings: 1, correct: 0).f1, 0)
  }

  func testOneFindingFindsOneItemAndPrefersTheItemItQuotes() {
    // Three neighbouring items, two findings: one near all three quoting none, one quoting "b".
    let gold = ExpectedFindings(
      discrepancies: [
        item("a", .omission, .major, governing: (10, 10, "甲乙"), translation: (5, 5, "a")),
        item("b", .omission, .major, governing: (11, 11, "同行评议"), translation: (6, 6, "b")),
        item("c", .omission, .major, governing: (11, 11, "丙丁"), translation: (6, 6, "c")),
      ], equivalences: [])
    let findings = [
      finding(.omission, .major, governing: 11, translation: 6, evidence: ["同行评议"]),
      finding(.omission, .major, governing: 10, translation: 5),
    ]
    let major = Evaluation(gold: gold, findings: findings).majorAndCritical
    XCTAssertEqual(major.overall, EvaluationScore(gold: 3, found: 2, findings: 2, correct: 2))
    XCTAssertEqual(major.misses.map(\.id), ["c"])
    // Alone, the finding near all three still finds only one.
    let single = Evaluation(gold: gold, findings: [findings[1]]).majorAndCritical
    XCTAssertEqual(single.overall.found, 1)
  }

  func testEvaluationCountsBySeverityAndCategory() {
    let gold = ExpectedFindings(
      discrepancies: [
        item("a", .omission, .major, governing: (10, 10, "甲"), translation: (5, 5, "a")),
        item("b", .addition, .major, governing: nil, translation: (20, 20, "b")),
        item("c", .mistranslation, .minor, governing: (30, 30, "丙"), translation: (15, 15, "c")),
        item("d", .omission, .critical, governing: (40, 40, "丁"), translation: nil),
      ],
      equivalences: [
        ExpectedEquivalence(
          governing: GoldExcerpt(line: 50, text: "五个内涵"),
          translation: GoldExcerpt(line: 25, text: "five dimensions"))
      ])
    let findings = [
      finding(.omission, .major, governing: 10, translation: 5),  // a
      finding(.omission, .major, governing: 10, translation: 5),  // a again: duplicate
      finding(.mistranslation, .major, governing: 30, translation: 15),  // c, over-rated
      finding(.addition, .minor, governing: nil, translation: 20),  // b, but below major
      finding(.mistranslation, .major, governing: 50, translation: 25),  // on an equivalence
      finding(.omission, .minor, governing: 70, translation: nil),  // false alarm, minor
      finding(.nonCorresponding, .neutral, governing: nil, translation: 90),  // not scored
    ]
    let evaluation = Evaluation(gold: gold, findings: findings)
    let major = evaluation.majorAndCritical
    XCTAssertEqual(major.overall, EvaluationScore(gold: 3, found: 1, findings: 4, correct: 3))
    XCTAssertEqual(major.misses.map(\.id), ["b", "d"])
    XCTAssertEqual(major.foundBelowThreshold, ["b"])
    XCTAssertEqual(major.falseAlarms.count, 1)
    XCTAssertEqual(
      major.categories[.omission], EvaluationScore(gold: 2, found: 1, findings: 2, correct: 2))
    XCTAssertEqual(
      major.categories[.addition], EvaluationScore(gold: 1, found: 0, findings: 0, correct: 0))
    let all = evaluation.allSeverities
    XCTAssertEqual(all.overall, EvaluationScore(gold: 4, found: 3, findings: 6, correct: 4))
    XCTAssertEqual(all.misses.map(\.id), ["d"])
    XCTAssertEqual(all.falseAlarms.count, 2)
    XCTAssertEqual(evaluation.neutral, 1)
    XCTAssertEqual(evaluation.duplicates, 1)
    XCTAssertEqual(evaluation.violations.count, 1)
    XCTAssertEqual(evaluation.violations.first?.finding.finding.governing?.line, 50)
  }

  func testReportIsDeterministicAndListsOneLinePerMiss() {
    let gold = ExpectedFindings(discrepancies: [
      item("only", .omission, .major, governing: (3, 3, "甲"), translation: nil)
    ])
    let evaluation = Evaluation(gold: gold, findings: [])
    let text = EvaluationReport.text(evaluation, goldPath: "gold.json")
    XCTAssertEqual(text, EvaluationReport.text(evaluation, goldPath: "gold.json"))
    XCTAssertTrue(text.contains("  MISS only major accuracy/omission zh 3 en -: \n"))
    XCTAssertTrue(text.contains("overall                       1     0      0.000   0"))
  }

  func testGoldDecodingRejectsBadInput() throws {
    let good = """
      {"version":1,"document":"d.txt","governing":"zh","discrepancies":[{"id":"x",
      "category":"accuracy/omission","severity":"major","governing":{"line":3,"text":"甲"},
      "translation":null,"note":""}],"equivalences":[]}
      """
    XCTAssertEqual(try ExpectedFindings.decode(Data(good.utf8)).discrepancies.count, 1)
    let badCategory = good.replacingOccurrences(of: "accuracy/omission", with: "accuracy/typo")
    XCTAssertThrowsError(try ExpectedFindings.decode(Data(badCategory.utf8)))
    let noSide = good.replacingOccurrences(of: "{\"line\":3,\"text\":\"甲\"}", with: "null")
    XCTAssertThrowsError(try ExpectedFindings.decode(Data(noSide.utf8)))
    let version = good.replacingOccurrences(of: "\"version\":1", with: "\"version\":2")
    XCTAssertThrowsError(try ExpectedFindings.decode(Data(version.utf8)))
    XCTAssertThrowsError(try ExpectedFindings.load(path: "/nonexistent/gold.json")) {
      XCTAssertEqual($0 as? GoldError, .unreadable(path: "/nonexistent/gold.json"))
    }
  }
}
