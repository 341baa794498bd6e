import Foundation
import PrevailModel
import XCTest

@testable import PrevailIngest

final class InputErrorTests: XCTestCase {
  private func decode(_ bytes: [UInt8]) -> InputError? {
    do {
      _ = try RawText.decode(Data(bytes), path: "f.txt")
      return nil
    } catch {
      return error as? InputError
    }
  }

  func testRejectsEmptyWhitespaceBinaryAndInvalidUTF8() {
    XCTAssertEqual(decode([]), .empty(path: "f.txt"))
    XCTAssertEqual(decode(Array(" \n\t \n".utf8)), .empty(path: "f.txt"))
    XCTAssertEqual(decode([0x41, 0x00, 0x42]), .notText(path: "f.txt", reason: "binary data (NUL bytes)"))
    guard case .notText(_, let reason) = decode([0x41, 0x42, 0xFF, 0x43]) else {
      return XCTFail("invalid UTF-8 must be rejected")
    }
    XCTAssertTrue(reason.contains("byte 2"), reason)
  }

  func testDecodesBOMsAndUTF16() throws {
    XCTAssertEqual(try RawText.decode(Data([0xEF, 0xBB, 0xBF] + Array("好".utf8)), path: "f"), "好")
    var utf16: [UInt8] = [0xFF, 0xFE]
    for unit in "中文 text".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    XCTAssertEqual(try RawText.decode(Data(utf16), path: "f"), "中文 text")
  }

  func testOneLanguageOnlyIsAnError() {
    let reader = DocumentReader(oracle: testOracle)
    XCTAssertThrowsError(
      try reader.readBilingual(RawText(path: "e.txt", text: "Only English here.\n"), name: "e")
    ) { error in
      XCTAssertEqual(error as? InputError, .oneLanguageOnly(path: "e.txt", language: .en))
      XCTAssertEqual(
        (error as? InputError)?.description,
        "e.txt: holds only English text; a bilingual document or a pair of files is needed")
    }
  }

  func testMissingFileAndDirectory() {
    XCTAssertThrowsError(try RawText.read(path: "/nonexistent/x.txt")) {
      XCTAssertEqual($0 as? InputError, .missing(path: "/nonexistent/x.txt"))
    }
    XCTAssertThrowsError(try RawText.read(path: NSTemporaryDirectory())) {
      XCTAssertEqual($0 as? InputError, .isDirectory(path: NSTemporaryDirectory()))
    }
  }

  func testFindsChineseGoverningClauses() {
    XCTAssertEqual(GoverningClause.find(in: "两种文本如有不一致，以中文版本为准。")?.language, .zh)
    XCTAssertEqual(GoverningClause.find(in: "如有歧義，以英文文本為準。")?.language, .en)
    XCTAssertEqual(GoverningClause.find(in: "In case of doubt the English text shall prevail.")?.language, .en)
    XCTAssertNil(GoverningClause.find(in: "The Chinese version is longer."))
  }
}
