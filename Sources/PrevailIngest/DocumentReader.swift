import PrevailModel

/// How the governing version is chosen.
public enum GoverningChoice: String, Sendable, CaseIterable {
  /// From the document's own clause ("the Chinese version shall prevail"); Chinese if none.
  case auto
  case zh
  case en
}

/// Reads documents into two normalized, structured versions.
public struct DocumentReader: Sendable {
  public var oracle: WordOracle
  public var governing: GoverningChoice

  public init(oracle: WordOracle, governing: GoverningChoice = .auto) {
    self.oracle = oracle
    self.governing = governing
  }

  /// A single file holding both versions, one after the other (as in a PDF with the original
  /// in an appendix). The split is the line that best separates the two languages.
  public func readBilingual(_ raw: RawText, name: String) throws -> BilingualDocument {
    let lines = raw.lineRanges
    let languages = lines.map { Script.language(of: raw.scalars[$0]) }
    let zhCount = languages.filter { $0 == .zh }.count
    let enCount = languages.filter { $0 == .en }.count
    if zhCount == 0 || enCount == 0 {
      if zhCount == 0 && enCount == 0 {
        throw InputError.notText(path: raw.path, reason: "no Chinese or English text")
      }
      throw InputError.oneLanguageOnly(path: raw.path, language: zhCount == 0 ? .en : .zh)
    }
    let (split, englishFirst) = bestSplit(languages)
    let first = 0..<split
    let second = split..<lines.count
    let zhLines = englishFirst ? second : first
    let enLines = englishFirst ? first : second
    let zhCovered = zhLines.filter { languages[$0] == .zh }.count
    let enCovered = enLines.filter { languages[$0] == .en }.count
    guard zhCovered * 2 >= zhCount, enCovered * 2 >= enCount, zhCovered > 0, enCovered > 0 else {
      throw InputError.noParallelText(
        path: raw.path,
        reason: "Chinese and English text are interleaved; give the versions as two files "
          + "(--original, --translation) or as TMX/XLIFF")
    }
    let zh = version(raw, lines: zhLines.map { lines[$0] }, language: .zh, freeText: true)
    let en = version(raw, lines: enLines.map { lines[$0] }, language: .en, freeText: true)
    return assemble(name: name, path: raw.path, zh: zh, en: en)
  }

  /// Two files, one per version.
  public func readPair(
    original: RawText, translation: RawText, name: String, onePerLine: Bool
  ) throws -> BilingualDocument {
    let files = [original, translation]
    var versions: [Language: VersionDocument] = [:]
    for raw in files {
      let languages = raw.lineRanges.map { Script.language(of: raw.scalars[$0]) }
      let zhCount = languages.filter { $0 == .zh }.count
      let enCount = languages.filter { $0 == .en }.count
      guard zhCount + enCount > 0 else {
        throw InputError.notText(path: raw.path, reason: "no Chinese or English text")
      }
      let language: Language = zhCount >= enCount ? .zh : .en
      if versions[language] != nil {
        throw InputError.noParallelText(
          path: raw.path, reason: "both files are \(language.name); one must be the other language")
      }
      versions[language] = version(
        raw, lines: raw.lineRanges, language: language, freeText: !onePerLine)
    }
    guard let zh = versions[.zh], let en = versions[.en] else {
      throw InputError.noParallelText(path: translation.path, reason: "two languages needed")
    }
    return assemble(name: name, path: original.path, zh: zh, en: en)
  }

