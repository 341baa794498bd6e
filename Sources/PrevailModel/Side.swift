/// One version of the document, normalized, with the map back to the raw file it came from.
public struct Side: Sendable {
  public var language: Language
  /// Path of the raw file as given by the user.
  public var path: String
  /// The normalized text; segment ranges are scalar offsets into it.
  public var scalars: [Unicode.Scalar]
  /// For every normalized scalar (and one past the end), its scalar offset in the raw file.
  public var rawOffsets: [Int]
  /// Line starts of the raw file.
  public var lineTable: LineTable
  /// Every repair made while normalizing, in text order.
  public var repairs: [Repair]

  public init(
    language: Language, path: String, scalars: [Unicode.Scalar], rawOffsets: [Int],
    lineTable: LineTable, repairs: [Repair]
  ) {
    precondition(rawOffsets.count == scalars.count + 1, "one raw offset per scalar, plus the end")
    self.language = language
    self.path = path
    self.scalars = scalars
    self.rawOffsets = rawOffsets
    self.lineTable = lineTable
    self.repairs = repairs
  }

  /// The normalized text of a range.
  public func text(_ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
    return String(result)
  }

  /// The raw-file position of a normalized offset.
  public func position(of offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, rawOffsets.count - 1))
    return lineTable.position(of: rawOffsets[clamped])
  }
}
