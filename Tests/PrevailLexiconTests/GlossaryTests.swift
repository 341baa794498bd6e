import Foundation
import PrevailLexicon
import XCTest

/// TBX-Basic v3 and legacy TBX v2 (martif) glossaries.
final class GlossaryTests: XCTestCase {
  private let basic = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
      <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
      <text><body>
        <conceptEntry id="c1">
          <langSec xml:lang="zh-CN">
            <termSec><term>数字素养</term></termSec>
          </langSec>
          <langSec xml:lang="en-US">
            <termSec><term>digital literacy</term>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>digital skills</term>
              <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
          </langSec>
        </conceptEntry>
        <conceptEntry id="c2">
          <langSec xml:lang="zh"><termSec><term>韧性</term></termSec></langSec>
        </conceptEntry>
      </body></text>
    </tbx>
    """

  private let martif = """
    <?xml version="1.0"?>
    <martif type="TBX" xml:lang="en">
      <martifHeader><fileDesc><sourceDesc><p>legacy</p></sourceDesc></fileDesc></martifHeader>
      <text><body>
        <termEntry id="t1">
          <langSet xml:lang="zh"><tig><term>多利益相关方</term></tig></langSet>
          <langSet lang="en"><ntig><termGrp><term>multi-stakeholder</term>
            <termNote type="normativeAuthorization">preferredTerm</termNote></termGrp></ntig>
          </langSet>
        </termEntry>
      </body></text>
    </martif>
    """

  func testReadsTBXBasicV3() throws {
    let glossary = try Glossary(tbx: Data(basic.utf8))
    XCTAssertEqual(glossary.entries.count, 1, "an entry in one language only is dropped")
    let entry = try XCTUnwrap(glossary.entries(withTerm: "数字素养", language: "zh").first)
    XCTAssertEqual(entry.id, "c1")
    XCTAssertEqual(entry.allowed(in: "en").map(\.text), ["digital literacy"])
    XCTAssertEqual(entry.allowed(in: "en").first?.status, .preferred)
    XCTAssertEqual(entry.deprecated(in: "en").map(\.text), ["digital skills"])
    XCTAssertEqual(glossary.renderings(of: "数字素养", from: "zh-Hans", to: "en"), ["digital literacy"])
    XCTAssertEqual(glossary.entries(withTerm: "Digital  Literacy", language: "en").count, 1)
  }

  func testReadsLegacyMartif() throws {
    let glossary = try Glossary(tbx: Data(martif.utf8))
    XCTAssertEqual(glossary.renderings(of: "多利益相关方", from: "zh", to: "en"), ["multi-stakeholder"])
    XCTAssertEqual(glossary.entries.first?.terms(in: "en").first?.status, .preferred)
  }

  func testRejectsWhatIsNotTBX() {
    XCTAssertThrowsError(try Glossary(tbx: Data("<html><body/></html>".utf8))) { error in
      XCTAssertEqual(error as? GlossaryError, .notTBX(root: "html"))
    }
    XCTAssertThrowsError(try Glossary(tbx: Data("<tbx><text></body></tbx>".utf8))) { error in
      guard case .malformed = error as? GlossaryError else {
        return XCTFail("expected malformed, got \(error)")
      }
    }
    XCTAssertThrowsError(try Glossary(tbx: Data("<tbx><text><body/></text></tbx>".utf8))) {
      XCTAssertEqual($0 as? GlossaryError, .noEntries)
    }
    XCTAssertThrowsError(try Glossary.load(path: "/nonexistent/glossary.tbx"))
  }

  func testDoesNotResolveExternalEntities() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
      "prevail-glossary-secret-\(getpid()).txt")
    try "SECRET-TERM".write(to: secret, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: secret) }
    let hostile = """
      <?xml version="1.0"?>
      <!DOCTYPE martif [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
      <martif><text><body><termEntry>
        <langSet xml:lang="zh"><tig><term>秘密</term></tig></langSet>
        <langSet xml:lang="en"><tig><term>x&leak;</term></tig></langSet>
      </termEntry></body></text></martif>
      """
    let glossary = try? Glossary(tbx: Data(hostile.utf8))
    let rendered = glossary?.renderings(of: "秘密", from: "zh", to: "en") ?? []
    XCTAssertFalse(rendered.contains { $0.contains("SECRET") })
  }
}
