import PrevailModel

/// The sentence beads of a result as rows, each with the findings that belong to it; shared by
/// the HTML and JUnit writers.
///
/// A finding belongs to the row of its governing segment, else of its translation segment. A
/// segment below a sentence (a clause, a list item) belongs to its sentence's row; a segment
/// above sentences (a paragraph, a section) to the row of its first sentence. Findings on
/// non-corresponding matter are kept with that matter; anything else is `unplaced`.
struct SentenceRows {
  /// One segment of a row: its id and text (nil when the id is not in the version's tree).
  struct Part {
    var id: String
    var segment: Segment?
  }

  /// One sentence bead.
  struct Row {
    /// 1-based, in bead order.
    var number: Int
    var bead: Bead
    var governing: [Part]
    var translation: [Part]
    /// In report order.
    var findings: [Finding]
    /// The section, principle, block or article the row's first segment sits in, and its side.
    var group: (role: Role, segment: Segment)?
  }

  /// A segment that has no counterpart by design, with its findings.
  struct Unaligned {
    var role: Role
    var segment: Segment
    var findings: [Finding]
  }

  private(set) var rows: [Row] = []
  private(set) var nonCorresponding: [Unaligned] = []
  /// Findings that belong to no sentence row and no non-corresponding segment.
  private(set) var unplaced: [Finding] = []

  init(_ result: CheckResult) {
    let governing = Tree(result.document.governing.root)
    let translation = Tree(result.document.translation.root)
    var rowOf: [Role: [String: Int]] = [.governing: [:], .translation: [:]]
    for (offset, bead) in result.aligned.beads(at: .sentence).enumerated() {
      rows.append(
        Row(
          number: offset + 1, bead: bead,
          governing: bead.governing.map { Part(id: $0, segment: governing.segments[$0]) },
          translation: bead.translation.map { Part(id: $0, segment: translation.segments[$0]) },
          findings: [],
          group: governing.group(of: bead.governing.first).map { (.governing, $0) }
            ?? translation.group(of: bead.translation.first).map { (.translation, $0) }))
      for id in bead.governing {
        governing.claim(id, row: offset, in: &rowOf[.governing, default: [:]])
      }
      for id in bead.translation {
        translation.claim(id, row: offset, in: &rowOf[.translation, default: [:]])
      }
    }

    var seen: Set<String> = []
    let unaligned = result.aligned.nonCorresponding.filter { seen.insert($0.segment.id).inserted }
    nonCorresponding = unaligned.map { Unaligned(role: $0.role, segment: $0.segment, findings: []) }
    var unalignedOf: [Role: [String: Int]] = [.governing: [:], .translation: [:]]
    for (offset, entry) in unaligned.enumerated() {
      for segment in entry.segment.flattened() where unalignedOf[entry.role]?[segment.id] == nil {
        unalignedOf[entry.role, default: [:]][segment.id] = offset
      }
    }

    for finding in result.findings {
      let governingID = finding.governing?.segment
      let translationID = finding.translation?.segment
      if let row = governingID.flatMap({ rowOf[.governing]?[$0] })
        ?? translationID.flatMap({ rowOf[.translation]?[$0] })
      {
        rows[row].findings.append(finding)
      } else if let entry = governingID.flatMap({ unalignedOf[.governing]?[$0] })
        ?? translationID.flatMap({ unalignedOf[.translation]?[$0] })
      {
        nonCorresponding[entry].findings.append(finding)
      } else {
        unplaced.append(finding)
      }
    }
  }

  /// A version's segments by id, with each segment's parent.
  private struct Tree {
    var segments: [String: Segment] = [:]
    var parents: [String: String] = [:]
    let rootID: String

    init(_ root: Segment) {
      rootID = root.id
      var segments: [String: Segment] = [:]
      var parents: [String: String] = [:]
      func visit(_ segment: Segment) {
        if segments[segment.id] == nil { segments[segment.id] = segment }
        for child in segment.children {
          if parents[child.id] == nil { parents[child.id] = segment.id }
          visit(child)
        }
      }
      visit(root)
      self.segments = segments
      self.parents = parents
    }

    /// The nearest enclosing section, principle, commitments block or article.
    func group(of id: String?) -> Segment? {
      let kinds: Set<SegmentKind> = [.section, .principle, .commitments, .article, .appendix]
      var current = id.flatMap { parents[$0] }
      while let candidate = current, candidate != rootID {
        if let segment = segments[candidate], kinds.contains(segment.kind) { return segment }
        current = parents[candidate]
      }
      return nil
    }

    /// Gives a row a segment, everything below it, and every ancestor no earlier row has
    /// claimed (the document root excepted).
    func claim(_ id: String, row: Int, in map: inout [String: Int]) {
      if let segment = segments[id] {
        for descendant in segment.flattened() where map[descendant.id] == nil {
          map[descendant.id] = row
        }
      } else if map[id] == nil {
        map[id] = row
      }
      var ancestor = parents[id]
      while let current = ancestor, current != rootID {
        if map[current] == nil { map[current] = row }
        ancestor = parents[current]
      }
    }
  }
}
