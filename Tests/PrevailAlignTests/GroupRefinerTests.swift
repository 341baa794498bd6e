import PrevailLexicon
import XCTest

@testable import PrevailAlign

/// Strays are judged against how much the block's own 1-1 pairs render.
final class GroupRefinerTests: XCTestCase {
  func testTheStrayThresholdFallsForFreeTranslations() {
    XCTAssertEqual(GroupRefiner.threshold(typical: nil), GroupRefiner.minimumEvidence)
    XCTAssertEqual(GroupRefiner.threshold(typical: 0.8), GroupRefiner.minimumEvidence)
    XCTAssertEqual(GroupRefiner.threshold(typical: 0.3), 0.09, accuracy: 1e-9)
  }

  func testAMemberSharingNothingIsAStrayAtAnyThreshold() throws {
    let refiner = GroupRefiner(lexicon: try Toy.lexicon())
    let zh = ["猫狗马鸟鱼。", "树山河书房子。"]
    let en = ["cat dog horse bird fish."]
    XCTAssertEqual(refiner.strays(zh: zh, en: en, minimumEvidence: 0.05).zh, [1])
    XCTAssertEqual(refiner.strays(zh: zh, en: en).zh, [1])
  }
}
