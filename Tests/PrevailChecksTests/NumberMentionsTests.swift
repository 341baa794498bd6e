import PrevailLexicon
import PrevailModel
import XCTest

@testable import PrevailChecks

/// Which numbers of a sentence must be rendered (strong) and which may only match (weak).
final class NumberMentionsTests: XCTestCase {
  private func read(_ text: String, _ language: Language) throws -> [(Double, Bool)] {
    let lexicon = try XCTUnwrap(CheckTestSupport.lexicon)
    return NumberMentions(lexicon: lexicon).read(text, language, labelLength: 0).map {
      ($0.mention.value, $0.weak)
    }
  }

  func testAListLabelOpeningTheSentenceIsWeak() throws {
    XCTAssertEqual(try read("3.如果系统已知，则可以研究。", .zh).map(\.1), [true])
    XCTAssertEqual(try read("共3.5万人。", .zh).map(\.1), [false])
    XCTAssertEqual(try read("2) Protect data.", .en).map(\.1), [true])
  }

  func testUnitsAreQuantitiesAndCodesAreNot() throws {
    XCTAssertEqual(try read("约75~76 GHz", .zh).map(\.0), [75, 76])
    XCTAssertEqual(try read("below 300MHz", .en).map(\.0), [300])
    XCTAssertTrue(try read("5G networks", .en).isEmpty)
  }

  func testYearsAndDecadesImplyTheirCentury() throws {
    let strong = try read("in the 1960s and in 1653", .en).filter { !$0.1 }.map(\.0)
    let weak = try read("in the 1960s and in 1653", .en).filter(\.1).map(\.0)
    XCTAssertEqual(strong, [1653])
    XCTAssertEqual(Set(weak), [20, 60, 17])
  }

  func testRomanNumeralsAfterACapitalizedWord() throws {
    XCTAssertEqual(try read("during World War II", .en).map(\.0), [2])
    XCTAssertTrue(try read("I think", .en).isEmpty)
  }

  func testNamesWithNumeralsAreWeak() throws {
    XCTAssertEqual(try read("罗小四问王二。", .zh).map(\.1), [true, true])
    XCTAssertEqual(try read("三个国家", .zh).map(\.1), [false])
  }
}
