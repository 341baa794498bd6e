import PrevailModel

/// Reads Prevail's own TEI report back as a document: the `<div type="original">` and
/// `<div type="translation">` of the body (their `xml:lang` gives the language); every
/// `<head>`, `<p>` and `<ab>` inside is one paragraph line, so headings such as `一、…` and
/// `Core Principle 1: …` are recognized again. Notes (page-number residue) are not text.
enum TEIInputReader {
  private static let units: Set<String> = ["head", "p", "ab"]

  static func units(_ source: XMLSource) throws -> ParallelUnits {
    let root = source.root
    guard source.element(root).name == "TEI" else {
      throw InputError.notText(path: source.raw.path, reason: "not TEI (the root is not <TEI>)")
    }
    var result = ParallelUnits()
    var languages: Set<String> = []
    let bodies = source.descendants(root, named: "body", skipping: ["teiHeader", "standOff"])
    for body in bodies {
      for division in source.children(body, named: "div") {
        let type = source.element(division).attribute("type")
        guard type == "original" || type == "translation" || type == nil else { continue }
        let tag = source.languageTag(division)
        if let tag { languages.insert(tag) }
        guard let language = XMLSource.language(tag) else { continue }
        for (unit, container) in unitElements(source, in: division) {
          if container == "appendix" {
            // An appendix keeps its lines (Appendix 1: / Coordinators: / names).
            let cells = source.cells(unit, language: language, keepingLineBreaks: true)
            for line in cells.split(whereSeparator: { $0.scalar == "\n" }) {
              result.add(Array(line), language: language)
            }
            continue
          }
          var cells = source.cells(unit, language: language).trimmed()
          if source.element(unit).name == "head", container == "section" || container == "action",
            let first = cells.first,
            LineClassifier.classify(cells, language: language, freeText: false) == .text
          {
            // The heading's marker was a bullet glyph, removed when the report was written.
            cells.insert(Cell(scalar: "•", raw: first.raw), at: 0)
          }
          result.add(cells, language: language)
        }
      }
    }
    try UnitLanguages.require(result, found: languages, path: source.raw.path)
    return result
  }

  /// The outermost head/p/ab elements below `division`, in document order, each with the
  /// `type` of the `<div>` holding it (a heading's section or action).
  private static func unitElements(
    _ source: XMLSource, in division: Int
  ) -> [(unit: Int, container: String?)] {
    var result: [(Int, String?)] = []
    let type = source.element(division).attribute("type")
    var stack = source.nodes[division].children.reversed().map { ($0, type) }
    while let (current, container) = stack.popLast() {
      let element = source.element(current)
      if units.contains(element.name) {
        result.append((current, container))
      } else if element.name != "note" {
        let inner = element.name == "div" ? element.attribute("type") : container
        stack.append(contentsOf: source.nodes[current].children.reversed().map { ($0, inner) })
      }
    }
    return result
  }
}
