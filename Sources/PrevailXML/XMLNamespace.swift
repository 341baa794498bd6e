/// An XML namespace: its URI, and the prefix to declare it with when writing (`nil` for the
/// default namespace).
///
/// Two namespaces are equal when their URIs are: the prefix is presentation only.
public struct XMLNamespace: Hashable, Sendable, CustomStringConvertible {
  public var uri: String
  public var prefix: String?

  public init(uri: String, prefix: String? = nil) {
    self.uri = uri
    self.prefix = prefix
  }

  /// The TEI namespace, declared as the default namespace.
  public static let tei = XMLNamespace(uri: "http://www.tei-c.org/ns/1.0")
  /// The `xml:` namespace (`xml:id`, `xml:lang`), predeclared by XML itself.
  public static let xml = XMLNamespace(uri: "http://www.w3.org/XML/1998/namespace", prefix: "xml")
  /// The RELAX NG structure namespace.
  public static let relaxNG = XMLNamespace(uri: "http://relaxng.org/ns/structure/1.0")

  public static func == (lhs: XMLNamespace, rhs: XMLNamespace) -> Bool { lhs.uri == rhs.uri }

  public func hash(into hasher: inout Hasher) { hasher.combine(uri) }

  public var description: String { uri }
}
