/// Where each element's content lies in the raw scalars of an XML file.
///
/// libxml2 gives the tree but not scalar positions, so the raw text is scanned once for tags
/// (skipping comments, CDATA sections, processing instructions and the DOCTYPE with its internal
/// subset). The n-th start tag found is the n-th element of the tree in document order.
struct XMLRawScanner {
  /// The content of one element: from after its start tag to the start of its end tag (empty
  /// for `<x/>`).
  struct Span: Equatable {
    var contentStart: Int
    var contentEnd: Int
  }

  let scalars: [Unicode.Scalar]

  /// The spans of every element, in document order (the order of their start tags).
  func spans() -> [Span] {
    var spans: [Span] = []
    var open: [Int] = []
    var index = 0
    let count = scalars.count
    while index < count {
      guard scalars[index] == "<" else {
        index += 1
        continue
      }
      if starts(with: "<!--", at: index) {
        index = skip(past: "-->", from: index + 4)
      } else if starts(with: "<![CDATA[", at: index) {
        index = skip(past: "]]>", from: index + 9)
      } else if starts(with: "<?", at: index) {
        index = skip(past: "?>", from: index + 2)
      } else if starts(with: "<!", at: index) {
        index = skipDeclaration(from: index + 2)
      } else if index + 1 < count, scalars[index + 1] == "/" {
        let end = skipTag(from: index + 2)
        if let element = open.popLast() { spans[element].contentEnd = index }
        index = end
      } else {
        let end = skipTag(from: index + 1)
        let selfClosing = end >= 2 && end <= count && scalars[end - 2] == "/"
        spans.append(Span(contentStart: end, contentEnd: end))
        if !selfClosing { open.append(spans.count - 1) }
        index = end
      }
    }
    return spans
  }

  private func starts(with prefix: String, at index: Int) -> Bool {
    var position = index
    for scalar in prefix.unicodeScalars {
      guard position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// The offset just past the next `terminator`, or the end.
  private func skip(past terminator: String, from index: Int) -> Int {
    guard let first = terminator.unicodeScalars.first else { return index }
    var position = index
    while position < scalars.count {
      if scalars[position] == first, starts(with: terminator, at: position) {
        return position + terminator.unicodeScalars.count
      }
      position += 1
    }
    return scalars.count
  }

  /// Past the `>` that closes a tag, ignoring `>` inside quoted attribute values.
  private func skipTag(from index: Int) -> Int {
    var position = index
    var quote: Unicode.Scalar?
    while position < scalars.count {
      let scalar = scalars[position]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        return position + 1
      }
      position += 1
    }
    return scalars.count
  }

  /// Past a `<!DOCTYPE …>` (or another declaration), with its bracketed internal subset.
  private func skipDeclaration(from index: Int) -> Int {
    var position = index
    var quote: Unicode.Scalar?
    var depth = 0
    while position < scalars.count {
      let scalar = scalars[position]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if starts(with: "<!--", at: position) {
        position = skip(past: "-->", from: position + 4)
        continue
      } else if scalar == "[" {
        depth += 1
      } else if scalar == "]" {
        depth = max(0, depth - 1)
      } else if scalar == ">" && depth == 0 {
        return position + 1
      }
      position += 1
    }
    return scalars.count
  }
}

/// Maps text that libxml2 decoded back to the raw scalars it came from.
///
/// Walks the raw content of an element: markup is skipped, character and predefined entity
/// references stand for the one scalar they decode to, `\r` (normalized away by XML) is
/// skipped, and any whitespace matches a space. A scalar not found nearby keeps the current
/// position, so the offsets always increase and stay inside the element.
enum XMLTextLocator {
  private static let window = 256

  static func offsets(
    of decoded: [Unicode.Scalar], in raw: [Unicode.Scalar], span: XMLRawScanner.Span
  ) -> [Int] {
    var result: [Int] = []
    result.reserveCapacity(decoded.count)
    let end = min(span.contentEnd, raw.count)
    var cursor = min(span.contentStart, end)
    for scalar in decoded {
      var probe = cursor
      var found: (offset: Int, next: Int)?
      var steps = 0
      while probe < end, steps < window {
        let (value, next) = token(raw, at: probe, end: end)
        if let value, matches(value, scalar) {
          found = (probe, next)
          break
        }
        probe = next
        steps += 1
      }
      if let found {
        result.append(found.offset)
        cursor = found.next
      } else {
        result.append(min(cursor, max(raw.count - 1, 0)))
      }
    }
    return result
  }

  private static func matches(_ raw: Unicode.Scalar, _ decoded: Unicode.Scalar) -> Bool {
    if raw == decoded { return true }
    return decoded == " " && (raw == "\n" || raw == "\t" || raw == "\r")
  }

  /// The text scalar at `index` (nil for markup) and the offset after it.
  private static func token(
    _ raw: [Unicode.Scalar], at index: Int, end: Int
  ) -> (Unicode.Scalar?, Int) {
    let scalar = raw[index]
    if scalar == "&" {
      var close = index + 1
      while close < end, close - index < 12, raw[close] != ";" { close += 1 }
      guard close < end, raw[close] == ";" else { return ("&", index + 1) }
      let name = String(String.UnicodeScalarView(raw[(index + 1)..<close]))
      return (entity(name), close + 1)
    }
    if scalar == "<" {
      if let next = cdataOpen(raw, at: index, end: end) { return (nil, next) }
      var position = index + 1
      var quote: Unicode.Scalar?
      while position < end {
        let current = raw[position]
        if let open = quote {
          if current == open { quote = nil }
        } else if current == "\"" || current == "'" {
          quote = current
        } else if current == ">" {
          return (nil, position + 1)
        }
        position += 1
      }
      return (nil, end)
    }
    if scalar == "]", index + 2 < end, raw[index + 1] == "]", raw[index + 2] == ">" {
      return (nil, index + 3)
    }
    if scalar == "\r" { return (nil, index + 1) }
    return (scalar, index + 1)
  }

  private static func cdataOpen(_ raw: [Unicode.Scalar], at index: Int, end: Int) -> Int? {
    let opener = Array("<![CDATA[".unicodeScalars)
    guard index + opener.count <= end else { return nil }
    for offset in 0..<opener.count where raw[index + offset] != opener[offset] { return nil }
    return index + opener.count
  }

  private static func entity(_ name: String) -> Unicode.Scalar? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value =
        digits.hasPrefix("x") || digits.hasPrefix("X")
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init)
    }
  }
}
