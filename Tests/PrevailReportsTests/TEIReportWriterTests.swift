import Foundation
import PrevailModel
import PrevailReports
import PrevailXML
import XCTest

final class TEIReportWriterTests: XCTestCase {
  private let tei = XMLNamespace.tei

  private func report(_ result: CheckResult = TEIFixtures.result()) throws -> (Data, XElement) {
    let data = try TEIReportWriter.write(result)
    return (data, try XMLReader.parse(data))
  }

  private func assertValidAgainstProjectSchema(
    _ data: Data, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let problems = try TEISchema.validate(data)
    XCTAssertEqual(problems.map(\.description), [], file: file, line: line)
  }

  func testReportIsWellFormedTEIAndValidAgainstTheProjectSchema() throws {
    let (data, root) = try report()
    XCTAssertEqual(root.name, "TEI")
    XCTAssertEqual(root.namespace?.uri, tei.uri)
    XCTAssertEqual(root.elements.map(\.name), ["teiHeader", "text", "standOff"])
    try assertValidAgainstProjectSchema(data)
  }

  func testUnusualStructuresAndEnglishGoverningAreValidToo() throws {
    for result in [TEIFixtures.messyResult(), TEIFixtures.englishGoverningResult()] {
      let (data, _) = try report(result)
      try assertValidAgainstProjectSchema(data)
    }
  }

  func testEverySentenceAndSegmentHasAUniqueXMLID() throws {
    for result in [TEIFixtures.result(), TEIFixtures.messyResult()] {
      let (_, root) = try report(result)
      let units = root.descendants.filter { $0.name == "s" || $0.name == "seg" }
      XCTAssertFalse(units.isEmpty)
      for unit in units {
        let id = try XCTUnwrap(unit.xmlID, "\(unit.name) without xml:id")
        XCTAssertTrue(id.first?.isLetter ?? false, id)
        XCTAssertNil(id.rangeOfCharacter(from: CharacterSet(charactersIn: " /:")), id)
      }
      let ids = ([root] + root.descendants).compactMap(\.xmlID)
      XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids in \(ids)")
    }
  }

  func testSentencesAndSegmentsKeepTheirTextExactly() throws {
    for result in [TEIFixtures.result(), TEIFixtures.messyResult()] {
      let (data, root) = try report(result)
      var texts: [String: String] = [:]
      for version in [result.document.governing, result.document.translation] {
        for segment in version.root.flattened() { texts[segment.id] = segment.text }
      }
      let units = root.descendants.filter { $0.name == "s" || $0.name == "seg" }
      for unit in units {
        guard let id = unit.xmlID, let expected = texts[id] else { continue }
        XCTAssertEqual(unit.textContent, expected.filter { $0 != "\u{1}" }, id)
      }
      XCTAssertGreaterThan(units.count, 3)
      if result.document.name == "messy" {
        let output = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(
          output.contains(
            "<s xml:id=\"zh.1.s1\"><seg type=\"clause\" xml:id=\"zh.1.s1.c1\">句</seg>"
              + "<seg type=\"clause\" xml:id=\"zh.1.s1.c2\">子。</seg></s>"), output)
      }
    }
  }

  func testSegmentIDsAreKeptOrMadeValid() throws {
    let (_, root) = try report(TEIFixtures.messyResult())
    let ids = Set(root.descendants.compactMap(\.xmlID))
    XCTAssertTrue(
      ids.isSuperset(of: ["zh.1", "zh.1.s1", "zh.p9", "zh.r1", "id-3_weird_id"]), "\(ids)")
    XCTAssertTrue(ids.contains("major-2"), "a segment id must not take a severity's id: \(ids)")
    XCTAssertEqual(root.descendants.filter { $0.xmlID == "major" }.map(\.name), ["category"])
  }

  func testLinksOnlyForBeadsWithBothSides() throws {
    let (_, root) = try report()
    let groups = root.descendants(named: "linkGrp")
    XCTAssertEqual(groups.map { $0.attribute("subtype") }, ["section", "block", "sentence"])
    XCTAssertTrue(groups.allSatisfy { $0.attribute("domains") == "#zh #en" })
    let links = root.descendants(named: "link")
    XCTAssertEqual(
      links.map { $0.attribute("target") },
      ["#zh.s1 #en.s1", "#zh.h1 #en.h1", "#zh.s1.p1.s1 #en.s1.p1.s1"])
    XCTAssertEqual(links.map { $0.attribute("cert") }, ["0.9", "0.75", "0.813"])
    for link in links {
      XCTAssertGreaterThanOrEqual(link.attribute("target")?.split(separator: " ").count ?? 0, 2)
    }
    XCTAssertFalse(links.contains { $0.attribute("target")?.contains("zh.s1.p1.s2") ?? false })
  }

