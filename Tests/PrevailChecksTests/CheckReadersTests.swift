import PrevailLexicon
import PrevailModel
import XCTest

@testable import PrevailChecks

/// The readers behind the checks: labels, cross-references, modality, numbers in words.
final class CheckReadersTests: XCTestCase {
  func testLeadingLabels() {
    XCTAssertEqual(LeadingLabel("17.6 Enhance North-South")?.value, "17.6")
    XCTAssertEqual(LeadingLabel("1.4到2030年,确保")?.value, "1.4")
    XCTAssertEqual(LeadingLabel("3.b 支持")?.value, "3.b")
    XCTAssertEqual(LeadingLabel("Goal 3. Ensure healthy lives")?.value, "3")
    XCTAssertEqual(LeadingLabel("目标3. 确保")?.value, "3")
    XCTAssertNil(LeadingLabel("2030年,确保"))
    XCTAssertNil(LeadingLabel("70 per cent of"))
  }

  func testCrossReferenceSetsByValue() {
    XCTAssertEqual(
      CrossReferences("第二百四十条至第二百四十三条", .zh).numbers[.article], [240, 241, 242, 243])
    XCTAssertEqual(CrossReferences("第240条至243条", .zh).numbers[.article], [240, 241, 242, 243])
    XCTAssertEqual(CrossReferences("第五条、第七条和第九条", .zh).numbers[.article], [5, 7, 9])
    XCTAssertEqual(CrossReferences("本条第二款第三项", .zh).numbers[.paragraph], [2])
    XCTAssertEqual(CrossReferences("本条第二款第三项", .zh).numbers[.item], [3])
    XCTAssertEqual(
      CrossReferences("Articles 240 to 243", .en).numbers[.article], [240, 241, 242, 243])
    XCTAssertEqual(CrossReferences("Article 240 or 241", .en).numbers[.article], [240, 241])
    XCTAssertEqual(CrossReferences("paragraph 2 of Article 5", .en).numbers[.paragraph], [2])
    XCTAssertTrue(CrossReferences("第三方机构", .zh).numbers.isEmpty)
  }

  func testModalityMarkersAreWholeWords() throws {
    let reader = ModalityReader(lexicon: try XCTUnwrap(CheckTestSupport.lexicon))
    let words = reader.profile("推动可持续发展，获得可靠的数据，不断完善应用，响应需求。", .zh)
    XCTAssertFalse(words.permission || words.obligation || words.prohibition || words.negation)
    XCTAssertTrue(reader.profile("缔约方不得限制。", .zh).prohibition)
    XCTAssertTrue(reader.profile("各方应当保护。", .zh).obligation)
    XCTAssertTrue(reader.profile("当事人得申请复议。", .zh).permission)
    XCTAssertFalse(reader.profile("他做得很好。", .zh).permission)
    XCTAssertTrue(reader.profile("No one shall be held in slavery.", .en).prohibition)
    XCTAssertTrue(reader.profile("Everyone has the right to life.", .en).permission)
    XCTAssertFalse(reader.profile("not only data but also rules", .en).negation)
  }

  func testNumbersInsideWordsAreWeakAndBoundsAreRead() throws {
    let reader = NumberMentions(lexicon: try XCTUnwrap(CheckTestSupport.lexicon))
    let zh = reader.read("五个内涵和三方合作，不超过10人", .zh, labelLength: 0)
    XCTAssertEqual(zh.map(\.mention.value), [5, 3, 10])
    XCTAssertEqual(zh.map(\.weak), [false, false, false])
    XCTAssertEqual(zh.last?.bound, .upper)
    let en = reader.read(
      "triangular cooperation for at least 10 people under-5", .en, labelLength: 0)
    XCTAssertTrue(en.contains { $0.mention.value == 3 && $0.weak })
    XCTAssertTrue(en.contains { $0.mention.value == 10 && $0.bound == .lower })
    XCTAssertTrue(en.contains { $0.mention.value == 5 && $0.bound == .upper })
  }
}
