import Foundation
import PrevailModel
import PrevailXML

/// A parsed XML input: the element tree in document order, each element with the span of its
/// content in the raw file, so that text read from it keeps raw line and column positions.
struct XMLSource {
  struct Node {
    var element: XElement
    var children: [Int]
    var span: XMLRawScanner.Span
  }

  let raw: RawText
  private(set) var nodes: [Node] = []

  /// Parses `data` (already decoded into `raw`) safely with PrevailXML.
  init(data: Data, raw: RawText) throws {
    self.raw = raw
    let root: XElement
    do {
      root = try XMLReader.parse(data)
    } catch let error as XMLError {
      throw InputError.notText(path: raw.path, reason: error.description)
    }
    let spans = XMLRawScanner(scalars: raw.scalars).spans()
    var stack: [(element: XElement, parent: Int?)] = [(root, nil)]
    while let (element, parent) = stack.popLast() {
      let index = nodes.count
      let span =
        index < spans.count
        ? spans[index] : XMLRawScanner.Span(contentStart: 0, contentEnd: 0)
      nodes.append(Node(element: element, children: [], span: span))
      if let parent { nodes[parent].children.append(index) }
      for child in element.elements.reversed() { stack.append((child, index)) }
    }
  }

  var root: Int { 0 }

  func element(_ index: Int) -> XElement { nodes[index].element }

  func children(_ index: Int, named name: String) -> [Int] {
    nodes[index].children.filter { nodes[$0].element.name == name }
  }

  /// Elements below `index` (not itself) with a local name, in document order; the search does
  /// not descend into elements named in `skipping`.
  func descendants(_ index: Int, named name: String, skipping: Set<String> = []) -> [Int] {
    var result: [Int] = []
    var stack = Array(nodes[index].children.reversed())
    while let current = stack.popLast() {
      let currentName = nodes[current].element.name
      if currentName == name { result.append(current) }
      if skipping.contains(currentName) { continue }
      stack.append(contentsOf: nodes[current].children.reversed())
    }
    return result
  }

  /// Inline elements whose content is native code (formatting codes), not text.
  static let codeElements: Set<String> = [
    "bpt", "ept", "it", "ph", "ut", "x", "bx", "ex", "sc", "ec", "sm", "em", "note",
  ]

  /// The text of an element as cells with raw offsets: inline code elements are left out,
  /// XLIFF 2 `<cp hex>` stands for its scalar, and line breaks, tabs and other control
  /// characters become spaces (one element is one paragraph line). Whitespace-only text with a
  /// line break between elements is layout (indentation): a space in English, nothing in
  /// Chinese.
  /// With `keepingLineBreaks`, line feeds inside text stay (for the caller to split at).
  func cells(_ index: Int, language: Language, keepingLineBreaks: Bool = false) -> [Cell] {
    var decoded: [Unicode.Scalar] = []
    collect(
      nodes[index].element, language: language, lineBreaks: keepingLineBreaks, into: &decoded)
    let offsets = XMLTextLocator.offsets(of: decoded, in: raw.scalars, span: nodes[index].span)
    return zip(decoded, offsets).map { Cell(scalar: $0, raw: $1) }
  }

  private func collect(
    _ element: XElement, language: Language, lineBreaks: Bool,
    into scalars: inout [Unicode.Scalar]
  ) {
    for child in element.children {
      switch child {
      case .text(let text):
        if text.unicodeScalars.contains("\n"), text.unicodeScalars.allSatisfy(Script.isXMLSpace) {
          if language == .en { scalars.append(" ") }
          continue
        }
        for scalar in text.unicodeScalars {
          let control =
            (scalar.value < 0x20 || scalar.value == 0x7F) && !(lineBreaks && scalar == "\n")
          scalars.append(control ? " " : scalar)
        }
      case .element(let inner):
        if inner.name == "cp", let hex = inner.attribute("hex"),
          let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
        {
          scalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
        } else if !Self.codeElements.contains(inner.name) {
          collect(inner, language: language, lineBreaks: lineBreaks, into: &scalars)
        }
      }
    }
  }

  /// The language of an `xml:lang` (or TMX 1.1 `lang`) value: `zh`, `zh-CN`, `zh-Hant-TW`,
  /// `cmn` are Chinese; `en`, `en-GB` English; anything else none.
  static func language(_ tag: String?) -> Language? {
    guard let tag else { return nil }
    let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map {
      $0.lowercased()
    }
    switch primary {
    case "zh", "cmn", "chi", "zho": return .zh
    case "en", "eng": return .en
    default: return nil
    }
  }

  /// An element's `xml:lang`, or a plain `lang` attribute.
  func languageTag(_ index: Int) -> String? {
    let element = nodes[index].element
    return element.xmlLang ?? element.attribute("lang")
  }
}

extension Script {
  /// XML's whitespace: space, tab, line feed, carriage return.
  static func isXMLSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
  }
}
