import PrevailModel

/// The text of a document in units (translation units, XLIFF units, TEI paragraphs): each unit
/// is one paragraph line of its version, its cells keeping raw offsets into the input file.
struct ParallelUnits {
  var zh: [[Cell]] = []
  var en: [[Cell]] = []

  /// Adds one unit's text to a version, skipping units with no text.
  mutating func add(_ cells: [Cell], language: Language) {
    let trimmed = cells.trimmed()
    guard !trimmed.isEmpty else { return }
    switch language {
    case .zh: zh.append(trimmed)
    case .en: en.append(trimmed)
    }
  }

  /// Joins pieces of one unit (XLIFF 2 segments, TEI sentences), putting a space between
  /// English pieces that do not already have one.
  static func join(_ pieces: [[Cell]], language: Language) -> [Cell] {
    var result: [Cell] = []
    for piece in pieces where !piece.isEmpty {
      if language == .en, let last = result.last, let first = piece.first,
        !Script.isSpace(last.scalar), !Script.isSpace(first.scalar)
      {
        result.append(Cell(scalar: " ", raw: last.raw))
      }
      result.append(contentsOf: piece)
    }
    return result
  }
}

extension DocumentReader {
  /// Reads units into a bilingual document: each version is structured as paragraph lines
  /// (one per unit) by the same repairs and structure rules as text, and its positions point
  /// into the input file.
  func readUnits(_ units: ParallelUnits, raw: RawText, name: String) throws -> BilingualDocument {
    let zhCount = units.zh.count
    let enCount = units.en.count
    if zhCount == 0 && enCount == 0 {
      throw InputError.notText(path: raw.path, reason: "no Chinese or English text in its units")
    }
    if zhCount == 0 || enCount == 0 {
      throw InputError.oneLanguageOnly(path: raw.path, language: zhCount == 0 ? .en : .zh)
    }
    for unit in units.zh + units.en where unit.count > RawText.maximumLineLength {
      let line = raw.lineTable.position(of: unit.first?.raw ?? 0).line
      throw InputError.notText(
        path: raw.path,
        reason: "the unit at line \(line) is \(unit.count) characters long (the limit is "
          + "\(RawText.maximumLineLength)); break the text into paragraphs")
    }
    let zh = unitVersion(units.zh, raw: raw, language: .zh)
    let en = unitVersion(units.en, raw: raw, language: .en)
    return assemble(name: name, path: raw.path, zh: zh, en: en)
  }

  /// Lays the units out as the lines of a text, reads it, then maps every offset and repair
  /// position of that text back to the input file.
  private func unitVersion(
    _ lines: [[Cell]], raw: RawText, language: Language
  ) -> VersionDocument {
    var text = String.UnicodeScalarView()
    var map: [Int] = []
    for line in lines {
      for cell in line {
        text.append(cell.scalar)
        map.append(cell.raw)
      }
      text.append("\n")
      map.append((line.last?.raw ?? 0) + 1)
    }
    let laidOut = RawText(path: raw.path, text: String(text))
    var document = version(
      laidOut, lines: laidOut.lineRanges, language: language, freeText: false)
    func mapped(_ offset: Int) -> Int {
      if offset >= 0 && offset < map.count { return map[offset] }
      return (map.last ?? 0) + 1
    }
    let side = document.side
    let starts = laidOut.lineTable.lineStarts
    let repairs = side.repairs.map { repair -> Repair in
      var moved = repair
      let line = max(0, min(repair.position.line - 1, starts.count - 1))
      moved.position = raw.lineTable.position(of: mapped(starts[line] + repair.position.column - 1))
      return moved
    }
    document.side = Side(
      language: language, path: raw.path, scalars: side.scalars,
      rawOffsets: side.rawOffsets.map(mapped), lineTable: raw.lineTable, repairs: repairs)
    return document
  }
}
