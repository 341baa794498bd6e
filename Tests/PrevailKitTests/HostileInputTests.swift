import Foundation
import PrevailIngest
import PrevailKit
import PrevailModel
import PrevailReports
import PrevailXML
import XCTest

/// Hostile and careless input at the Kit level: huge lines, broken and malicious XML, and
/// document text that looks like markup. (Empty, binary, invalid UTF-8, one language, missing
/// paths and directories are covered by the CLI tests.)
final class HostileInputTests: XCTestCase {
  private func pipeline() throws -> Pipeline {
    Pipeline(lexicon: try XCTUnwrap(Shared.lexicon), failOn: .major)
  }

  private func read(_ text: String, path: String = "hostile.tmx") throws -> BilingualDocument {
    try DocumentReader(oracle: pipeline().wordOracle).read(
      data: Data(text.utf8), path: path, name: "hostile")
  }

  private func tmx(doctype: String = "", units: [(String, String)]) -> String {
    var xml = "<?xml version=\"1.0\"?>\n\(doctype)\n<tmx version=\"1.4\"><header/><body>\n"
    for (zh, en) in units {
      xml += "<tu><tuv xml:lang=\"zh\"><seg>\(zh)</seg></tuv>"
      xml += "<tuv xml:lang=\"en\"><seg>\(en)</seg></tuv></tu>\n"
    }
    return xml + "</body></tmx>\n"
  }

  func testTenMegabyteSingleLineIsRefusedWithTheLimit() throws {
    let line = String(repeating: "数据安全。Data security. ", count: 10_000_000 / 32)
    XCTAssertGreaterThan(line.utf8.count, 9_000_000)
    XCTAssertThrowsError(try read(line + "\n", path: "long.txt")) { error in
      let message = String(describing: error)
      XCTAssertTrue(message.hasPrefix("long.txt: is not a text document: line 1 is "), message)
      XCTAssertTrue(message.contains("the limit is 100000"), message)
    }
    let unit = String(repeating: "Data security. ", count: 8_000)
    XCTAssertThrowsError(try read(tmx(units: [("数据。", unit)]))) { error in
      XCTAssertTrue(String(describing: error).contains("the unit at line 4 is"), "\(error)")
    }
  }

  func testTruncatedXMLIsOneLine() throws {
    let whole = tmx(units: [("保护数据。", "Protect data.")])
    for cut in [20, 60, whole.utf8.count - 10] {
      let truncated = String(decoding: Array(whole.utf8.prefix(cut)), as: UTF8.self)
      XCTAssertThrowsError(try read(truncated)) { error in
        let message = String(describing: error)
        XCTAssertTrue(message.hasPrefix("hostile.tmx: "), message)
        XCTAssertFalse(message.contains("\n"), message)
      }
    }
  }