  func testLinksSkipUnknownSegmentsAndClampScores() throws {
    let (_, root) = try report(TEIFixtures.messyResult())
    let links = root.descendants(named: "link")
    XCTAssertEqual(links.map { $0.attribute("target") }, ["#zh.1.s1 #en"])
    XCTAssertEqual(links.map { $0.attribute("cert") }, ["0"])
  }

  func testOneAnnotationPerFindingPointingIntoTheTaxonomies() throws {
    let result = TEIFixtures.result()
    let (_, root) = try report(result)
    let annotations = root.descendants(named: "annotation")
    XCTAssertEqual(annotations.count, result.findings.count)
    let taxonomyIDs = Set(
      root.descendants(named: "taxonomy").flatMap { $0.elements(named: "category") }
        .compactMap(\.xmlID))
    XCTAssertEqual(taxonomyIDs.count, IssueCategory.allCases.count + Severity.allCases.count)
    for (annotation, finding) in zip(annotations, result.findings) {
      XCTAssertEqual(annotation.xmlID, "f-\(finding.fingerprint)")
      XCTAssertEqual(annotation.attribute("motivation"), "assessing")
      XCTAssertEqual(annotation.attribute("resp"), "#prevail")
      let ana = annotation.attribute("ana")?.split(separator: " ").map(String.init) ?? []
      XCTAssertEqual(ana, ["#\(finding.category.slug)", "#\(finding.severity.rawValue)"])
      for pointer in ana { XCTAssertTrue(taxonomyIDs.contains(String(pointer.dropFirst()))) }
      let message = annotation.elements(named: "note").first { $0.attribute("type") == "message" }
      XCTAssertEqual(message?.textContent, finding.message)
    }
    XCTAssertEqual(
      annotations.map { $0.attribute("target") }, ["#zh.s1.p1.s1 #en.s1.p1.s1", "#zh.s1.p1.s2"])
    XCTAssertEqual(annotations.map { $0.attribute("cert") }, ["0.9", "0.75"])
  }

  func testAnnotationCarriesEvidenceAndRawLocations() throws {
    let (_, root) = try report()
    let first = try XCTUnwrap(root.descendants(named: "annotation").first)
    let notes = Dictionary(
      first.elements(named: "note").map { ($0.attribute("type") ?? "", $0) },
      uniquingKeysWith: { left, _ in left })
    let terms = notes["evidence"]?.descendants(named: "term") ?? []
    XCTAssertEqual(terms.map(\.textContent), ["老人", "women and children"])
    XCTAssertEqual(terms.map(\.xmlLang), ["zh", "en"])
    XCTAssertEqual(
      notes["evidence"]?.descendants(named: "item").map(\.textContent).filter {
        $0 == "the elderly"
      }, ["the elderly"])
    let refs = notes["locations"]?.descendants(named: "ref") ?? []
    XCTAssertEqual(refs.map(\.textContent), ["zh.txt:2:3", "en.txt:2:3"])
    XCTAssertEqual(refs.map { $0.attribute("target") }, ["#zh.s1.p1.s1", "#en.s1.p1.s1"])
    XCTAssertEqual(
      notes["check"]?.elements(named: "ident").map(\.textContent),
      ["omission.list-item", "missing-item"])
  }

  func testDocumentWideFindingTargetsBothVersions() throws {
    let (_, root) = try report(TEIFixtures.messyResult())
    let annotations = root.descendants(named: "annotation")
    XCTAssertEqual(annotations.map { $0.attribute("target") }, ["#zh #en", "#zh #en"])
    XCTAssertEqual(annotations.compactMap(\.xmlID).count, 2)
    XCTAssertNotEqual(annotations.first?.xmlID, annotations.last?.xmlID)
    XCTAssertEqual(
      root.descendants(named: "list").compactMap { $0.attribute("type") }.last, "translation-list")
  }

