import PrevailModel
import PrevailXML

/// Small helpers shared by the TEI report's parts: element construction and value formatting.
enum TEI {
  /// A TEI element with attributes given as name–value pairs (`xml:id`/`xml:lang` go in the XML
  /// namespace) and children.
  static func element(
    _ name: String, _ attributes: [(String, String?)] = [], _ children: [XNode] = []
  ) -> XElement {
    var result = XElement(name, namespace: .tei, children: children)
    for (attribute, value) in attributes {
      guard let value else { continue }
      switch attribute {
      case "xml:id": result.attributes.append(.xmlID(value))
      case "xml:lang": result.attributes.append(.xmlLang(value))
      default: result.attributes.append(XAttribute(attribute, value))
      }
    }
    return result
  }

  /// A TEI element of mixed content (`<s>`, `<seg>`): never indented inside when written.
  static func mixed(_ name: String, _ attributes: [(String, String?)], _ children: [XNode])
    -> XElement
  {
    let plain = element(name, attributes, children)
    return XElement.mixed(
      plain.name, namespace: plain.namespace, attributes: plain.attributes,
      children: plain.children)
  }

  /// A TEI element holding only text.
  static func element(_ name: String, _ attributes: [(String, String?)] = [], text: String)
    -> XElement
  {
    element(name, attributes, [.text(text)])
  }

  /// A number with at most `places` decimals, trailing zeros trimmed, independent of locale
  /// (`0.875`, `1`, `12.3`). Non-finite values become `0`.
  static func decimal(_ value: Double, places: Int = 3) -> String {
    guard value.isFinite else { return "0" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int64((abs(value) * scale).rounded())
    let factor = Int64(scale)
    let sign = value < 0 && scaled != 0 ? "-" : ""
    var fraction = String(scaled % factor)
    fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let whole = "\(sign)\(scaled / factor)"
    return fraction.isEmpty ? whole : "\(whole).\(fraction)"
  }

  /// A certainty (`@cert`): a decimal clamped to 0…1, as TEI's `teidata.probCert` allows.
  static func certainty(_ value: Double) -> String {
    decimal(value.isFinite ? min(1, max(0, value)) : 0)
  }

  /// The language a short piece of evidence is written in: Chinese if it holds a Han character.
  static func language(of text: String) -> Language {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
      default: false
      }
    } ? .zh : .en
  }

  /// A value for an attribute TEI types as `teidata.enumerated` (`@type`, `@subtype`): one token
  /// without spaces or control characters; `fallback` when nothing is left.
  static func token(_ value: String, fallback: String) -> String {
    var view = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .control, .format, .privateUse, .surrogate, .unassigned, .spaceSeparator,
        .lineSeparator, .paragraphSeparator:
        if view.last != "-" { view.append("-") }
      default:
        view.append(scalar)
      }
    }
    let token = String(view).trimmingDashes()
    return token.isEmpty ? fallback : token
  }

  /// `#a #b` for a list of ids.
  static func pointers(_ ids: [String]) -> String { ids.map { "#\($0)" }.joined(separator: " ") }
}

extension String {
  fileprivate func trimmingDashes() -> String {
    var result = Substring(self)
    while result.first == "-" { result.removeFirst() }
    while result.last == "-" { result.removeLast() }
    return String(result)
  }
}
