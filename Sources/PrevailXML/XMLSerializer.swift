import CLibXML2
import Foundation

/// Writes an `XElement` tree as an XML document through libxml2.
///
/// The output is UTF-8 with an XML declaration, indented two spaces per level, and the same bytes
/// for the same tree. libxml2 indents only elements whose children are all elements, so text in
/// mixed content (`<s>text <seg>…</seg> more</s>`) never gains whitespace. An element of mixed
/// content whose children happen to be all elements (`<s><seg>甲；</seg><seg>乙。</seg></s>`)
/// is marked by an empty text child (`XElement.mixed`): it writes nothing, but keeps libxml2 from
/// indenting inside the element. Text and attribute values are escaped by libxml2; scalars
/// XML 1.0 cannot carry (most C0 controls) are dropped.
public enum XMLSerializer {
  /// The document as UTF-8 bytes.
  public static func data(_ root: XElement) throws -> Data {
    try LibXML.collectingErrors { collector in
      guard let document = xmlNewDoc("1.0") else {
        throw XMLError(.library, message: "xmlNewDoc failed")
      }
      defer { xmlFreeDoc(document) }
      var builder = TreeBuilder(document: document)
      let rootNode = try builder.makeRoot(root)
      xmlDocSetRootElement(document, rootNode)
      try builder.build(root, into: rootNode)
      return try save(document, collector: collector)
    }
  }

  /// The document as a string.
  public static func string(_ root: XElement) throws -> String {
    String(decoding: try data(root), as: UTF8.self)
  }

  private static func save(_ document: xmlDocPtr, collector: ErrorCollector) throws -> Data {
    guard let buffer = xmlBufferCreate() else {
      throw XMLError(.library, message: "xmlBufferCreate failed")
    }
    defer { xmlBufferFree(buffer) }
    guard let context = xmlSaveToBuffer(buffer, "UTF-8", Int32(XML_SAVE_FORMAT.rawValue)) else {
      throw XMLError(.library, message: "xmlSaveToBuffer failed")
    }
    let written = xmlSaveDoc(context, document)
    let closed = xmlSaveClose(context)
    guard written >= 0, closed >= 0, let content = xmlBufferContent(buffer) else {
      throw XMLError.from(
        .library, diagnostics: collector.diagnostics, fallback: "xmlSaveDoc failed")
    }
    return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
  }
}

/// Creates libxml2 nodes for an `XElement` tree inside one document.
private struct TreeBuilder {
  let document: xmlDocPtr
  /// Namespaces declared on the root, by URI.
  private var declared: [String: xmlNsPtr] = [:]

  init(document: xmlDocPtr) { self.document = document }

  /// Creates the root element and declares every namespace the tree uses on it, in first-use
  /// order, so that the output does not depend on anything but the tree.
  mutating func makeRoot(_ root: XElement) throws -> xmlNodePtr {
    try checkName(root.name)
    guard let node = xmlNewDocNode(document, nil, root.name, nil) else {
      throw XMLError(.library, message: "xmlNewDocNode failed")
    }
    var prefixes: [String: String] = [:]
    for namespace in Self.namespaces(in: root) where namespace != .xml {
      let prefix = namespace.prefix ?? ""
      if let other = prefixes[prefix], other != namespace.uri {
        xmlFreeNode(node)
        let shown = prefix.isEmpty ? "the default prefix" : "prefix '\(prefix)'"
        throw XMLError(
          .invalidTree, message: "\(shown) bound to both \(other) and \(namespace.uri)")
      }
      if let namespacePrefix = namespace.prefix { try checkName(namespacePrefix) }
      prefixes[prefix] = namespace.uri
      guard let ns = xmlNewNs(node, namespace.uri, namespace.prefix) else {
        xmlFreeNode(node)
        throw XMLError(.library, message: "xmlNewNs failed for \(namespace.uri)")
      }
      declared[namespace.uri] = ns
    }
    if prefixes[""] != nil, Self.hasUnqualifiedElement(root) {
      xmlFreeNode(node)
      throw XMLError(
        .invalidTree, message: "an element without a namespace under a default namespace")
    }
    return node
  }

  /// Sets the node's namespace and attributes, then appends its children.
  func build(_ element: XElement, into node: xmlNodePtr) throws {
    if let namespace = element.namespace { xmlSetNs(node, try ns(for: namespace, node: node)) }
    for attribute in element.attributes {
      try checkName(attribute.name)
      if let namespace = attribute.namespace, namespace != .xml, namespace.prefix == nil {
        throw XMLError(
          .invalidTree, message: "attribute \(attribute.name) needs a prefix for \(namespace.uri)")
      }
      let namespace = try attribute.namespace.map { try ns(for: $0, node: node) }
      let value = XMLCharacters.sanitized(attribute.value)
      guard xmlSetNsProp(node, namespace, attribute.name, value) != nil else {
        throw XMLError(.library, message: "xmlSetNsProp failed for \(attribute.name)")
      }
    }
    for child in element.children {
      switch child {
      case .text(let text):
        // Kept even when empty: a text child is what stops libxml2 indenting inside the element.
        let clean = XMLCharacters.sanitized(text)
        guard let textNode = xmlNewDocText(document, clean) else {
          throw XMLError(.library, message: "xmlNewDocText failed")
        }
        try append(textNode, to: node)
      case .element(let childElement):
        try checkName(childElement.name)
        guard let childNode = xmlNewDocNode(document, nil, childElement.name, nil) else {
          throw XMLError(.library, message: "xmlNewDocNode failed")
        }
        try append(childNode, to: node)
        try build(childElement, into: childNode)
      }
    }
  }

  private func append(_ child: xmlNodePtr, to parent: xmlNodePtr) throws {
    guard xmlAddChild(parent, child) != nil else {
      xmlFreeNode(child)
      throw XMLError(.library, message: "xmlAddChild failed")
    }
  }

  private func ns(for namespace: XMLNamespace, node: xmlNodePtr) throws -> xmlNsPtr {
    if let ns = declared[namespace.uri] { return ns }
    if namespace == .xml, let ns = xmlSearchNsByHref(document, node, namespace.uri) { return ns }
    throw XMLError(.invalidTree, message: "namespace \(namespace.uri) is not declared")
  }

  private func checkName(_ name: String) throws {
    guard LibXML.isNCName(name) else {
      throw XMLError(.invalidName, message: "'\(name)' is not an XML name without a colon")
    }
  }

  /// Namespaces used by elements and attributes, in first-use order.
  private static func namespaces(in root: XElement) -> [XMLNamespace] {
    var seen: Set<String> = []
    var result: [XMLNamespace] = []
    func note(_ namespace: XMLNamespace?) {
      guard let namespace, seen.insert(namespace.uri).inserted else { return }
      result.append(namespace)
    }
    func visit(_ element: XElement) {
      note(element.namespace)
      for attribute in element.attributes { note(attribute.namespace) }
      for child in element.elements { visit(child) }
    }
    visit(root)
    return result
  }

  private static func hasUnqualifiedElement(_ element: XElement) -> Bool {
    element.namespace == nil || element.elements.contains(where: hasUnqualifiedElement)
  }
}
