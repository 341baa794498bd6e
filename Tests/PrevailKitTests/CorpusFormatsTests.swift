import Foundation
import PrevailIngest
import PrevailKit
import PrevailModel
import PrevailReports
import XCTest

/// The reference document given as TMX, XLIFF 1.2, XLIFF 2.0 and Prevail's TEI gives the same
/// findings as the text version.
///
/// The XML versions are written from the text version's blocks (title, headings, paragraphs,
/// author lists, the note, appendix lines) in document order, one unit per block, with the
/// block's repaired text. A heading whose marker was a bullet glyph (removed while reading the
/// text) gets a `•` back so that the unit is a heading again. Findings are compared by their
/// fingerprint (check, message, governing and translation text) and severity; their line and
/// column differ by design (they point into the XML file).
final class CorpusFormatsTests: XCTestCase {
  private func reference() throws -> CheckResult {
    guard let result = Shared.reference else { throw XCTSkip("dictionary or corpus missing") }
    return result
  }

  /// The units of one version: its block-level segments' text in document order.
  static func units(_ version: VersionDocument) -> [String] {
    var result: [String] = []
    func visit(_ segment: Segment, parent: SegmentKind) {
      switch segment.kind {
      case .title, .paragraph, .authors, .governingNote:
        result.append(segment.text)
      case .appendix:
        result += segment.text.split(separator: "\n").map(String.init)
      case .heading:
        let line = version.side.position(of: segment.range.lowerBound).line
        let bulleted = version.side.repairs.contains {
          $0.kind == .bullet && $0.position.line == line
        }
        result.append(bulleted ? "• " + segment.text : segment.text)
      default:
        for child in segment.children { visit(child, parent: segment.kind) }
      }
    }
    visit(version.root, parent: .document)
    return result
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  static func paired(_ document: BilingualDocument) -> [(zh: String?, en: String?)] {
    let zhVersion = document.governing.language == .zh ? document.governing : document.translation
    let enVersion = document.governing.language == .zh ? document.translation : document.governing
    let zh = units(zhVersion)
    let en = units(enVersion)
    return (0..<max(zh.count, en.count)).map {
      ($0 < zh.count ? zh[$0] : nil, $0 < en.count ? en[$0] : nil)
    }
  }

  static func tmx(_ document: BilingualDocument) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
    xml += "<header srclang=\"zh-CN\" datatype=\"plaintext\" segtype=\"paragraph\"/>\n<body>\n"
    for (zh, en) in paired(document) {
      xml += "<tu>"
      if let zh { xml += "<tuv xml:lang=\"zh-CN\"><seg>\(escape(zh))</seg></tuv>" }
      if let en { xml += "<tuv xml:lang=\"en\"><seg>\(escape(en))</seg></tuv>" }
      xml += "</tu>\n"
    }
    return xml + "</body>\n</tmx>\n"
  }

  static func xliff12(_ document: BilingualDocument) -> String {
    var xml = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" "
    xml += "xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
    xml += "<file original=\"source.txt\" source-language=\"zh-CN\" target-language=\"en\" "
    xml += "datatype=\"plaintext\"><body>\n"
    for (index, (zh, en)) in paired(document).enumerated() {
      xml += "<trans-unit id=\"\(index + 1)\">"
      xml += "<source>\(escape(zh ?? ""))</source>"
      if let en { xml += "<target>\(escape(en))</target>" }
      xml += "</trans-unit>\n"
    }
    return xml + "</body></file>\n</xliff>\n"
  }

  static func xliff20(_ document: BilingualDocument) -> String {
    var xml = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
    xml += "srcLang=\"zh-CN\" trgLang=\"en\">\n<file id=\"f1\">\n"
    for (index, (zh, en)) in paired(document).enumerated() {
      xml += "<unit id=\"u\(index + 1)\"><segment><source>\(escape(zh ?? ""))</source>"
      if let en { xml += "<target>\(escape(en))</target>" }
      xml += "</segment></unit>\n"
    }
    return xml + "</file>\n</xliff>\n"
  }

  private func findings(_ data: Data, path: String) throws -> [String] {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let pipeline = Pipeline(lexicon: lexicon, failOn: .major)
    let reader = DocumentReader(oracle: pipeline.wordOracle)
    let document = try reader.read(data: data, path: path, name: "china-igf-gdc-input")
    return Self.keys(pipeline.check(document))
  }

  static func keys(_ result: CheckResult) -> [String] {
    result.findings.map { "\($0.severity.rawValue) \($0.check) \($0.fingerprint)" }.sorted()
  }

  func testTMXGivesTheSameFindings() throws {
    let result = try reference()
    let tmx = Self.tmx(result.document)
    XCTAssertEqual(try findings(Data(tmx.utf8), path: "ref.tmx"), Self.keys(result))
  }

  func testXLIFF12And20GiveTheSameFindings() throws {
    let result = try reference()
    let expected = Self.keys(result)
    XCTAssertEqual(try findings(Data(Self.xliff12(result.document).utf8), path: "r.xlf"), expected)
    XCTAssertEqual(try findings(Data(Self.xliff20(result.document).utf8), path: "r.xlf"), expected)
  }

  func testPrevailsOwnTEIReportReadsBackToTheSameFindings() throws {
    let result = try reference()
    let tei = try TEIReportWriter.write(result)
    XCTAssertEqual(try findings(tei, path: "ref.tei.xml"), Self.keys(result))
  }

  func testFindingPositionsPointIntoTheTMXFile() throws {
    let result = try reference()
    let tmx = Self.tmx(result.document)
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let pipeline = Pipeline(lexicon: lexicon)
    let document = try DocumentReader(oracle: pipeline.wordOracle).read(
      data: Data(tmx.utf8), path: "ref.tmx", name: "ref")
    let elderly = try XCTUnwrap(
      pipeline.check(document).findings.first { $0.evidence.first?.value == "老人" })
    let lines = tmx.split(separator: "\n", omittingEmptySubsequences: false)
    let governing = try XCTUnwrap(elderly.governing)
    let line = lines[governing.line - 1].unicodeScalars
    let start = line.index(line.startIndex, offsetBy: governing.column - 1)
    // The excerpt points at the omitted item inside the sentence, in the TMX file.
    XCTAssertTrue(String(line[start...]).hasPrefix("老人、儿童"), "\(governing)")
    XCTAssertTrue(String(line[..<start]).hasSuffix("重视妇女、"), "\(governing)")
  }
}
