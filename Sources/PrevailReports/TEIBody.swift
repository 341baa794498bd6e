import PrevailModel
import PrevailXML

/// Renders one version's segment tree as the content of its `<div type="original">` or
/// `<div type="translation">`.
///
/// Containers (sections, principles, blocks, articles, non-corresponding matter) become nested
/// `<div type="<kind>" n="<label>">`; titles and headings `<head>`; paragraphs `<p>`; sentences
/// `<s>`; clauses and list items `<seg type="clause|item">` inside their sentence when they
/// partition its text, otherwise detached into `<standOff>`. Every element made from a segment
/// carries its `xml:id`. TEI's `<div>` wants headings first and running content before nested
/// divisions, so a heading found later becomes `<ab type="heading">` and running content after
/// a nested division is wrapped in `<div type="continuation">`.
struct TEIBodyRenderer {
  let role: Role
  let language: Language
  /// Segment elements that could not stay inline, for `<standOff>`.
  private(set) var detached: [XElement] = []

  init(role: Role, language: Language) {
    self.role = role
    self.language = language
  }

  /// The version's `<div>`: the root's children, then non-corresponding segments not in the tree.
  mutating func versionDiv(
    root: Segment, extra: [Segment], type: String, id: String, bibl: String,
    ids: inout TEIIdentifiers
  ) -> XElement {
    ids.alias(root.id, role: role, to: id)
    var blocks: [Block]
    if root.children.isEmpty {
      blocks = root.text.isEmpty ? [] : [.common(TEI.element("p", text: root.text))]
    } else {
      blocks = root.children.map { block($0, ids: &ids) }
    }
    for segment in extra where !ids.contains(segment.id, role: role) {
      blocks.append(block(segment, ids: &ids))
    }
    return TEI.element(
      "div", [("type", type), ("xml:lang", language.rawValue), ("xml:id", id), ("corresp", bibl)],
      Self.assemble(blocks))
  }

  // MARK: Blocks

  /// What a segment becomes inside a `<div>`, before TEI's ordering rules are applied.
  private enum Block {
    case head(XElement)
    case common(XElement)
    case division(XElement)
    /// A note, allowed anywhere in a division.
    case global(XElement)
    /// Sentence-level content standing directly in a container: gathered into a `<p>`.
    case inline(XElement)
  }

  private mutating func block(_ segment: Segment, ids: inout TEIIdentifiers) -> Block {
    switch segment.kind {
    case .title, .heading:
      let id = ids.segment(segment.id, role: role)
      let type = segment.kind == .title ? "title" : nil
      return .head(
        TEI.element("head", [("xml:id", id), ("type", type)], inline(segment, ids: &ids)))
    case .paragraph:
      let id = ids.segment(segment.id, role: role)
      return .common(TEI.element("p", [("xml:id", id)], inline(segment, ids: &ids)))
    case .sentence, .clause, .listItem:
      return .inline(inlineElement(segment, insideSentence: false, ids: &ids))
    case .residue:
      let id = ids.segment(segment.id, role: role)
      return .global(
        TEI.element("note", [("type", "residue"), ("xml:id", id)], text: segment.text))
    case .document, .section, .principle, .commitments, .action, .article, .authors,
      .governingNote, .appendix:
      let id = ids.segment(segment.id, role: role)
      var content: [Block]
      if segment.children.isEmpty {
        content = segment.text.isEmpty ? [] : [.common(TEI.element("p", text: segment.text))]
      } else {
        content = segment.children.map { block($0, ids: &ids) }
      }
      return .division(
        TEI.element(
          "div", [("type", segment.kind.rawValue), ("n", segment.label), ("xml:id", id)],
          Self.assemble(content)))
    }
  }

  /// Orders blocks the way `<div>` allows: heads, then running content, then divisions.
  private static func assemble(_ blocks: [Block]) -> [XNode] {
    var result: [XNode] = []
    var seenBody = false
    var seenDivision = false
    var pendingInline: [XNode] = []
    var continuation: [XNode] = []

    func emitCommon(_ element: XElement) {
      seenBody = true
      if seenDivision {
        continuation.append(.element(element))
      } else {
        result.append(.element(element))
      }
    }
    func flushInline() {
      guard !pendingInline.isEmpty else { return }
      emitCommon(TEI.element("p", [], pendingInline))
      pendingInline = []
    }
    func flushContinuation() {
      guard !continuation.isEmpty else { return }
      result.append(.element(TEI.element("div", [("type", "continuation")], continuation)))
      continuation = []
    }

    for block in blocks {
      if case .inline(let element) = block {
        pendingInline.append(.element(element))
        continue
      }
      flushInline()
      switch block {
      case .head(let element):
        if seenBody {
          var heading = element
          heading.name = "ab"
          heading.setAttribute("type", element.attribute("type") ?? "heading")
          emitCommon(heading)
        } else {
          result.append(.element(element))
        }
      case .common(let element):
        emitCommon(element)
      case .division(let element):
        flushContinuation()
        seenBody = true
        seenDivision = true
        result.append(.element(element))
      case .global(let element):
        if seenDivision {
          continuation.append(.element(element))
        } else {
          result.append(.element(element))
        }
      case .inline:
        break
      }
    }
    flushInline()
    flushContinuation()
    return result
  }