  func testOutputIsDeterministic() throws {
    let first = try TEIReportWriter.write(TEIFixtures.result())
    let second = try TEIReportWriter.write(TEIFixtures.result())
    let reordered = try TEIReportWriter.write(TEIFixtures.result(findingsReversed: true))
    XCTAssertEqual(first, second)
    XCTAssertEqual(first, reordered)
  }

  func testTextIsEscapedAndControlCharactersDropped() throws {
    let (data, root) = try report()
    let output = String(decoding: data, as: UTF8.self)
    XCTAssertFalse(output.contains("<script>"))
    XCTAssertFalse(output.contains("<b>"))
    XCTAssertTrue(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp;"))
    XCTAssertFalse(output.unicodeScalars.contains("\u{1}"))
    let sentence = try XCTUnwrap(root.descendants(named: "s").first { $0.xmlID == "en.s1.p1.s1" })
    XCTAssertEqual(
      sentence.textContent,
      "Protect the rights of women and children <script>alert(1)</script> ]]> &amp; \"q\".")
    let title = root.descendants(named: "title").first?.textContent
    XCTAssertEqual(title, "Prevail fidelity report: Guidelines <draft> & \"notes\"")
  }

  func testInlineItemsPartitionTheSentenceAndOthersGoToStandOff() throws {
    let (_, root) = try report()
    let sentence = try XCTUnwrap(root.descendants(named: "s").first { $0.xmlID == "zh.s1.p1.s1" })
    XCTAssertEqual(sentence.textContent, "保护老人、妇女和儿童的权益。")
    XCTAssertEqual(
      sentence.elements(named: "seg").map { [$0.attribute("type") ?? "", $0.textContent] },
      [["item", "老人"], ["item", "妇女"], ["item", "儿童"]])
    let detached = try XCTUnwrap(root.firstElement(named: "standOff")).elements(named: "seg")
    XCTAssertEqual(detached.compactMap(\.xmlID), ["en.s1.p1.s1.c1", "en.s1.p1.s1.c2"])
    XCTAssertTrue(detached.allSatisfy { $0.attribute("corresp") == "#en.s1.p1.s1" })
  }

  func testBodyStructure() throws {
    let (_, root) = try report()
    let body = try XCTUnwrap(root.firstElement(named: "text")?.firstElement(named: "body"))
    let versions = body.elements(named: "div")
    XCTAssertEqual(versions.map { $0.attribute("type") }, ["original", "translation"])
    XCTAssertEqual(versions.map(\.xmlLang), ["zh", "en"])
    XCTAssertEqual(versions.map(\.xmlID), ["zh", "en"])
    let chinese = versions[0]
    XCTAssertEqual(chinese.elements.map(\.name), ["head", "div", "div"])
    XCTAssertEqual(
      chinese.elements(named: "div").map { $0.attribute("type") }, ["section", "authors"])
    XCTAssertEqual(chinese.elements(named: "div").first?.attribute("n"), "1")
  }

  func testMessyStructureFollowsTEIOrder() throws {
    let (_, root) = try report(TEIFixtures.messyResult())
    let body = try XCTUnwrap(root.firstElement(named: "text")?.firstElement(named: "body"))
    let chinese = try XCTUnwrap(body.elements(named: "div").first)
    XCTAssertEqual(chinese.elements.map(\.name), ["head", "p", "ab", "div", "div"])
    XCTAssertEqual(chinese.elements(named: "ab").first?.attribute("type"), "heading")
    let continuation = try XCTUnwrap(chinese.elements(named: "div").last)
    XCTAssertEqual(continuation.attribute("type"), "continuation")
    XCTAssertEqual(continuation.elements.map(\.name), ["p", "note", "p", "p"])
    let section = try XCTUnwrap(chinese.elements(named: "div").first)
    XCTAssertEqual(section.elements.map(\.name), ["head", "p", "div"])
    XCTAssertEqual(section.elements(named: "p").first?.elements.first?.name, "s")
    let english = try XCTUnwrap(body.elements(named: "div").last)
    XCTAssertEqual(english.elements.map(\.textContent), ["Only text, no structure.\n"])
  }

  func testHeader() throws {
    let (_, root) = try report()
    let header = try XCTUnwrap(root.firstElement(named: "teiHeader"))
    let resp = try XCTUnwrap(header.descendants(named: "respStmt").first)
    XCTAssertEqual(resp.xmlID, "prevail")
    XCTAssertTrue(resp.textContent.contains("0.1.0"))
    let bibls = header.descendants(named: "bibl")
    XCTAssertEqual(bibls.map { $0.attribute("type") }, ["original", "translation"])
    XCTAssertEqual(bibls.map(\.xmlID), ["bibl-zh", "bibl-en"])
    let related = bibls.last?.firstElement(named: "relatedItem")
    XCTAssertEqual(related?.attribute("type"), "translatedFrom")
    XCTAssertEqual(related?.attribute("target"), "#bibl-zh")
    let project = try XCTUnwrap(header.descendants(named: "projectDesc").first).textContent
    XCTAssertTrue(project.contains("The Chinese version governs"), project)
    XCTAssertTrue(project.contains("以中文版本为准"), project)
    let languages = header.descendants(named: "language").compactMap { $0.attribute("ident") }
    XCTAssertEqual(languages, ["zh", "en"])
    let repairs = header.descendants(named: "normalization").flatMap {
      $0.descendants(named: "item")
    }
    XCTAssertEqual(repairs.map { $0.attribute("n") }, ["2:12", "2:1"])
    XCTAssertEqual(repairs.first?.descendants(named: "orig").first?.textContent, "rig hts")
    XCTAssertEqual(repairs.first?.descendants(named: "reg").first?.textContent, "rights")
  }

  func testEnglishGoverningIsTheOriginal() throws {
    let (_, root) = try report(TEIFixtures.englishGoverningResult())
    let body = try XCTUnwrap(root.firstElement(named: "text")?.firstElement(named: "body"))
    XCTAssertEqual(body.elements(named: "div").map(\.xmlLang), ["en", "zh"])
    XCTAssertEqual(body.elements(named: "div").first?.attribute("type"), "original")
    let bibls = root.descendants(named: "bibl")
    XCTAssertEqual(bibls.map(\.xmlID), ["bibl-en", "bibl-zh"])
    XCTAssertEqual(bibls.last?.firstElement(named: "relatedItem")?.attribute("target"), "#bibl-en")
    XCTAssertTrue(
      root.descendants(named: "projectDesc").first?.textContent.contains(
        "The English version governs") ?? false)
    XCTAssertEqual(root.descendants(named: "linkGrp").first?.attribute("domains"), "#en #zh")
  }

  func testBothVersionsInOneLanguageStillGetUniqueIDs() throws {
    var result = TEIFixtures.result()
    result.aligned.document.translation = result.aligned.document.governing
    result.aligned.beads = [
      Bead(level: .section, governing: ["zh.s1"], translation: ["zh.s1"], score: 1)
    ]
    let (data, root) = try report(result)
    try assertValidAgainstProjectSchema(data)
    let ids = ([root] + root.descendants).compactMap(\.xmlID)
    XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids in \(ids)")
    XCTAssertEqual(root.descendants(named: "link").first?.attribute("target"), "#zh.s1 #zh.s1-2")
    XCTAssertEqual(root.descendants(named: "linkGrp").first?.attribute("domains"), "#zh #zh-2")
    let related = root.descendants(named: "relatedItem").first?.attribute("target")
    XCTAssertEqual(related, "#bibl-zh")
  }

  func testProjectSchemaRejectsABrokenReport() throws {
    let (data, _) = try report()
    let output = String(decoding: data, as: UTF8.self)
    let brokenReports = [
      output.replacingOccurrences(of: "<s xml:id=\"zh.s1.p1.s2\">", with: "<s>"),
      output.replacingOccurrences(
        of: "target=\"#zh.s1 #en.s1\"", with: "target=\"#zh.s1\""),
      output.replacingOccurrences(of: "motivation=\"assessing\"", with: "motivation=\"x\""),
      output.replacingOccurrences(of: "ana=\"#omission #major\"", with: "ana=\"#nonsense #major\""),
      output.replacingOccurrences(of: "<div type=\"translation\"", with: "<div type=\"other\""),
    ]
    for broken in brokenReports {
      XCTAssertNotEqual(broken, output)
      XCTAssertFalse(try TEISchema.validate(Data(broken.utf8)).isEmpty)
    }
  }

  func testProjectSchemaResourceLoads() throws {
    let data = try TEISchema.projectSchemaData()
    XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("relaxng.org/ns/structure"))
    XCTAssertNotNil(try TEISchema.projectSchema())
  }
}