  /// Which version governs (the document's clause, the option, or Chinese by default).
  func assemble(
    name: String, path: String, zh: VersionDocument, en: VersionDocument
  ) -> BilingualDocument {
    let clause =
      GoverningClause.find(in: String(String.UnicodeScalarView(en.side.scalars)))
      ?? GoverningClause.find(in: String(String.UnicodeScalarView(zh.side.scalars)))
    let language: Language
    let source: String
    switch governing {
    case .zh:
      (language, source) = (.zh, "option")
    case .en:
      (language, source) = (.en, "option")
    case .auto:
      if let clause { (language, source) = (clause.language, "clause") } else {
        (language, source) = (.zh, "default")
      }
    }
    return BilingualDocument(
      name: name, path: path, governing: language == .zh ? zh : en,
      translation: language == .zh ? en : zh, governingSource: source,
      governingStatement: clause?.statement)
  }

  /// Maximizes English lines before the cut plus Chinese lines after it (or the reverse).
  private func bestSplit(_ languages: [Language?]) -> (Int, englishFirst: Bool) {
    var best = (score: Int.min, split: 0, englishFirst: true)
    for englishFirst in [true, false] {
      let firstLanguage: Language = englishFirst ? .en : .zh
      var score = languages.reduce(0) { total, language in
        total + (language == firstLanguage.other ? 1 : language == firstLanguage ? -1 : 0)
      }
      for split in 0...languages.count {
        if score > best.score { best = (score, split, englishFirst) }
        guard split < languages.count else { break }
        if languages[split] == firstLanguage { score += 2 } else if languages[split] != nil {
          score -= 2
        }
      }
    }
    return (best.split, best.englishFirst)
  }

  /// Repairs, classifies and structures the lines of one version.
  func version(
    _ raw: RawText, lines: [Range<Int>], language: Language, freeText: Bool
  ) -> VersionDocument {
    var log = RepairLog(lineTable: raw.lineTable)
    let words = language == .en ? documentWords(raw, lines: lines) : [:]
    let repairer = LineRepairer(language: language, oracle: oracle, documentWords: words)
    var repaired: [([Cell], LineKind)] = []
    var hasOrdinalSections = false
    for line in lines {
      var cells = raw.scalars[line].enumerated().map {
        Cell(scalar: $0.element, raw: line.lowerBound + $0.offset)
      }.trimmed()
      if let first = cells.first, Script.isBullet(first.scalar) {
        log.record(.bullet, at: first.raw, original: String(first.scalar), replacement: "")
        cells = Array(cells.dropFirst()).trimmed()
        cells = repairer.repair(cells, log: &log)
        repaired.append((cells, .bullet(text: cells.string)))
        continue
      }
      cells = repairer.repair(cells, log: &log).trimmed()
      let kind = LineClassifier.classify(cells, language: language, freeText: freeText)
      if kind == .pageNumber, let first = cells.first {
        log.record(.pageNumber, at: first.raw, original: cells.string, replacement: "")
      }
      if case .section = kind { hasOrdinalSections = true }
      repaired.append((cells, kind))
    }
    var builder = BlockBuilder(
      language: language, freeText: freeText, bulletsAreActions: hasOrdinalSections)
    for (cells, kind) in repaired {
      builder.add(cells, kind: kind)
    }
    builder.markTitle()
    var tree = TreeBuilder(language: language)
    let root = tree.build(builder.blocks)
    let endOffset = (tree.rawOffsets.last ?? 0) + 1
    let side = Side(
      language: language, path: raw.path, scalars: tree.scalars,
      rawOffsets: tree.rawOffsets + [endOffset], lineTable: raw.lineTable,
      repairs: log.repairs)
    return VersionDocument(side: side, root: root)
  }

  /// Letter runs that occur intact in the raw text, with counts (evidence for joining splits).
  private func documentWords(_ raw: RawText, lines: [Range<Int>]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for line in lines {
      var word = String.UnicodeScalarView()
      for scalar in raw.scalars[line] {
        if Script.isLatinLetter(scalar) {
          word.append(scalar)
        } else {
          if !word.isEmpty { counts[String(word), default: 0] += 1 }
          word = String.UnicodeScalarView()
        }
      }
      if !word.isEmpty { counts[String(word), default: 0] += 1 }
    }
    return counts
  }
}
