/// A place in a raw input file: 1-based line, and 1-based column counted in Unicode scalars.
public struct SourcePosition: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// Line starts of a raw file, to turn a scalar offset into a line and column.
public struct LineTable: Hashable, Sendable {
  /// Scalar offset at which each line starts; the first is always 0.
  public let lineStarts: [Int]

  public init(scalars: some Collection<Unicode.Scalar>) {
    var starts = [0]
    var offset = 0
    var previousWasCR = false
    for scalar in scalars {
      offset += 1
      if scalar == "\n" {
        starts.append(offset)
      } else if previousWasCR {
        starts.append(offset - 1)
      }
      previousWasCR = scalar == "\r"
    }
    lineStarts = starts
  }

  /// The position of a raw scalar offset.
  public func position(of offset: Int) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
  }
}
