import XCTest

@testable import PrevailAlign

final class BeadFormatTests: XCTestCase {
  func testRoundTrip() throws {
    let beads = [
      SentenceBead(zh: [0, 1], en: [0]),
      SentenceBead(zh: [2], en: []),
      SentenceBead(zh: [], en: [1]),
      SentenceBead(zh: [3], en: [2, 3, 4]),
    ]
    let text = BeadFormatter.beads(beads)
    XCTAssertEqual(text, "[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3,4]\n")
    XCTAssertEqual(try BeadParser.parse(text), beads)
  }

  func testParserToleratesSpacesAndRejectsGarbage() throws {
    XCTAssertEqual(
      try BeadParser.parse(" [ 0 , 1 ] : [2]\r\n\n[]:[3]\n"),
      [SentenceBead(zh: [0, 1], en: [2]), SentenceBead(zh: [], en: [3])])
    XCTAssertThrowsError(try BeadParser.parse("[0]:[1]\n[1]-[2]\n")) { error in
      XCTAssertEqual((error as? BeadParser.Failure)?.line, 2)
    }
    XCTAssertNil(BeadParser.parseLine("[a]:[1]"))
    XCTAssertNil(BeadParser.parseLine("[-1]:[1]"))
  }

  func testTSVFlattensTabs() {
    let out = BeadFormatter.tsv(
      [SentenceBead(zh: [0, 1], en: [0], score: 0.5), SentenceBead(zh: [], en: [1], score: 1)],
      zh: ["你好。", "再见\t。"], en: ["Hello\nbye.", "Extra."])
    XCTAssertEqual(out, "你好。再见 。\tHello bye.\t0.500\n\tExtra.\t1.000\n")
  }

  func testTMXEscapesEverything() {
    let out = BeadFormatter.tmx(
      [SentenceBead(zh: [0], en: [0], score: 0.25), SentenceBead(zh: [1], en: [], score: 0.9)],
      zh: ["“甲”<乙>&丙\u{1}", "丁"], en: ["A & B <c> \"d\" 'e'"])
    XCTAssertTrue(out.contains("<seg>“甲”&lt;乙&gt;&amp;丙</seg>"))
    XCTAssertTrue(out.contains("<seg>A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;</seg>"))
    XCTAssertTrue(out.contains("<prop type=\"x-prevail-score\">0.250</prop>"))
    XCTAssertEqual(out.components(separatedBy: "<tu>").count - 1, 2)
    XCTAssertEqual(out.components(separatedBy: "<tuv ").count - 1, 3)
    XCTAssertTrue(
      out.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"))
    XCTAssertTrue(out.hasSuffix("</body>\n</tmx>\n"))
  }

  func testFixedScore() {
    XCTAssertEqual(BeadFormatter.fixed(0), "0.000")
    XCTAssertEqual(BeadFormatter.fixed(0.0625), "0.063")
    XCTAssertEqual(BeadFormatter.fixed(1), "1.000")
    XCTAssertEqual(BeadFormatter.fixed(.nan), "0.000")
  }
}
