import Foundation
import PrevailModel
import PrevailReports
import XCTest

final class HTMLReportWriterTests: XCTestCase {
  private func page(_ result: CheckResult = ReportFixtures.result()) -> String {
    String(decoding: HTMLReportWriter.write(result), as: UTF8.self)
  }

  /// The table row holding a segment id, from `<tr` to `</tr>`.
  private func row(containing id: String, in html: String) throws -> String {
    let rows = html.components(separatedBy: "<tr class=\"row").dropFirst()
    let found = rows.first { $0.contains("<span class=\"sid\" lang=\"en\">\(id)</span>") }
    let row = try XCTUnwrap(found, "no row for \(id)")
    return row.components(separatedBy: "</tr>")[0]
  }

  /// The cells of a row.
  private func cells(_ row: String) -> [String] {
    row.components(separatedBy: "<td").dropFirst().map { String($0) }
  }

  func testMatchesCannedOutput() throws {
    try ReportFixtures.assertMatchesExpected(
      HTMLReportWriter.write(ReportFixtures.result()), "guidelines.html")
  }

  func testSameResultGivesSameBytesWhateverTheFindingOrder() {
    let first = HTMLReportWriter.write(ReportFixtures.result())
    XCTAssertEqual(first, HTMLReportWriter.write(ReportFixtures.result()))
    XCTAssertEqual(first, HTMLReportWriter.write(ReportFixtures.result(reversed: true)))
  }

