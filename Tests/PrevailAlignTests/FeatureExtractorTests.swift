import XCTest

@testable import PrevailAlign

#if canImport(FoundationXML)
  import FoundationXML
#else
  import Foundation
#endif

final class FeatureExtractorTests: XCTestCase {
  func testNumbersLatinTokensAndPunctuationShareKeys() throws {
    let extractor = FeatureExtractor(lexicon: try Toy.lexicon())
    let features = extractor.features(
      zh: ["猫在2019年看见了IBM的狗吗？"], en: ["Did the cat see IBM's dog in 2019?"])
    let zhKeys = Set(features.zh[0].units.flatMap(\.keys))
    let enKeys = Set(features.en[0].units.flatMap(\.keys))
    let shared = zhKeys.intersection(enKeys)
    // cat, dog (dictionary stems), 2019 (number), ibm (Latin token), ? (punctuation).
    XCTAssertEqual(shared.filter { $0 >= 0 }.count, 2, "\(shared)")
    XCTAssertEqual(shared.filter { $0 < 0 }.count, 3, "\(shared)")
    XCTAssertEqual(features.zh[0].length, Double("猫在2019年看见了IBM的狗吗？".utf8.count))
    XCTAssertEqual(features.en[0].length, Double("DidthecatseeIBM'sdogin2019?".utf8.count))
  }

  func testTMXIsWellFormedXML() throws {
    let zh = ["“甲”<乙>&丙", "丁\u{0}戊"]
    let en = ["A & B <c> \"d\" 'e' ]]>", "F"]
    let beads = [SentenceBead(zh: [0], en: [0], score: 0.5), SentenceBead(zh: [1], en: [1])]
    let tmx = BeadFormatter.tmx(beads, zh: zh, en: en)
    let delegate = TextCollector()
    let parser = XMLParser(data: Data(tmx.utf8))
    parser.delegate = delegate
    XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    XCTAssertEqual(delegate.segments, ["“甲”<乙>&丙", "A & B <c> \"d\" 'e' ]]>", "丁戊", "F"])
  }
}

private final class TextCollector: NSObject, XMLParserDelegate {
  var segments: [String] = []
  private var current: String?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if elementName == "seg" { current = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current? += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if elementName == "seg", let text = current {
      segments.append(text)
      current = nil
    }
  }
}