  func testBillionLaughsIsNotExpanded() throws {
    var entities = "<!ENTITY lol \"lol\">"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      entities += "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">"
    }
    let text = tmx(
      doctype: "<!DOCTYPE tmx [\(entities)]>",
      units: [("保护数据。&lol9;", "Protect data.&lol9;"), ("共享数据。", "Share data.")])
    // libxml2 stops at the entity loop before any expansion (entities are never substituted
    // anyway): one line, at once.
    XCTAssertThrowsError(try read(text)) { error in
      let message = String(describing: error)
      XCTAssertTrue(
        message.hasPrefix("hostile.tmx: is not a text document: malformed XML"), message)
      XCTAssertTrue(message.contains("entity"), message)
      XCTAssertFalse(message.contains("\n"))
    }
    // Declared but unused, the same entities are harmless: the document reads.
    let unused = tmx(
      doctype: "<!DOCTYPE tmx [\(entities)]>", units: [("共享数据。", "Share data.")])
    XCTAssertEqual(try read(unused).translation.root.all(.paragraph).map(\.text), ["Share data."])
  }

  func testExternalEntityContentNeverAppears() throws {
    let secret = "TOP-SECRET-\(UUID().uuidString)"
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("prevail-xxe.txt")
    try Data(secret.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let text = tmx(
      doctype: "<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file://\(file.path)\">]>",
      units: [("保护数据&xxe;。", "Protect &xxe;data."), ("共享数据。", "Share data. &xxe;")])
    let document = try read(text)
    let result = try pipeline().check(document)
    let reports = try ReportSet(result: result, formats: [.console, .json, .tei])
    for report in reports.files {
      XCTAssertFalse(String(decoding: report.data, as: UTF8.self).contains(secret), report.name)
    }
    XCTAssertFalse(reports.console.contains(secret))
    let sides = [document.governing.side, document.translation.side]
    XCTAssertFalse(sides.contains { $0.text(0..<$0.scalars.count).contains(secret) })
  }

  func testNetworkDTDIsNeverFetched() throws {
    let listener = try LocalListener()
    let text = tmx(
      doctype: "<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:\(listener.port)/tmx14.dtd\" [<!ENTITY "
        + "net SYSTEM \"http://127.0.0.1:\(listener.port)/e.xml\">]>",
      units: [("保护数据。&net;", "Protect data.&net;")])
    let document = try read(text)
    _ = try pipeline().check(document)
    XCTAssertFalse(listener.hadConnection, "the parser connected to the network")
  }

  func testMarkupInDocumentTextIsEscapedInEveryReport() throws {
    let hostile = "Run &lt;script&gt;alert(1)&lt;/script&gt; now ]]&gt; &amp;amp; \"quoted\" 'q'."
    let plain = "Run <script>alert(1)</script> now ]]> &amp; \"quoted\" 'q'."
    let text = tmx(units: [("保护数据。", "Protect data."), ("", hostile)])
    for (format, data) in [("tmx", Data(text.utf8)), ("xliff", Data(xliff(hostile).utf8))] {
      let document = try DocumentReader(oracle: pipeline().wordOracle).read(
        data: data, path: "hostile.\(format)", name: "hostile")
      XCTAssertTrue(
        document.translation.root.all(.paragraph).contains { $0.text == plain }, format)
      let result = try pipeline().check(document)
      let excerpt = result.findings.compactMap(\.translation).first { $0.text.contains("<script>") }
      XCTAssertEqual(excerpt?.text, plain, format)
      let reports = try ReportSet(result: result, formats: ReportKind.allCases)
      for report in reports.files {
        switch report.kind {
        case .json:
          let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: report.data) as? [String: Any])
          let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
          let texts = findings.compactMap {
            ($0["translation"] as? [String: Any])?["text"] as? String
          }
          XCTAssertTrue(texts.contains(plain), format)
        case .tei:
          let body = String(decoding: report.data, as: UTF8.self)
          XCTAssertFalse(body.contains("<script>"), format)
          let root = try XMLReader.parse(report.data)
          XCTAssertTrue(root.textContent.contains(plain), format)
        case .console:
          // Plain text: the finding is there, one per line.
          XCTAssertTrue(String(decoding: report.data, as: UTF8.self).contains("unmatched-text"))
        case .html:
          let page = String(decoding: report.data, as: UTF8.self)
          XCTAssertFalse(page.contains("<script>alert"), format)
          XCTAssertTrue(page.contains("&lt;script&gt;"), format)
        case .sarif:
          XCTAssertNotNil(try? JSONSerialization.jsonObject(with: report.data), format)
        case .junit:
          XCTAssertFalse(String(decoding: report.data, as: UTF8.self).contains("<script>"), format)
          XCTAssertNoThrow(try XMLReader.parse(report.data), format)
        }
      }
    }
  }

  private func xliff(_ english: String) -> String {
    """
    <xliff version="1.2"><file source-language="zh" target-language="en"><body>
    <trans-unit id="1"><source>保护数据。</source><target>Protect data.</target></trans-unit>
    <trans-unit id="2"><source></source><target>\(english)</target></trans-unit>
    </body></file></xliff>
    """
  }
}

/// A TCP listener on 127.0.0.1 that records whether anyone connected.
private final class LocalListener {
  let socketDescriptor: Int32
  let port: UInt16

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    socketDescriptor = descriptor
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(descriptor, 4) == 0 else { throw CocoaError(.fileWriteUnknown) }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(descriptor, $0, &length)
      }
    }
    port = UInt16(bigEndian: address.sin_port)
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
  }

  /// Whether a connection is waiting to be accepted.
  var hadConnection: Bool {
    let client = accept(socketDescriptor, nil, nil)
    if client >= 0 {
      close(client)
      return true
    }
    return false
  }

  deinit { close(socketDescriptor) }
}