  func testDocumentTextIsEscapedEverywhere() {
    let html = page()
    XCTAssertEqual(html.components(separatedBy: "<script").count, 2, "only the page's own script")
    XCTAssertFalse(html.contains("alert(1)</script>"))
    XCTAssertTrue(
      html.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; &quot;q&quot;"))
    XCTAssertTrue(
      html.contains("<title>Prevail: Guidelines &lt;draft&gt; &amp; &quot;notes&quot;</title>"))
    XCTAssertTrue(html.contains("no counterpart for 不得歧视。 &lt;b&gt;&amp;&lt;/b&gt;"))
    XCTAssertFalse(html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    XCTAssertTrue(html.contains("\u{2401}"), "the control character is shown as ␁")
  }

  func testPageIsSelfContainedAndDeclaresLanguages() {
    let html = page()
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
    for network in ["<link", "src=", "@import", "url(", "http://", "https://"] {
      XCTAssertFalse(html.contains(network), network)
    }
    XCTAssertTrue(html.contains("@media print"))
    XCTAssertTrue(html.contains("<th scope=\"col\">Chinese (governing)</th>"))
    XCTAssertTrue(html.contains("<th scope=\"col\">English (translation)</th>"))
  }

  func testHeaderSaysWhichVersionGovernsAndSummarizes() {
    let html = page()
    XCTAssertTrue(html.contains("<strong>The Chinese version governs</strong>"))
    XCTAssertTrue(html.contains("<q lang=\"zh\">如中英文版本有任何不一致，以中文版本为准。</q>"))
    XCTAssertTrue(html.contains("<th scope=\"row\">major</th><td class=\"n\">2</td>"))
    XCTAssertTrue(html.contains("<th scope=\"row\">accuracy/omission</th><td class=\"n\">2</td>"))
    XCTAssertTrue(html.contains("<th scope=\"row\">total</th><td class=\"n\">5</td>"))
    // 2 major (10) + 2 minor (2) over 48 governing characters.
    XCTAssertTrue(html.contains("<strong>MQM score 250.00</strong>"))
    XCTAssertTrue(html.contains("Gate failed</span>: 2 findings at or above major."))
    let passing = page(ReportFixtures.result(failOn: .critical))
    XCTAssertTrue(passing.contains("Gate passed</span>: no finding at or above critical."))
    XCTAssertTrue(page(ReportFixtures.result(failOn: nil)).contains("Gate off"))
  }

  func testRowsFollowTheSentenceBeadsInOrder() {
    let html = page()
    let ids = ["zh.s1.p1.s1", "zh.s1.p1.s2", "zh.s1.p1.s3", "en.s1.p1.s4"]
    let positions = ids.compactMap { id in
      html.range(of: "<span class=\"sid\" lang=\"en\">\(id)</span>")?.lowerBound
    }
    XCTAssertEqual(positions.count, 4)
    XCTAssertEqual(positions, positions.sorted())
    XCTAssertEqual(html.components(separatedBy: "<tr class=\"row").count - 1, 4)
    XCTAssertTrue(html.contains("<th colspan=\"4\" scope=\"colgroup\" lang=\"zh\">包容</th>"))
    XCTAssertEqual(
      html.components(separatedBy: "<tr class=\"group\">").count, 2,
      "the English-only row sits in the same (aligned) section")
  }

  func testOmittedItemIsHighlightedInBothVersions() throws {
    let html = page()
    let row = try row(containing: "zh.s1.p1.s1", in: html)
    XCTAssertTrue(row.hasPrefix(" sev-major\""), row)
    let cells = cells(row)
    XCTAssertEqual(cells.count, 3)
    XCTAssertTrue(cells[0].hasPrefix(" class=\"text\" lang=\"zh\">"))
    XCTAssertTrue(
      cells[0].contains(
        "应关注妇女、<mark class=\"sev-major\" data-severity=\"major\" "
          + "data-category=\"accuracy/omission\">老人</mark>、儿童的平等权利。"), cells[0])
    XCTAssertTrue(cells[1].hasPrefix(" class=\"text\" lang=\"en\">"))
    XCTAssertTrue(
      cells[1].contains(
        "<span class=\"label\">missing</span><span lang=\"zh\">老人</span>"), cells[1])
    XCTAssertTrue(cells[2].contains("<span class=\"sev\">major</span>"))
    XCTAssertTrue(cells[2].contains("The English translation omits 老人"))
    XCTAssertTrue(cells[2].contains("<dt>missing-item</dt><dd><span lang=\"zh\">老人</span>: "))
  }

  func testOneSidedRowsSayNoCounterpart() throws {
    let html = page()
    for id in ["zh.s1.p1.s3", "en.s1.p1.s4"] {
      let row = try row(containing: id, in: html)
      XCTAssertTrue(row.contains("unmatched"), row)
      XCTAssertTrue(row.contains("<span class=\"gap\" lang=\"en\">no counterpart</span>"), row)
    }
    let both = try row(containing: "zh.s1.p1.s2", in: html)
    XCTAssertFalse(both.contains("no counterpart"))
    XCTAssertTrue(both.contains("en.s1.p1.s2") && both.contains("en.s1.p1.s3"))
  }

  func testMatterInOneVersionOnlyIsListedWithItsFinding() throws {
    let html = page()
    let range = try XCTUnwrap(html.range(of: "<section class=\"unaligned\""))
    let section = String(html[range.lowerBound...]).components(separatedBy: "</section>")[0]
    XCTAssertTrue(section.contains("Chinese only · authors · zh.a1"))
    XCTAssertTrue(section.contains("作者："))
    XCTAssertTrue(section.contains("<span class=\"check\">non-corresponding</span>"))
    let other = try XCTUnwrap(html.range(of: "<section class=\"unplaced\""))
    XCTAssertTrue(html[other.lowerBound...].contains("The titles could not be compared"))
  }

  func testEveryFindingIsShownOnceWithItsAnchorAndFilters() {
    let result = ReportFixtures.result()
    let html = page(result)
    for finding in result.findings {
      let anchor = "id=\"f-\(finding.fingerprint)\""
      XCTAssertEqual(html.components(separatedBy: anchor).count, 2, finding.message)
    }
    XCTAssertTrue(html.contains("<form id=\"filters\" class=\"filters\" hidden"))
    for severity in Severity.allCases {
      XCTAssertTrue(html.contains("name=\"severity\" value=\"\(severity.rawValue)\" checked"))
    }
    for category in Set(result.findings.map(\.category)) {
      XCTAssertTrue(html.contains("name=\"category\" value=\"\(category.rawValue)\" checked"))
    }
    XCTAssertFalse(html.contains("value=\"terminology/inconsistent\""), "only categories found")
  }

  func testTagsAreBalanced() throws {
    for result in [
      ReportFixtures.result(), TEIFixtures.result(), TEIFixtures.messyResult(),
      TEIFixtures.englishGoverningResult(),
    ] {
      try HTMLBalance.check(page(result))
    }
  }

  func testUnknownSegmentsAndFindingsWithoutExcerptsStillShow() {
    let html = page(TEIFixtures.messyResult())
    XCTAssertTrue(html.contains("segment not found"))
    XCTAssertTrue(html.contains("Findings outside the aligned sentences"))
    XCTAssertTrue(html.contains("By default: the document states no governing version."))
  }

  func testEnglishGoverningPutsEnglishFirst() {
    let html = page(TEIFixtures.englishGoverningResult())
    XCTAssertTrue(html.contains("<th scope=\"col\">English (governing)</th>"))
    XCTAssertTrue(html.contains("<td class=\"text\" lang=\"en\">"))
    XCTAssertTrue(html.contains("Chosen with <code>--governing</code>."))
  }
}

/// Checks that every non-void element is closed in order: enough to catch a broken writer.
enum HTMLBalance {
  static let void: Set<String> = ["meta", "br", "col", "input", "hr", "img", "link", "wbr"]

  struct Unbalanced: Error, CustomStringConvertible {
    let description: String
  }

  static func check(_ html: String) throws {
    var stack: [String] = []
    var rest = Substring(html)
    var inRawText = false
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      guard let close = rest.firstIndex(of: ">") else { throw Unbalanced(description: "open <") }
      let tag = rest[..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      let closing = tag.hasPrefix("/")
      let name = String(
        tag.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber }
      ).lowercased()
      if inRawText && !(closing && (name == "script" || name == "style")) { continue }
      if closing {
        guard stack.last == name else {
          throw Unbalanced(description: "</\(name)> closes <\(stack.last ?? "nothing")>")
        }
        stack.removeLast()
        inRawText = false
      } else if !void.contains(name) {
        stack.append(name)
        inRawText = name == "script" || name == "style"
      }
    }
    guard stack.isEmpty else { throw Unbalanced(description: "unclosed \(stack)") }
  }
}
