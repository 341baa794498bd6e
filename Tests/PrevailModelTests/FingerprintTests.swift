import PrevailModel
import XCTest

final class FingerprintTests: XCTestCase {
  func testStableKnownValueAndWhitespaceInsensitive() {
    // FNV-1a 64 of "a" is af63dc4c8601ec8c; the value must never change between runs.
    XCTAssertEqual(Fingerprint.of(["a"]), "af63dc4c8601ec8c")
    XCTAssertEqual(Fingerprint.of(["women,  children"]), Fingerprint.of(["women,\nchildren"]))
    XCTAssertNotEqual(Fingerprint.of(["ab", "c"]), Fingerprint.of(["a", "bc"]))
  }

  func testLineTablePositionsCountScalars() {
    let table = LineTable(scalars: Array("中文\nab\r\nc".unicodeScalars))
    XCTAssertEqual(table.position(of: 1), SourcePosition(line: 1, column: 2))
    XCTAssertEqual(table.position(of: 3), SourcePosition(line: 2, column: 1))
    XCTAssertEqual(table.position(of: 7), SourcePosition(line: 3, column: 1))
  }
}
