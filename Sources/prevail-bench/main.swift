import ArgumentParser
import Foundation
import PrevailAlign
import PrevailLexicon

/// Benchmarks for Prevail's stages, measured against the shared gold data.
struct PrevailBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prevail-bench",
    abstract: "Measure Prevail's stages against gold data.",
    subcommands: [
      AlignBench.self, ScaleBench.self, InjectBench.self, CheckBench.self, NoiseBench.self,
    ]
  )
}

/// Sentence alignment quality and speed on every gold set.
struct AlignBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Align every gold set; print strict/lax P/R/F1, speed, memory and a scaling check."
  )

  @Option(help: "The gold directory (sets of documents with zh.txt, en.txt, gold.align).")
  var gold = "../shared/align-gold"

  @Flag(help: "Align by length alone, without the dictionary.")
  var lengthOnly = false

  @Flag(help: "Skip the second pass.")
  var onePass = false

  @Flag(help: "Print one line per document.")
  var perDocument = false

  @Option(help: "Write each document's beads to DIR/<set>-<doc>.align.")
  var output: String?

  @Flag(help: "Skip the doubled-document scaling check.")
  var noScaling = false

  @Option(
    name: .customLong("set"),
    help: "Override a configuration value for an experiment, e.g. --set lexicalWeight=0.7.")
  var overrides: [String] = []

  @Flag(help: "Print only the summary line of each set.")
  var quiet = false

  func run() throws {
    let goldURL = URL(fileURLWithPath: gold)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: goldURL.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      print("No gold directory at \(goldURL.path); nothing to benchmark.")
      return
    }
    let clock = ContinuousClock()
    var lexicon: Lexicon?
    let loadTime = try clock.measure { lexicon = lengthOnly ? nil : try Lexicon.bundled() }
    var configuration = SentenceAlignerConfiguration()
    configuration.secondPass = !onePass
    for override in overrides { try apply(override, to: &configuration) }
    let aligner = SentenceAligner(lexicon: lexicon, configuration: configuration)

    print(
      "dictionary: \(lengthOnly ? "none (length only)" : "CC-CEDICT bundled"), "
        + "load \(milliseconds(loadTime)) ms")
    print(
      pad("set", 10) + pad("docs", 5) + pad("strict P", 9) + pad("R", 7) + pad("F1", 7)
        + pad("lax P", 8) + pad("R", 7) + pad("F1", 7) + pad("sent/s", 9) + "align-only sent/s")
    let goldSets = ["mac-dev", "academic", "magazine"].map { set in
      let setURL = goldURL.appendingPathComponent(set)
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: setURL.path))?.sorted() ?? []
      let documents = names.compactMap { name in
        (try? GoldDocument(folder: setURL.appendingPathComponent(name))).map { (name, $0) }
      }
      return (set, documents)
    }
    // Held out: nothing in the aligner was tuned on the UN documents.
    let corpus = goldURL.deletingLastPathComponent().appendingPathComponent("corpus")
    for (set, documents) in goldSets + HeldOutGold.sets(corpus: corpus) {
      var metric = AlignmentMetric()
      var sentences = 0
      var total = Duration.zero
      var alignOnly = Duration.zero
      for (name, doc) in documents {
        var features: BitextFeatures?
        let featureTime = clock.measure { features = aligner.features(zh: doc.zh, en: doc.en) }
        guard let features else { continue }
        var result: SentenceAlignment?
        let alignTime = clock.measure { result = aligner.align(features) }
        guard let beads = result?.beads else { continue }
        total += featureTime + alignTime
        alignOnly += alignTime
        sentences += doc.zh.count + doc.en.count
        metric.add(system: beads, gold: doc.gold)
        if perDocument && !quiet {
          let one = AlignmentMetric(system: beads, gold: doc.gold)
          print(
            "  \(set)/\(name): strict F1 \(fixed(one.strictF1)) lax F1 \(fixed(one.laxF1)), "
              + "anchors \(result?.anchors.count ?? 0), cells \(result?.latticeCells ?? 0)")
        }
        if let output {
          let path = URL(fileURLWithPath: output).appendingPathComponent("\(set)-\(name).align")
          try BeadFormatter.beads(beads).write(to: path, atomically: true, encoding: .utf8)
        }
      }
      guard metric.documents > 0 else {
        print(pad(set, 10) + "no documents")
        continue
      }
      print(
        pad(set, 10) + pad("\(metric.documents)", 5) + pad(fixed(metric.strictPrecision), 9)
          + pad(fixed(metric.strictRecall), 7) + pad(fixed(metric.strictF1), 7)
          + pad(fixed(metric.laxPrecision), 8) + pad(fixed(metric.laxRecall), 7)
          + pad(fixed(metric.laxF1), 7) + pad(rate(sentences, total), 9)
          + rate(sentences, alignOnly))
    }
    print("peak memory (VmHWM): \(peakMemory())")
    if !noScaling && !quiet { try scaling(goldURL) }
  }

  /// Aligns one document and the same document doubled and quadrupled, each in a fresh process
  /// so that each peak memory is its own.
  private func scaling(_ goldURL: URL) throws {
    let folder = goldURL.appendingPathComponent("academic/001")
    guard FileManager.default.fileExists(atPath: folder.path) else { return }
    print("scaling (academic/001 concatenated with itself, separate processes):")
    for copies in [1, 2, 4] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      var arguments = ["scale", folder.path, "--copies", "\(copies)"]
      if lengthOnly { arguments.append("--length-only") }
      process.arguments = arguments
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      print("  " + (String(data: data, encoding: .utf8) ?? "").trimmingCharacters(in: .newlines))
    }
  }
}

