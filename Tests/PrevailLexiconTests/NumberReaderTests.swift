import PrevailLexicon
import XCTest

/// Numbers by value in both scripts, and acronyms.
final class NumberReaderTests: XCTestCase {
  func zh(_ text: String) -> [Double] { NumberReader.numbers(inChinese: text).map(\.value) }
  func en(_ text: String) -> [Double] { NumberReader.numbers(inEnglish: text).map(\.value) }

  func testChineseArabicForms() {
    XCTAssertEqual(zh("共5例"), [5])
    XCTAssertEqual(zh("每10万例"), [100_000])
    XCTAssertEqual(zh("每1 000例"), [1000])
    XCTAssertEqual(zh("每1,000例"), [1000])
    XCTAssertEqual(zh("每100万人口"), [1_000_000])
    XCTAssertEqual(zh("１２３人"), [123])
    XCTAssertEqual(zh("3.5万"), [35_000])
    XCTAssertEqual(zh("1000亿美元"), [1e11])
    // A full-width comma before exactly three digits groups thousands; elsewhere it separates.
    XCTAssertEqual(zh("25，000英亩"), [25_000])
    XCTAssertEqual(zh("4，000万美元"), [40_000_000])
    XCTAssertEqual(zh("第5，10条"), [5, 10])
  }

  func testChineseNumerals() {
    XCTAssertEqual(zh("五个内涵"), [5])
    XCTAssertEqual(zh("十二"), [12])
    XCTAssertEqual(zh("两百"), [200])
    XCTAssertEqual(zh("三千五百"), [3500])
    XCTAssertEqual(zh("三千五"), [3500])
    XCTAssertEqual(zh("一百零五"), [105])
    XCTAssertEqual(zh("两万五"), [25_000])
    XCTAssertEqual(zh("十年"), [10])
    XCTAssertEqual(zh("三四个"), [3, 4])
    XCTAssertEqual(zh("借了二十两银子"), [20])
    XCTAssertEqual(zh("一万两千"), [12_000])
  }

  func testChineseKinds() {
    let percent = NumberReader.numbers(inChinese: "增长百分之五")
    XCTAssertEqual(percent.map(\.value), [5])
    XCTAssertEqual(percent.first?.kind, .percent)
    XCTAssertEqual(percent.first?.text, "百分之五")
    XCTAssertEqual(percent.first?.range, 2..<6)
    XCTAssertEqual(NumberReader.numbers(inChinese: "5%").first?.kind, .percent)
    XCTAssertEqual(NumberReader.numbers(inChinese: "5％").first?.kind, .percent)
    let fraction = NumberReader.numbers(inChinese: "三分之二")
    XCTAssertEqual(fraction.first?.value ?? 0, 2.0 / 3.0, accuracy: 1e-9)
    XCTAssertEqual(fraction.first?.kind, .cardinal)
    let ordinal = NumberReader.numbers(inChinese: "第三人")
    XCTAssertEqual(ordinal.map(\.value), [3])
    XCTAssertEqual(ordinal.first?.kind, .ordinal)
    XCTAssertEqual(ordinal.first?.text, "第三")
    XCTAssertEqual(NumberReader.numbers(inChinese: "第一条").first?.kind, .ordinal)
    for (text, year) in [("一九四八年", 1948.0), ("2030年", 2030), ("民國八十年", 1991), ("民国元年", 1912)] {
      let mention = NumberReader.numbers(inChinese: text)
      XCTAssertEqual(mention.map(\.value), [year], text)
      XCTAssertEqual(mention.first?.kind, .year, text)
    }
    XCTAssertEqual(NumberReader.numbers(inChinese: "十年").first?.kind, .cardinal)
  }

  func testChineseWordsWithOneAreNotNumbers() {
    XCTAssertEqual(zh("一起、一些、统一、一般、唯一、进一步、一切、一致"), [])
    XCTAssertEqual(zh("万一出现问题"), [])
    XCTAssertEqual(zh("十分重要"), [])
    XCTAssertEqual(zh("一个问题和两项任务"), [1, 2])
    XCTAssertEqual(zh("十分之一"), [0.1])
    XCTAssertEqual(zh("IPv6地址和G20"), [])
  }

