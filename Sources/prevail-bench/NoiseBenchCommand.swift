import ArgumentParser
import Foundation
import PrevailKit
import PrevailModel

/// How many findings the checks raise on real translations of other genres (literary chapters,
/// academic prose, magazine articles): the alignment gold documents, checked as two plain files.
struct NoiseBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "noise",
    abstract: "Check the alignment gold documents (other genres) and count the findings.",
    discussion: """
      The documents in ../shared/align-gold are real published translations (literary chapters \
      translated freely, academic prose, magazine articles), not faithful reference pairs: some \
      of what Prevail reports there is real. The figures show how loud the checks are outside \
      UN and policy texts: findings at major or above per 100 governing sentences, by check.
      """
  )

  @Option(help: "The gold directory (sets of documents with zh.txt and en.txt).")
  var gold = "../shared/align-gold"

  func run() throws {
    let pipeline = try Pipeline.bundled()
    let root = URL(fileURLWithPath: gold)
    let sets = try FileManager.default.contentsOfDirectory(atPath: gold).sorted().filter {
      !$0.hasPrefix(".") && !$0.hasSuffix(".md")
    }
    print("set        documents  sentences  major+  per 100  by check (major+)")
    for set in sets {
      let documents = try FileManager.default.contentsOfDirectory(
        atPath: root.appendingPathComponent(set).path
      ).sorted().filter { !$0.hasPrefix(".") }
      var sentences = 0
      var byCheck: [String: Int] = [:]
      for document in documents {
        let folder = root.appendingPathComponent(set).appendingPathComponent(document)
        let result = try pipeline.check(
          .pair(
            original: folder.appendingPathComponent("zh.txt").path,
            translation: folder.appendingPathComponent("en.txt").path, onePerLine: true))
        sentences += result.document.governing.root.all(.sentence).count
        for finding in result.findings where finding.severity >= .major {
          byCheck[finding.check, default: 0] += 1
        }
      }
      let major = byCheck.values.reduce(0, +)
      let checks = byCheck.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
        "\($0.key) \($0.value)"
      }
      let perHundred = String(format: "%.1f", Double(major) * 100 / Double(max(sentences, 1)))
      let columns = [
        column(set, 11), column(String(documents.count), 11), column(String(sentences), 11),
        column(String(major), 8), column(perHundred, 9),
      ]
      print(columns.joined() + checks.joined(separator: ", "))
    }
  }

  private func column(_ text: String, _ width: Int) -> String {
    text.padding(toLength: max(width, text.count + 1), withPad: " ", startingAt: 0)
  }
}
