/// A language a version of the document is written in.
public enum Language: String, Codable, Hashable, Sendable, CaseIterable {
  case zh
  case en

  /// The English name used in messages ("Chinese", "English").
  public var name: String {
    switch self {
    case .zh: "Chinese"
    case .en: "English"
    }
  }

  /// The other language of the pair.
  public var other: Language { self == .zh ? .en : .zh }
}

/// Which of the two versions a segment, bead end or excerpt belongs to.
public enum Role: String, Codable, Hashable, Sendable {
  /// The version that prevails where the two differ.
  case governing
  /// The version audited against the governing one.
  case translation
}
