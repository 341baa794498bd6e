import PrevailModel

/// Reads XLIFF 1.2 (`<file source-language target-language>` › `<trans-unit>` › `<source>`,
/// `<target>`) and XLIFF 2.x (`<xliff srcLang trgLang>` › `<unit>` › `<segment>`/`<ignorable>`
/// › `<source>`, `<target>`). Each unit is one paragraph line of each version; an `xml:lang` on
/// `<source>`/`<target>` overrides the file's languages. `<alt-trans>` proposals are not read.
enum XLIFFReader {
  static func units(_ source: XMLSource) throws -> ParallelUnits {
    let root = source.root
    let rootElement = source.element(root)
    guard rootElement.name == "xliff" else {
      throw InputError.notText(
        path: source.raw.path, reason: "not XLIFF (the root is not <xliff>)")
    }
    var units = ParallelUnits()
    var languages: Set<String> = []
    let version2 =
      rootElement.attribute("srcLang") != nil
      || (rootElement.attribute("version").map { $0.hasPrefix("2") } ?? false)
    for file in source.children(root, named: "file") {
      let fileElement = source.element(file)
      let sourceTag =
        version2
        ? rootElement.attribute("srcLang") : fileElement.attribute("source-language")
      let targetTag =
        version2
        ? rootElement.attribute("trgLang") : fileElement.attribute("target-language")
      let unitName = version2 ? "unit" : "trans-unit"
      for unit in source.descendants(file, named: unitName) {
        let containers =
          version2
          ? source.children(unit, named: "segment") + source.children(unit, named: "ignorable")
          : [unit]
        let ordered = containers.sorted()
        for (name, fallback) in [("source", sourceTag), ("target", targetTag)] {
          var byLanguage: [Language: [[Cell]]] = [:]
          for container in ordered {
            for element in source.children(container, named: name) {
              let tag = source.languageTag(element) ?? fallback
              if let tag { languages.insert(tag) }
              guard let language = XMLSource.language(tag) else { continue }
              byLanguage[language, default: []].append(source.cells(element, language: language))
            }
          }
          for (language, pieces) in byLanguage {
            units.add(ParallelUnits.join(pieces, language: language), language: language)
          }
        }
      }
    }
    try UnitLanguages.require(units, found: languages, path: source.raw.path)
    return units
  }
}
