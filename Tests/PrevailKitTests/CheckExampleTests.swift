import Foundation
import PrevailChecks
import PrevailKit
import PrevailLexicon
import PrevailModel
import XCTest

/// Every check's descriptor examples run as its tests, as written, after a multibyte prefix, and
/// with the governing Chinese in Traditional characters.
final class CheckExampleTests: XCTestCase {
  private func run(_ check: any Check, zh: String, en: String) throws -> [String] {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    let document = try Shared.pair(zh: zh, en: en)
    let pipeline = Pipeline(lexicon: lexicon)
    let result = pipeline.check(document)
    let context = CheckContext(aligned: result.aligned, lexicon: lexicon)
    return check.findings(in: context).map(\.messageID).sorted()
  }

  func testEveryExampleOfEveryCheck() throws {
    for check in CheckRegistry.all {
      for example in check.descriptor.examples {
        let found = try run(check, zh: example.governing, en: example.translation)
        XCTAssertEqual(
          found, example.expected.sorted(),
          "\(check.descriptor.id): \(example.governing) / \(example.translation)")
      }
    }
  }

  func testExamplesAfterAMultibytePrefix() throws {
    for check in CheckRegistry.all {
      for example in check.descriptor.examples {
        let found = try run(
          check, zh: "（草案）" + example.governing, en: "(Draft) " + example.translation)
        XCTAssertEqual(found, example.expected.sorted(), "\(check.descriptor.id) with prefix")
      }
    }
  }

  func testExamplesInTraditionalChinese() throws {
    let lexicon = try XCTUnwrap(Shared.lexicon)
    for check in CheckRegistry.all {
      for example in check.descriptor.examples {
        var scalars = Array(example.governing.unicodeScalars)
        for token in lexicon.segment(example.governing).reversed() {
          let entries = lexicon.entries(for: token.text).filter { $0.simplified == token.text }
          guard
            let form = (entries.first { $0.traditional == token.text } ?? entries.first)?
              .traditional
          else { continue }
          scalars.replaceSubrange(token.range, with: form.unicodeScalars)
        }
        let rebuilt = String(String.UnicodeScalarView(scalars))
        let found = try run(check, zh: rebuilt, en: example.translation)
        XCTAssertEqual(found, example.expected.sorted(), "\(check.descriptor.id): \(rebuilt)")
      }
    }
  }

  func testRegistryListsEveryCheckFileAndIdsAreUnique() throws {
    let ids = CheckRegistry.all.map(\.descriptor.id)
    XCTAssertEqual(Set(ids).count, ids.count, "duplicate check ids: \(ids)")
    let sources = Shared.packageRoot.appendingPathComponent("Sources/PrevailChecks")
    let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
      ?? []
    var declared: [String] = []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") where line.hasPrefix("public struct ")
        && line.contains(": Check")
      {
        declared.append(String(line.split(separator: " ")[2].dropLast()))
      }
    }
    let registered = CheckRegistry.all.map { String(describing: type(of: $0)) }
    XCTAssertEqual(declared.sorted(), registered.sorted())
  }
}
