import PrevailLexicon
import PrevailModel
import XCTest

@testable import PrevailChecks

/// Reading modal force from English and Chinese words.
final class ModalityReaderTests: XCTestCase {
  private func reader() throws -> ModalityReader {
    ModalityReader(lexicon: try XCTUnwrap(CheckTestSupport.lexicon))
  }

  func testWillAfterADeterminerIsANounNotAModal() throws {
    let profile = try reader().profile(
      "The will of the people may be the basis of the authority of government", .en)
    XCTAssertFalse(profile.firmBroadObligation)
    XCTAssertTrue(profile.discretionaryMay)
    let modal = try reader().profile("States will report every year", .en)
    XCTAssertTrue(modal.firmBroadObligation)
  }

  func testMayTheMonthIsNoPermission() throws {
    let profile = try reader().profile("The report adopted in May 2015 sets targets", .en)
    XCTAssertFalse(profile.permission)
    XCTAssertFalse(profile.discretionaryMay)
  }

  func testNegatedMayIsAProhibitionNotAPermission() throws {
    for text in ["No one may be held in slavery", "These rights may in no case be exercised"] {
      let profile = try reader().profile(text, .en)
      XCTAssertTrue(profile.prohibition, text)
      XCTAssertFalse(profile.discretionaryMay, text)
    }
  }

  func testChinesePossibilityWords() throws {
    XCTAssertTrue(try reader().profile("使人民得以享受这些权利。", .zh).possibility)
    XCTAssertFalse(try reader().profile("人民的意志是政府权力的基础。", .zh).possibility)
  }
}
