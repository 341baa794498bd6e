import CLibXML2
import Foundation

/// Parses XML into an `XElement` tree, safely.
///
/// No network access (`XML_PARSE_NONET`), no DTD loading, no entity substitution
/// (`XML_PARSE_NOENT` is never passed): a reference to an entity declared in an internal subset
/// stays unexpanded and is dropped from the tree, so neither "billion laughs" nor external
/// entities (`SYSTEM "file:///etc/passwd"`) can bring content in. CDATA becomes text; comments
/// and processing instructions are skipped.
public enum XMLReader {
  /// The options every parse uses.
  static let parseOptions: Int32 = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

  /// Parses a whole document and returns its root element.
  ///
  /// - Throws: `XMLError` (`.malformed`) with the line and message of the first fatal error.
  public static func parse(_ data: Data) throws -> XElement {
    try withDocument(data) { document in
      guard let root = xmlDocGetRootElement(document) else {
        throw XMLError(.malformed, message: "the document has no root element")
      }
      return element(root)
    }
  }

  /// Parses `data` and runs `body` on the libxml2 document, which is freed afterwards.
  ///
  /// Errors below fatal do not stop the parse; they are handed to `body` for callers (such as
  /// validation) that report them.
  static func withDocument<T>(
    _ data: Data, _ body: (xmlDocPtr, [XMLDiagnostic]) throws -> T
  ) throws -> T {
    guard !data.isEmpty else {
      throw XMLError(.malformed, line: 1, message: "the document is empty")
    }
    guard data.count <= Int(Int32.max) else {
      throw XMLError(.library, message: "the document is larger than 2 GiB")
    }
    return try LibXML.collectingErrors { collector in
      let parsed = data.withUnsafeBytes { bytes -> xmlDocPtr? in
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
        return xmlReadMemory(base, Int32(bytes.count), nil, nil, parseOptions)
      }
      guard let document = parsed else {
        throw XMLError.from(
          .malformed, diagnostics: collector.diagnostics, fallback: "the document cannot be parsed")
      }
      defer { xmlFreeDoc(document) }
      return try body(document, collector.diagnostics)
    }
  }

  static func withDocument<T>(_ data: Data, _ body: (xmlDocPtr) throws -> T) throws -> T {
    try withDocument(data) { document, _ in try body(document) }
  }

  /// Converts a libxml2 element (and its subtree) into a value.
  static func element(_ node: xmlNodePtr) -> XElement {
    var result = XElement(
      LibXML.string(node.pointee.name) ?? "", namespace: namespace(node.pointee.ns))
    var attribute = node.pointee.properties
    while let current = attribute {
      result.attributes.append(
        XAttribute(
          LibXML.string(current.pointee.name) ?? "", text(of: current.pointee.children),
          namespace: namespace(current.pointee.ns)))
      attribute = current.pointee.next
    }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        result.append(element(current))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        result.append(text: LibXML.string(current.pointee.content) ?? "")
      default:
        // Entity references stay unexpanded and are dropped; comments and PIs are not content.
        break
      }
      child = current.pointee.next
    }
    return result
  }

  /// The text of a chain of text nodes (an attribute's value), without expanding entities.
  private static func text(of first: xmlNodePtr?) -> String {
    var result = ""
    var node = first
    while let current = node {
      if current.pointee.type == XML_TEXT_NODE {
        result += LibXML.string(current.pointee.content) ?? ""
      }
      node = current.pointee.next
    }
    return result
  }

  private static func namespace(_ ns: xmlNsPtr?) -> XMLNamespace? {
    guard let ns, let uri = LibXML.string(ns.pointee.href) else { return nil }
    return XMLNamespace(uri: uri, prefix: LibXML.string(ns.pointee.prefix))
  }
}