  // MARK: Inline content

  /// The element for a segment inside running text: `<s>` for a sentence (unless already in
  /// one), `<seg type="clause|item|…">` otherwise.
  private mutating func inlineElement(
    _ segment: Segment, insideSentence: Bool, ids: inout TEIIdentifiers
  ) -> XElement {
    let id = ids.segment(segment.id, role: role)
    // Sentences and segments are mixed content: never indented inside, even when their children
    // cover all their text (`<s><seg>甲；</seg><seg>乙。</seg></s>`).
    let content = inline(segment, insideSentence: true, ids: &ids)
    if segment.kind == .sentence, !insideSentence {
      return TEI.mixed("s", [("xml:id", id)], content)
    }
    return TEI.mixed("seg", [("type", Self.segType(segment.kind)), ("xml:id", id)], content)
  }

  private static func segType(_ kind: SegmentKind) -> String {
    switch kind {
    case .listItem: "item"
    default: kind.rawValue
    }
  }

  /// A segment's text with its children marked up in place, when they partition it; otherwise
  /// its plain text, with the children detached to `<standOff>`.
  private mutating func inline(
    _ segment: Segment, insideSentence: Bool = false, ids: inout TEIIdentifiers
  ) -> [XNode] {
    guard !segment.children.isEmpty else {
      return segment.text.isEmpty ? [] : [.text(segment.text)]
    }
    guard let pieces = Self.partition(segment) else {
      for child in segment.children { detach(child, parent: segment, ids: &ids) }
      return segment.text.isEmpty ? [] : [.text(segment.text)]
    }
    var nodes: [XNode] = []
    for piece in pieces {
      switch piece {
      case .gap(let text):
        // Between sentences of a paragraph or heading, whitespace is layout: dropping it lets the
        // serializer put each sentence on its own line. Inside a sentence it is kept.
        if !insideSentence, text.allSatisfy(\.isWhitespace) { continue }
        nodes.append(.text(text))
      case .child(let child):
        nodes.append(.element(inlineElement(child, insideSentence: insideSentence, ids: &ids)))
      }
    }
    return nodes
  }

  private enum Piece {
    case gap(String)
    case child(Segment)
  }

  /// The segment's text cut into its children and the gaps between them, if the children's
  /// ranges are inside the segment, do not overlap, and carry the text found there.
  private static func partition(_ segment: Segment) -> [Piece]? {
    let scalars = Array(segment.text.unicodeScalars)
    guard scalars.count == segment.range.count else { return nil }
    let children = segment.children.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var pieces: [Piece] = []
    var cursor = segment.range.lowerBound
    func text(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      let start = range.lowerBound - segment.range.lowerBound
      view.append(contentsOf: scalars[start..<(start + range.count)])
      return String(view)
    }
    for child in children {
      guard child.range.lowerBound >= cursor, child.range.upperBound <= segment.range.upperBound,
        text(child.range) == child.text
      else { return nil }
      if child.range.lowerBound > cursor {
        pieces.append(.gap(text(cursor..<child.range.lowerBound)))
      }
      pieces.append(.child(child))
      cursor = child.range.upperBound
    }
    if cursor < segment.range.upperBound {
      pieces.append(.gap(text(cursor..<segment.range.upperBound)))
    }
    return pieces
  }

  /// Lists a segment (and everything below it) in `<standOff>` as `<seg corresp="#parent">`.
  private mutating func detach(_ segment: Segment, parent: Segment, ids: inout TEIIdentifiers) {
    let parentID = ids.segment(parent.id, role: role)
    let id = ids.segment(segment.id, role: role)
    detached.append(
      TEI.element(
        "seg",
        [
          ("type", Self.segType(segment.kind)), ("xml:id", id), ("xml:lang", language.rawValue),
          ("corresp", "#\(parentID)"),
        ], text: segment.text))
    for child in segment.children { detach(child, parent: segment, ids: &ids) }
  }
}
