import ArgumentParser
import Foundation
import PrevailIngest
import PrevailKit
import PrevailLexicon
import PrevailReports

/// The full check (read → structure → align → check → JSON and TEI reports) on a large
/// governing text made by concatenating the corpus document with the UN pairs in `../shared`.
/// Each size runs in a fresh process so that its peak memory (VmHWM) is its own.
struct CheckBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Time the full check on ≥100,000 governing characters and on 10× that.")

  @Option(help: "The corpus document (one bilingual file).")
  var corpus = "Corpus/china-igf-gdc-input/source.txt"

  @Option(help: "The shared directory with corpus/udhr and corpus/sdg.")
  var shared = "../shared"

  @Option(help: "Governing characters of the smaller text.")
  var characters = 100_000

  @Option(help: "Sizes to run, as multiples of --characters.")
  var sizes: [Int] = [1, 10]

  @Option(help: "Run one size in this process (used by the parent run).")
  var child: Int?

  func run() throws {
    if let child {
      try measure(target: characters * child, label: "×\(child)")
      return
    }
    print("full check, release build, one fresh process per size (read → JSON + TEI reports)")
    for size in sizes {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      process.arguments = [
        "check", "--corpus", corpus, "--shared", shared, "--characters", "\(characters)",
        "--child", "\(size)",
      ]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      print((String(data: data, encoding: .utf8) ?? "").trimmingCharacters(in: .newlines))
    }
  }

  private func measure(target: Int, label: String) throws {
    let clock = ContinuousClock()
    let start = clock.now
    let lexicon = try Lexicon.bundled()
    let pipeline = Pipeline(lexicon: lexicon, failOn: .major)
    _ = pipeline.wordOracle.isWord("ready")
    let startup = clock.now - start
    let memoryAtStartup = peakKiB()

    let pieces = try BenchText.pieces(corpus: corpus, shared: shared, oracle: pipeline.wordOracle)
    let (zh, en, governing) = BenchText.combine(pieces, governingCharacters: target)
    let zhData = Data(zh.utf8)
    let enData = Data(en.utf8)

    let begin = clock.now
    let reader = DocumentReader(oracle: pipeline.wordOracle, governing: .zh)
    let document = try reader.readPair(
      original: RawText(path: "zh.txt", text: RawText.decode(zhData, path: "zh.txt")),
      translation: RawText(path: "en.txt", text: RawText.decode(enData, path: "en.txt")),
      name: "bench", onePerLine: false)
    let read = clock.now
    let result = pipeline.check(document)
    let checked = clock.now
    let json = try JSONReportWriter.write(result)
    let tei = try TEIReportWriter.write(result)
    let reported = clock.now
    print(
      "\(label): governing \(governing) characters (\(zhData.count + enData.count) bytes), "
        + "\(result.findings.count) findings, \(json.count + tei.count) report bytes; "
        + "startup (dictionary ready) \(milliseconds(startup)) ms; "
        + "read \(milliseconds(read - begin)) ms, align+check \(milliseconds(checked - read)) ms, "
        + "reports \(milliseconds(reported - checked)) ms, total \(milliseconds(reported - begin)) ms; "
        + "VmHWM \(memoryAtStartup / 1024) MiB after startup, \(peakKiB() / 1024) MiB at end")
  }
}

/// The texts the check benchmark concatenates.
enum BenchText {
  struct Piece {
    var zh: [String]
    var en: [String]
  }

  /// The corpus document's two versions (split where the reader splits them) and the UN pairs,
  /// each as a list of paragraphs.
  static func pieces(corpus: String, shared: String, oracle: WordOracle) throws -> [Piece] {
    var pieces: [Piece] = []
    let raw = try RawText.read(path: corpus)
    let document = try DocumentReader(oracle: oracle).readBilingual(raw, name: "corpus")
    func lines(_ side: VersionSide) -> [String] {
      let offsets = side.offsets.filter { $0 < raw.scalars.count }
      guard let low = offsets.min(), let high = offsets.max() else { return [] }
      let text = String(String.UnicodeScalarView(raw.scalars[low...high]))
      return text.components(separatedBy: "\n\n").map {
        $0.replacingOccurrences(of: "\n", with: " ")
      }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
    let zhSide = document.governing.language == .zh ? document.governing : document.translation
    let enSide = document.governing.language == .zh ? document.translation : document.governing
    pieces.append(
      Piece(
        zh: lines(VersionSide(offsets: zhSide.side.rawOffsets)),
        en: lines(VersionSide(offsets: enSide.side.rawOffsets))))
    for name in ["udhr", "sdg"] {
      let folder = URL(fileURLWithPath: shared).appendingPathComponent("corpus/\(name)")
      guard
        let zh = try? String(
          contentsOf: folder.appendingPathComponent("zh.txt"), encoding: .utf8),
        let en = try? String(contentsOf: folder.appendingPathComponent("en.txt"), encoding: .utf8)
      else { continue }
      pieces.append(
        Piece(
          zh: zh.split(separator: "\n").map(String.init),
          en: en.split(separator: "\n").map(String.init)))
    }
    return pieces
  }

  struct VersionSide {
    var offsets: [Int]
  }

  /// Repeats the pieces until the Chinese (governing) text has `governingCharacters`
  /// non-space characters; paragraphs are separated by blank lines.
  static func combine(_ pieces: [Piece], governingCharacters: Int) -> (String, String, Int) {
    var zh: [String] = []
    var en: [String] = []
    var count = 0
    while count < governingCharacters {
      for piece in pieces where count < governingCharacters {
        zh += piece.zh
        en += piece.en
        count += piece.zh.reduce(0) {
          $0 + $1.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        }
      }
      if pieces.allSatisfy({ $0.zh.isEmpty }) { break }
    }
    return (zh.joined(separator: "\n\n") + "\n", en.joined(separator: "\n\n") + "\n", count)
  }
}

/// Peak resident memory of this process (VmHWM), in KiB.
func peakKiB() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return 0 }
  return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}