/// Applies `name=value` to a configuration.
func apply(_ override: String, to configuration: inout SentenceAlignerConfiguration) throws {
  let parts = override.split(separator: "=", maxSplits: 1).map(String.init)
  guard parts.count == 2, let value = Double(parts[1]) else {
    throw ValidationError("expected name=value: \(override)")
  }
  switch parts[0] {
  case "lengthVariance": configuration.lengthVariance = value
  case "lexicalWeight": configuration.lexicalWeight = value
  case "matchRate": configuration.matchRate = value
  case "likelihoodWeight": configuration.likelihoodWeight = value
  case "marginNeighbours": configuration.marginNeighbours = Int(value)
  case "anchorMaxKeyFrequency": configuration.anchorMaxKeyFrequency = Int(value)
  case "anchorMinSimilarity": configuration.anchorMinSimilarity = value
  case "anchorMaxLengthDeviation": configuration.anchorMaxLengthDeviation = value
  case "bandRadius": configuration.bandRadius = Int(value)
  case "bandGrowth": configuration.bandGrowth = value
  case "maxBandRadius": configuration.maxBandRadius = Int(value)
  case "secondPassRadius": configuration.secondPassRadius = Int(value)
  case "learnedPairMinCount": configuration.learnedPairMinCount = Int(value)
  case "learnedPairMinDice": configuration.learnedPairMinDice = value
  case "learningMinScore": configuration.learningMinScore = value
  default:
    if let index = configuration.shapes.firstIndex(where: { "prior\($0.zh)\($0.en)" == parts[0] }) {
      configuration.shapes[index].prior = value
    } else {
      throw ValidationError("unknown setting \(parts[0])")
    }
  }
}

/// One scaling measurement (run by `align` in a child process).
struct ScaleBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scale", abstract: "Align a document concatenated with itself N times.")

  @Argument(help: "A document folder with zh.txt and en.txt.")
  var folder: String

  @Option(help: "How many copies to concatenate.")
  var copies = 1

  @Flag(help: "Align by length alone.")
  var lengthOnly = false

  func run() throws {
    let doc = try GoldDocument(folder: URL(fileURLWithPath: folder))
    let lexicon = lengthOnly ? nil : try Lexicon.bundled()
    let before = peakMemory()
    let aligner = SentenceAligner(lexicon: lexicon)
    let zh = Array(repeating: doc.zh, count: copies).flatMap { $0 }
    let en = Array(repeating: doc.en, count: copies).flatMap { $0 }
    let clock = ContinuousClock()
    var result: SentenceAlignment?
    let time = clock.measure { result = aligner.align(aligner.features(zh: zh, en: en)) }
    let sentences = zh.count + en.count
    print(
      "×\(copies): \(sentences) sentences, \(milliseconds(time)) ms, "
        + "lattice cells \(result?.latticeCells ?? 0) "
        + "(full \((zh.count + 1) * (en.count + 1))), "
        + "VmHWM \(before) after dictionary load → \(peakMemory())")
  }
}

/// A gold document: its sentences and beads.
struct GoldDocument {
  var zh: [String]
  var en: [String]
  var gold: [SentenceBead]

  init(zh: [String], en: [String], gold: [SentenceBead]) {
    self.zh = zh
    self.en = en
    self.gold = gold
  }

  init(folder: URL) throws {
    zh = try Self.lines(folder.appendingPathComponent("zh.txt"))
    en = try Self.lines(folder.appendingPathComponent("en.txt"))
    let goldURL = folder.appendingPathComponent("gold.align")
    gold =
      FileManager.default.fileExists(atPath: goldURL.path)
      ? try BeadParser.parse(String(contentsOf: goldURL, encoding: .utf8)) : []
  }

  static func lines(_ url: URL) throws -> [String] {
    var lines = try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

func peakMemory() -> String {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
  else { return "unknown" }
  let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  return "\(kilobytes / 1024) MB"
}

func milliseconds(_ duration: Duration) -> String {
  let ms =
    Double(duration.components.seconds) * 1000
    + Double(duration.components.attoseconds) / 1e15
  return String(format: "%.1f", ms)
}

func rate(_ count: Int, _ duration: Duration) -> String {
  let seconds =
    Double(duration.components.seconds)
    + Double(duration.components.attoseconds) / 1e18
  return seconds > 0 ? String(Int(Double(count) / seconds)) : "-"
}

func fixed(_ value: Double) -> String { String(format: "%.3f", value) }

func pad(_ text: String, _ width: Int) -> String {
  text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

PrevailBench.main()
