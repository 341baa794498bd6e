/// A node of an XML element tree: an element or a run of text.
public enum XNode: Hashable, Sendable {
  case element(XElement)
  case text(String)

  /// The element, if the node is one.
  public var element: XElement? {
    if case .element(let element) = self { return element }
    return nil
  }

  /// The text of the node and everything below it.
  public var textContent: String {
    switch self {
    case .element(let element): element.textContent
    case .text(let text): text
    }
  }
}

/// An attribute: a local name, an optional namespace, and a value.
public struct XAttribute: Hashable, Sendable {
  public var name: String
  public var namespace: XMLNamespace?
  public var value: String

  public init(_ name: String, _ value: String, namespace: XMLNamespace? = nil) {
    self.name = name
    self.value = value
    self.namespace = namespace
  }

  /// `xml:id`, in the XML namespace.
  public static func xmlID(_ value: String) -> XAttribute {
    XAttribute("id", value, namespace: .xml)
  }

  /// `xml:lang`, in the XML namespace.
  public static func xmlLang(_ value: String) -> XAttribute {
    XAttribute("lang", value, namespace: .xml)
  }
}

/// An XML element as a value: what `XMLSerializer` writes through libxml2 and what `XMLReader`
/// returns. Text is kept as given; escaping happens when the tree is written.
public struct XElement: Hashable, Sendable {
  /// The local name (no prefix).
  public var name: String
  public var namespace: XMLNamespace?
  /// Attributes in writing order.
  public var attributes: [XAttribute]
  public var children: [XNode]

  public init(
    _ name: String, namespace: XMLNamespace? = nil, attributes: [XAttribute] = [],
    children: [XNode] = []
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
  }

  /// An element holding only text.
  public init(
    _ name: String, namespace: XMLNamespace? = nil, attributes: [XAttribute] = [], text: String
  ) {
    self.init(name, namespace: namespace, attributes: attributes, children: [.text(text)])
  }

  /// An element of mixed content: serialized without indentation inside it, even when all its
  /// children are elements (an empty text node leads the children; it writes nothing).
  public static func mixed(
    _ name: String, namespace: XMLNamespace? = nil, attributes: [XAttribute] = [],
    children: [XNode]
  ) -> XElement {
    let marked = children.contains { if case .text = $0 { true } else { false } }
    return XElement(
      name, namespace: namespace, attributes: attributes,
      children: marked ? children : [.text("")] + children)
  }

  // MARK: Building

  /// Appends a child element.
  public mutating func append(_ element: XElement) { children.append(.element(element)) }

  /// Appends text, merged with a text node that ends the children, if any.
  public mutating func append(text: String) {
    guard !text.isEmpty else { return }
    if case .text(let previous) = children.last {
      children[children.count - 1] = .text(previous + text)
    } else {
      children.append(.text(text))
    }
  }

  /// Sets an attribute, replacing one with the same name and namespace.
  public mutating func setAttribute(_ name: String, _ value: String, namespace: XMLNamespace? = nil)
  {
    let attribute = XAttribute(name, value, namespace: namespace)
    if let index = attributes.firstIndex(where: { $0.name == name && $0.namespace == namespace }) {
      attributes[index] = attribute
    } else {
      attributes.append(attribute)
    }
  }

  // MARK: Reading

  /// The value of an attribute.
  public func attribute(_ name: String, namespace: XMLNamespace? = nil) -> String? {
    attributes.first { $0.name == name && $0.namespace == namespace }?.value
  }

  /// The `xml:id` attribute.
  public var xmlID: String? { attribute("id", namespace: .xml) }

  /// The `xml:lang` attribute.
  public var xmlLang: String? { attribute("lang", namespace: .xml) }

  /// The child elements, without text.
  public var elements: [XElement] { children.compactMap(\.element) }

  /// The child elements with a local name.
  public func elements(named name: String) -> [XElement] { elements.filter { $0.name == name } }

  /// The first child element with a local name.
  public func firstElement(named name: String) -> XElement? {
    elements.first { $0.name == name }
  }

  /// All elements below this one (not itself), depth first, in document order.
  public var descendants: [XElement] {
    var result: [XElement] = []
    func visit(_ element: XElement) {
      for child in element.elements {
        result.append(child)
        visit(child)
      }
    }
    visit(self)
    return result
  }

  /// The elements below this one with a local name, in document order.
  public func descendants(named name: String) -> [XElement] {
    descendants.filter { $0.name == name }
  }

  /// The concatenated text of all text below the element.
  public var textContent: String { children.map(\.textContent).joined() }
}
