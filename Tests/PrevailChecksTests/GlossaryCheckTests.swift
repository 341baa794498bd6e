import Foundation
import PrevailLexicon
import XCTest

@testable import PrevailChecks

/// The glossary check and glossary terms as dictionary evidence.
final class GlossaryCheckTests: XCTestCase {
  private let glossary = Glossary(entries: [
    GlossaryEntry(
      id: "c1",
      terms: [
        "zh": [GlossaryTerm(text: "数字素养")],
        "en": [
          GlossaryTerm(text: "digital literacy", status: .preferred),
          GlossaryTerm(text: "digital skills", status: .deprecated),
        ],
      ]),
    GlossaryEntry(
      id: "c2",
      terms: ["zh": [GlossaryTerm(text: "韧性")], "en": [GlossaryTerm(text: "resilience")]]),
  ])

  func testReportsAMissingAndADeprecatedRendering() throws {
    let context = try XCTUnwrap(
      CheckTestSupport.context(
        [
          ("提升全民数字素养。", "Improve the digital literacy of all."),
          ("提升全民数字素养。", "Improve the digital skills of all."),
          ("提升全民数字素养。", "Improve the competence of all."),
        ], glossary: glossary))
    let findings = GlossaryCheck().findings(in: context)
    XCTAssertEqual(
      findings.map(\.messageID), ["glossary-deprecated-term-used", "glossary-term-not-used"])
    XCTAssertEqual(findings.first?.severity, .major)
    XCTAssertEqual(findings.first?.evidence.first?.value, "数字素养")
    XCTAssertEqual(findings.first?.translation?.segment, "en.s2")
  }

  func testSilentWithoutAGlossary() throws {
    let context = try XCTUnwrap(
      CheckTestSupport.context([("提升全民数字素养。", "Improve the digital skills of all.")]))
    XCTAssertTrue(GlossaryCheck().findings(in: context).isEmpty)
  }

  func testGlossaryTermsAreDictionaryEvidence() throws {
    let lexicon = try XCTUnwrap(CheckTestSupport.lexicon)
    let plain = TermMatcher(lexicon: lexicon)
    let project = TermMatcher(lexicon: lexicon, glossary: glossary)
    let stems = plain.stems(ofEnglish: "build resilience")
    XCTAssertLessThan(plain.coverage(ofChinese: "韧性", in: stems).score, 0.5)
    XCTAssertEqual(project.coverage(ofChinese: "韧性", in: stems).score, 1)
    XCTAssertEqual(project.words(ofChinese: "提升数字素养"), ["提升", "数字素养"])
  }
}
