import PrevailModel
import PrevailXML

/// Builds `<standOff>`: one `<linkGrp type="alignment">` per alignment level with a `<link>` for
/// every bead that has segments on both sides, and a `<listAnnotation>` with one
/// `<annotation motivation="assessing">` per finding.
struct TEIStandOffBuilder {
  let result: CheckResult
  let ids: TEIIdentifiers
  let versions: TEIVersionIDs

  var document: BilingualDocument { result.document }

  /// Alignment groups, one per level that has at least one two-sided bead, outermost first.
  func linkGroups() -> [XElement] {
    let domains = TEI.pointers([versions.governing, versions.translation])
    return AlignmentLevel.allCases.compactMap { level in
      let links = result.aligned.beads(at: level).compactMap(link)
      guard !links.isEmpty else { return nil }
      return TEI.element(
        "linkGrp",
        [
          ("type", "alignment"), ("subtype", level.rawValue), ("domains", domains),
          ("xml:id", "align-\(level.rawValue)"),
        ], links.map(XNode.element))
    }
  }

  /// A link for a bead pairing rendered segments on both sides; a 1-0 or 0-1 bead has none
  /// (TEI's `<link>` needs two targets; such beads surface as findings instead).
  private func link(_ bead: Bead) -> XElement? {
    let governing = bead.governing.compactMap { ids.reference($0, role: .governing) }
    let translation = bead.translation.compactMap { ids.reference($0, role: .translation) }
    guard !governing.isEmpty, !translation.isEmpty else { return nil }
    return TEI.element(
      "link",
      [
        ("type", bead.level.rawValue), ("subtype", bead.shape),
        ("target", TEI.pointers(governing + translation)), ("cert", TEI.certainty(bead.score)),
      ])
  }

  /// The findings as annotations, in report order.
  func annotations(ids annotationIDs: [String]) -> XElement? {
    guard !result.findings.isEmpty else { return nil }
    let annotations = zip(result.findings, annotationIDs).map { finding, id in
      XNode.element(annotation(finding, id: id))
    }
    return TEI.element("listAnnotation", [("type", "findings")], annotations)
  }

  private func annotation(_ finding: Finding, id: String) -> XElement {
    var targets: [String] = []
    if let excerpt = finding.governing {
      targets.append(ids.reference(excerpt.segment, role: .governing) ?? versions.governing)
    }
    if let excerpt = finding.translation {
      targets.append(ids.reference(excerpt.segment, role: .translation) ?? versions.translation)
    }
    if targets.isEmpty { targets = [versions.governing, versions.translation] }
    var notes: [XNode] = [
      .element(TEI.element("note", [("type", "message")], text: finding.message)),
      .element(
        TEI.element(
          "note", [("type", "check")],
          [
            .element(TEI.element("ident", [("type", "check")], text: finding.check)),
            .text(" "),
            .element(TEI.element("ident", [("type", "message")], text: finding.messageID)),
          ])),
      .element(locations(finding)),
    ]
    if !finding.evidence.isEmpty { notes.append(.element(evidence(finding.evidence))) }
    return TEI.element(
      "annotation",
      [
        ("xml:id", id), ("motivation", "assessing"), ("target", TEI.pointers(targets)),
        ("ana", "#\(finding.category.slug) #\(finding.severity.rawValue)"),
        ("cert", TEI.certainty(finding.confidence)), ("resp", "#\(TEIReportWriter.agentID)"),
        ("n", finding.fingerprint),
      ], notes)
  }

  /// Where the finding is in each raw file (`path:line:column`) and the excerpt found there.
  private func locations(_ finding: Finding) -> XElement {
    var items: [XNode] = []
    for (role, excerpt) in [
      (Role.governing, finding.governing), (.translation, finding.translation),
    ] {
      guard let excerpt else { continue }
      let version = document.version(role)
      let target = ids.reference(excerpt.segment, role: role) ?? versions.division(role)
      let place = "\(version.side.path):\(excerpt.line):\(excerpt.column)"
      items.append(
        .element(
          TEI.element(
            "item", [("n", role.rawValue)],
            [
              .element(TEI.element("ref", [("target", "#\(target)")], text: place)),
              .text(" "),
              .element(quote(excerpt.text, language: version.language)),
            ])))
    }
    if items.isEmpty {
      items.append(.element(TEI.element("item", text: "The whole document.")))
    }
    return TEI.element(
      "note", [("type", "locations")], [.element(TEI.element("list", [], items))])
  }

  private func quote(_ text: String, language: Language) -> XElement {
    TEI.element("quote", [("xml:lang", language.rawValue)], text: text)
  }

  /// The evidence: each term with what supports the claim about it.
  private func evidence(_ evidence: [Evidence]) -> XElement {
    let items = evidence.map { piece -> XNode in
      var children: [XNode] = [
        .element(
          TEI.element(
            "term", [("xml:lang", TEI.language(of: piece.value).rawValue)], text: piece.value))
      ]
      if !piece.details.isEmpty {
        let details = piece.details.map { XNode.element(TEI.element("item", text: $0)) }
        children.append(
          .element(
            TEI.element("list", [("type", TEI.token(piece.kind, fallback: "details"))], details)))
      }
      return .element(TEI.element("item", [("n", piece.kind)], children))
    }
    return TEI.element("note", [("type", "evidence")], [.element(TEI.element("list", [], items))])
  }
}
