import PrevailModel

/// One normalized scalar and the raw-file offset it came from.
struct Cell: Sendable {
  var scalar: Unicode.Scalar
  var raw: Int
}

extension Array where Element == Cell {
  var string: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: map(\.scalar))
    return String(view)
  }

  var scalars: [Unicode.Scalar] { map(\.scalar) }

  func trimmed() -> [Cell] {
    var start = startIndex
    var end = endIndex
    while start < end, Script.isSpace(self[start].scalar) { start += 1 }
    while end > start, Script.isSpace(self[end - 1].scalar) { end -= 1 }
    return Array(self[start..<end])
  }
}

/// Collects repairs with raw positions while normalizing.
struct RepairLog {
  let lineTable: LineTable
  var repairs: [Repair] = []

  mutating func record(
    _ kind: Repair.Kind, at raw: Int, original: String, replacement: String
  ) {
    repairs.append(
      Repair(
        kind: kind, position: lineTable.position(of: raw), original: original,
        replacement: replacement))
  }
}
