import PrevailLexicon
import XCTest

/// Numeral characters that are words or parts of words, and truncated fractions.
final class NumberReaderWordTests: XCTestCase {
  func zh(_ text: String) -> [Double] { NumberReader.numbers(inChinese: text).map(\.value) }

  func testFinancialFormsAloneAreWords() {
    XCTAssertEqual(zh("保护陆地生态系统"), [])
    XCTAssertEqual(zh("保護陸地生態系統"), [])
    XCTAssertEqual(zh("加强人才队伍建设"), [])
    XCTAssertEqual(zh("各方參與治理"), [])
    XCTAssertEqual(zh("收拾残局"), [])
  }

  func testFinancialFormsInARunAreNumbers() {
    XCTAssertEqual(zh("陆佰元"), [600])
    XCTAssertEqual(zh("壹万元"), [10_000])
    XCTAssertEqual(zh("叁拾人"), [30])
  }

  func testAFractionWithoutNumeratorIsNotItsDenominator() {
    XCTAssertEqual(zh("将过早死亡减少三分之"), [])
    XCTAssertEqual(zh("减少三分之一").count, 1)
  }

  func testMeasureWordsAndNumeralCharacters() {
    XCTAssertTrue(NumberReader.isMeasureWord("个"))
    XCTAssertTrue(NumberReader.isMeasureWord("項"))
    XCTAssertFalse(NumberReader.isMeasureWord("地"))
    XCTAssertTrue(NumberReader.isChineseNumeral("三"))
    XCTAssertTrue(NumberReader.isChineseNumeral("万"))
    XCTAssertFalse(NumberReader.isChineseNumeral("方"))
  }
}