  func testEnglishDigits() {
    XCTAssertEqual(en("5, 1,000, 1 000 and 1.25"), [5, 1000, 1000, 1.25])
    XCTAssertEqual(en("$100 billion"), [1e11])
    XCTAssertEqual(en("1 million people"), [1e6])
    XCTAssertEqual(en("10‐Year Plan"), [10])
    XCTAssertEqual(en("10-Year Plan"), [10])
    XCTAssertEqual(en("IPv6, G20, 5G and COVID-19"), [])
  }

  func testEnglishWords() {
    XCTAssertEqual(en("five dimensions"), [5])
    XCTAssertEqual(en("twenty-one"), [21])
    XCTAssertEqual(en("twenty‐one"), [21])
    XCTAssertEqual(en("a hundred and five"), [105])
    XCTAssertEqual(en("hundred"), [100])
    XCTAssertEqual(en("three thousand five hundred"), [3500])
    XCTAssertEqual(en("one child"), [1])
    XCTAssertEqual(en("one of them, no one and each one"), [])
    let fraction = en("two thirds")
    XCTAssertEqual(fraction.first ?? 0, 2.0 / 3.0, accuracy: 1e-9)
  }

  func testEnglishKinds() {
    let third = NumberReader.numbers(inEnglish: "the third person")
    XCTAssertEqual(third.map(\.value), [3])
    XCTAssertEqual(third.first?.kind, .ordinal)
    XCTAssertEqual(NumberReader.numbers(inEnglish: "the 21st century").first?.kind, .ordinal)
    XCTAssertEqual(NumberReader.numbers(inEnglish: "twenty-first").map(\.value), [21])
    for text in ["5%", "5 per cent", "5 percent", "five per cent"] {
      let mention = NumberReader.numbers(inEnglish: text)
      XCTAssertEqual(mention.map(\.value), [5], text)
      XCTAssertEqual(mention.first?.kind, .percent, text)
      XCTAssertEqual(mention.first?.range, 0..<text.unicodeScalars.count, text)
    }
    let years = NumberReader.numbers(inEnglish: "in 1948 and by 2030")
    XCTAssertEqual(years.map(\.value), [1948, 2030])
    XCTAssertEqual(years.map(\.kind), [.year, .year])
    XCTAssertEqual(NumberReader.numbers(inEnglish: "1,948 cases").first?.kind, .cardinal)
  }

  func testSameValuesAcrossVersions() {
    let pairs: [(String, String)] = [
      ("1000亿美元", "$100 billion"), ("十年规划", "10‐Year Plan"), ("五个内涵", "five dimensions"),
      ("每10万例", "per 100,000 cases"), ("百分之五", "5 per cent"), ("第三人", "third person"),
    ]
    for (chinese, english) in pairs {
      XCTAssertEqual(zh(chinese), en(english), "\(chinese) vs \(english)")
    }
  }

  func testAcronyms() {
    XCTAssertEqual(
      NumberReader.acronyms(in: "IPv6, GDC, UN, ICT, CNNIC and AI on the Internet"),
      ["IPv6", "GDC", "UN", "ICT", "CNNIC", "AI"])
    XCTAssertEqual(NumberReader.acronyms(in: "推动IPv6规模部署"), ["IPv6"])
    XCTAssertEqual(NumberReader.acronyms(in: "promote large-scale IPv6 deployment"), ["IPv6"])
    XCTAssertEqual(NumberReader.acronyms(in: "The Internet in the 21st century, 5km, 1990s"), [])
    XCTAssertEqual(NumberReader.acronyms(in: "G20 and 5G"), ["G20", "5G"])
    XCTAssertEqual(NumberReader.acronyms(in: "CORE PRINCIPLE ONE: the UN"), ["UN"])
  }
}
