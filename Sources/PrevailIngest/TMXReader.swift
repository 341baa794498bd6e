import PrevailModel

/// Reads TMX 1.4b: every `<tu>` is one unit; its `<tuv xml:lang="zh…">` and `<tuv
/// xml:lang="en…">` `<seg>` texts become one paragraph line of each version. Inline codes
/// (`<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`) are formatting, not text, and are left out.
enum TMXReader {
  static func units(_ source: XMLSource) throws -> ParallelUnits {
    let root = source.root
    guard source.element(root).name == "tmx" else {
      throw InputError.notText(path: source.raw.path, reason: "not TMX (the root is not <tmx>)")
    }
    var units = ParallelUnits()
    var languages: Set<String> = []
    for tu in source.descendants(root, named: "tu") {
      var pieces: [Language: [[Cell]]] = [:]
      for tuv in source.children(tu, named: "tuv") {
        let tag = source.languageTag(tuv)
        if let tag { languages.insert(tag) }
        guard let language = XMLSource.language(tag) else { continue }
        for seg in source.children(tuv, named: "seg") {
          pieces[language, default: []].append(source.cells(seg, language: language))
        }
      }
      for (language, cells) in pieces {
        units.add(ParallelUnits.join(cells, language: language), language: language)
      }
    }
    try UnitLanguages.require(units, found: languages, path: source.raw.path)
    return units
  }
}

/// Explains a unit file that lacks a Chinese or an English side.
enum UnitLanguages {
  static func require(_ units: ParallelUnits, found: Set<String>, path: String) throws {
    guard units.zh.isEmpty || units.en.isEmpty else { return }
    if units.zh.isEmpty && units.en.isEmpty {
      let list = found.sorted().prefix(5).joined(separator: ", ")
      throw InputError.notText(
        path: path,
        reason: found.isEmpty
          ? "no translation units with text"
          : "no Chinese or English units (languages found: \(list))")
    }
    throw InputError.oneLanguageOnly(path: path, language: units.zh.isEmpty ? .en : .zh)
  }
}
