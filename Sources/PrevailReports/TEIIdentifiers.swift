import PrevailModel

/// Hands out the report's `xml:id`s: each unique in the document, each a valid NCName, and the
/// same for the same input. Segment ids keep their structural form (`zh.s2.p1.c3.s2`) wherever
/// that is already a valid id.
struct TEIIdentifiers {
  private var used: Set<String> = []
  private var segments: [Role: [String: String]] = [:]

  /// Claims an id the writer uses for a fixed part of the report.
  mutating func reserve(_ id: String) { used.insert(id) }

  /// A fresh id derived from `raw`: made an NCName, then suffixed (`-2`, `-3`…) if taken.
  mutating func claim(_ raw: String) -> String {
    let base = Self.ncName(raw)
    var candidate = base
    var suffix = 2
    while used.contains(candidate) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    used.insert(candidate)
    return candidate
  }

  /// The id for a segment of one version, claimed on first use.
  mutating func segment(_ segmentID: String, role: Role) -> String {
    if let existing = segments[role]?[segmentID] { return existing }
    let id = claim(segmentID)
    segments[role, default: [:]][segmentID] = id
    return id
  }

  /// Makes a segment share an id already claimed (the root segment and its version's `<div>`).
  mutating func alias(_ segmentID: String, role: Role, to id: String) {
    segments[role, default: [:]][segmentID] = id
  }

  /// The id a segment was given, if it was rendered.
  func reference(_ segmentID: String, role: Role) -> String? { segments[role]?[segmentID] }

  /// Whether a segment was rendered.
  func contains(_ segmentID: String, role: Role) -> Bool { reference(segmentID, role: role) != nil }

  /// `raw` with every character an NCName cannot hold replaced by `_`, starting with a letter.
  ///
  /// ASCII letters, digits, `.`, `-` and `_` are kept; other characters are replaced rather than
  /// judged one by one against the XML name tables, which keeps ids plain ASCII.
  static func ncName(_ raw: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in raw.unicodeScalars {
      let kept =
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-" || scalar == "_"
      result.append(kept ? scalar : "_")
    }
    let text = String(result)
    guard let first = text.unicodeScalars.first,
      ("a"..."z").contains(first) || ("A"..."Z").contains(first)
    else { return "id-" + text }
    return text
  }
}
