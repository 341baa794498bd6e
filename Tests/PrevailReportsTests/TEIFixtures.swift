import PrevailModel

/// A small bilingual document built in code: a heading, a section with one paragraph of two
/// sentences (list items inside the first), an author list on the Chinese side only, hostile
/// markup in the English text, beads including a 1-0 bead, and two findings with evidence.
enum TEIFixtures {
  static let chineseText = "总则\n一、保护老人、妇女和儿童的权益。不得歧视。\n作者：张三\n"
  static let englishText =
    "General Provisions\n- Protect the rights of women and children "
    + "<script>alert(1)</script> ]]> &amp; \"q\"\u{1}.\n"

  static func result(findingsReversed: Bool = false) -> CheckResult {
    let zh = Builder(text: chineseText, language: .zh, path: "zh.txt")
    let en = Builder(text: englishText, language: .en, path: "en.txt")

    let zhSentence1 = zh.segment(
      "zh.s1.p1.s1", .sentence, "保护老人、妇女和儿童的权益。",
      children: [
        zh.segment("zh.s1.p1.s1.i1", .listItem, "老人"),
        zh.segment("zh.s1.p1.s1.i2", .listItem, "妇女"),
        zh.segment("zh.s1.p1.s1.i3", .listItem, "儿童"),
      ])
    let zhSentence2 = zh.segment("zh.s1.p1.s2", .sentence, "不得歧视。")
    let zhParagraph = zh.segment(
      "zh.s1.p1", .paragraph, "保护老人、妇女和儿童的权益。不得歧视。",
      children: [zhSentence1, zhSentence2])
    let zhSection = zh.segment(
      "zh.s1", .section, "一、保护老人、妇女和儿童的权益。不得歧视。", label: "1",
      children: [zhParagraph])
    let zhAuthors = zh.segment("zh.a1", .authors, "作者：张三")
    let zhRoot = Segment(
      id: "zh", kind: .document, range: 0..<zh.scalars.count, text: chineseText,
      children: [zh.segment("zh.h1", .heading, "总则"), zhSection, zhAuthors])

    let enSentenceText =
      "Protect the rights of women and children <script>alert(1)</script> ]]> &amp; \"q\"\u{1}."
    // Overlapping clauses: they cannot stay inline, so they go to standOff.
    let enSentence = en.segment(
      "en.s1.p1.s1", .sentence, enSentenceText,
      children: [
        en.segment("en.s1.p1.s1.c1", .clause, "Protect the rights of women"),
        en.segment("en.s1.p1.s1.c2", .clause, "rights of women and children"),
      ])
    let enParagraph = en.segment("en.s1.p1", .paragraph, enSentenceText, children: [enSentence])
    let enSection = en.segment(
      "en.s1", .section, "- " + enSentenceText, label: "1", children: [enParagraph])
    let enRoot = Segment(
      id: "en", kind: .document, range: 0..<en.scalars.count, text: englishText,
      children: [en.segment("en.h1", .heading, "General Provisions"), enSection])

    let governing = VersionDocument(side: zh.side(), root: zhRoot)
    let translation = VersionDocument(
      side: en.side(repairs: [
        Repair(
          kind: .splitWord, position: SourcePosition(line: 2, column: 12), original: "rig hts",
          replacement: "rights"),
        Repair(
          kind: .bullet, position: SourcePosition(line: 2, column: 1), original: "⚫",
          replacement: ""),
      ]), root: enRoot)
    let document = BilingualDocument(
      name: "Guidelines <draft> & \"notes\"", path: "guidelines.txt", governing: governing,
      translation: translation, governingSource: "clause",
      governingStatement: "如中英文版本有任何不一致，以中文版本为准。")

    let beads = [
      Bead(level: .section, governing: ["zh.s1"], translation: ["en.s1"], score: 0.9),
      Bead(level: .block, governing: ["zh.h1"], translation: ["en.h1"], score: 0.75),
      Bead(
        level: .sentence, governing: ["zh.s1.p1.s1"], translation: ["en.s1.p1.s1"], score: 0.8125),
      Bead(level: .sentence, governing: ["zh.s1.p1.s2"], translation: [], score: 0.4),
      Bead(level: .item, governing: ["zh.s1.p1.s1.i1"], translation: [], score: 0.6),
    ]
    let aligned = AlignedDocument(
      document: document, beads: beads, nonCorresponding: [(role: .governing, segment: zhAuthors)])

    var findings = [
      Finding(
        check: "omission.list-item", messageID: "missing-item", category: .omission,
        severity: .major,
        message: "English omits 老人 (the elderly) from the list in 保护老人、妇女和儿童的权益。",
        governing: zh.excerpt(zhSentence1), translation: en.excerpt(enSentence),
        evidence: [
          Evidence(kind: "glosses", value: "老人", details: ["old people", "the elderly"]),
          Evidence(kind: "translation-list", value: "women and children"),
        ], confidence: 0.9),
      Finding(
        check: "omission.sentence", messageID: "no-counterpart", category: .omission,
        severity: .critical, message: "English has no counterpart for 不得歧视。 <b>&</b>",
        governing: zh.excerpt(zhSentence2), translation: nil,
        evidence: [Evidence(kind: "modality", value: "不得", details: ["shall not"])],
        confidence: 0.75),
    ]
    if findingsReversed { findings.reverse() }
    return CheckResult(aligned: aligned, findings: findings, failOn: .major, toolVersion: "0.1.0")
  }

  /// A tree that does not fit TEI's `<div>` order as given: a heading after running text, running
  /// text after a nested division, a sentence directly in a section, page residue, ids that are
  /// not NCNames or collide with the report's own ids, and a translation with no structure.
  static func messyResult() -> CheckResult {
    let zhText = "标题\n段落一。\n小标题\n第一节\n句子。\n行动。\n尾段。\n3\n分句\n"
    let zh = Builder(text: zhText, language: .zh, path: "messy-zh.txt")
    let enText = "Only text, no structure.\n"
    let en = Builder(text: enText, language: .en, path: "messy-en.txt")
    // Clauses that cover the whole sentence: the <s> must not be indented inside.
    let sentence = zh.segment(
      "zh.1.s1", .sentence, "句子。",
      children: [zh.segment("zh.1.s1.c1", .clause, "句"), zh.segment("zh.1.s1.c2", .clause, "子。")])
    let section = zh.segment(
      "zh.1", .section, "第一节\n句子。\n行动。", label: "一",
      children: [
        zh.segment("zh.1.h", .heading, "第一节"), sentence,
        zh.segment("zh.1.a1", .action, "行动。", label: "1"),
      ])
    let zhRoot = Segment(
      id: "zh", kind: .document, range: 0..<zh.scalars.count, text: zhText,
      children: [
        zh.segment("zh.t", .title, "标题"),
        zh.segment("major", .paragraph, "段落一。"),
        zh.segment("zh.h2", .heading, "小标题"),
        section,
        zh.segment("zh.p9", .paragraph, "尾段。"),
        zh.segment("zh.r1", .residue, "3"),
        zh.segment("3 weird/id", .clause, "分句"),
        // Claims text that is not at its range: cannot be inline, goes to standOff.
        Segment(
          id: "zh.bad", kind: .paragraph, range: 0..<2, text: "不对",
          children: [Segment(id: "zh.bad.s1", kind: .sentence, range: 0..<1, text: "标")]),
      ])
    let enRoot = Segment(id: "en", kind: .document, range: 0..<en.scalars.count, text: enText)
    let document = BilingualDocument(
      name: "messy", path: "messy", governing: VersionDocument(side: zh.side(), root: zhRoot),
      translation: VersionDocument(side: en.side(), root: enRoot), governingSource: "default",
      governingStatement: nil)
    let beads = [
      Bead(level: .sentence, governing: ["zh.1.s1"], translation: ["en"], score: .nan),
      Bead(level: .sentence, governing: ["unknown-id"], translation: ["en"], score: 2),
    ]
    let findings = [
      Finding(
        check: "structure.document", messageID: "no-structure", category: .structure,
        severity: .minor, message: "The English version has no structure.", governing: nil,
        translation: nil,
        evidence: [Evidence(kind: "translation list", value: "x", details: ["y"])],
        confidence: -1),
      Finding(
        check: "structure.document", messageID: "no-structure", category: .structure,
        severity: .minor, message: "The English version has no structure.", governing: nil,
        translation: nil,
        evidence: [Evidence(kind: "translation list", value: "x", details: ["y"])],
        confidence: -1),
    ]
    return CheckResult(
      aligned: AlignedDocument(document: document, beads: beads, nonCorresponding: []),
      findings: findings, failOn: nil, toolVersion: "0.1.0-dev")
  }

  /// The main fixture with English declared the governing version (a user override).
  static func englishGoverningResult() -> CheckResult {
    let base = result()
    let document = BilingualDocument(
      name: base.document.name, path: base.document.path, governing: base.document.translation,
      translation: base.document.governing, governingSource: "option", governingStatement: nil)
    let beads = base.aligned.beads.map {
      Bead(level: $0.level, governing: $0.translation, translation: $0.governing, score: $0.score)
    }
    let findings = base.findings.map { finding in
      Finding(
        check: finding.check, messageID: finding.messageID, category: finding.category,
        severity: finding.severity, message: finding.message, governing: finding.translation,
        translation: finding.governing, evidence: finding.evidence,
        confidence: finding.confidence)
    }
    return CheckResult(
      aligned: AlignedDocument(document: document, beads: beads, nonCorresponding: []),
      findings: findings, failOn: nil, toolVersion: base.toolVersion)
  }

  /// Builds segments over one version's text, with ranges found by searching the text.
  struct Builder {
    let text: String
    let language: Language
    let path: String
    let scalars: [Unicode.Scalar]

    init(text: String, language: Language, path: String) {
      self.text = text
      self.language = language
      self.path = path
      scalars = Array(text.unicodeScalars)
    }

    func range(of needle: String) -> Range<Int> {
      let target = Array(needle.unicodeScalars)
      guard !target.isEmpty, target.count <= scalars.count else { return 0..<0 }
      for start in 0...(scalars.count - target.count)
      where Array(scalars[start..<(start + target.count)]) == target {
        return start..<(start + target.count)
      }
      return 0..<0
    }

    func segment(
      _ id: String, _ kind: SegmentKind, _ text: String, label: String? = nil,
      children: [Segment] = []
    ) -> Segment {
      Segment(
        id: id, kind: kind, label: label, range: range(of: text), text: text, children: children)
    }

    func side(repairs: [Repair] = []) -> Side {
      Side(
        language: language, path: path, scalars: scalars, rawOffsets: Array(0...scalars.count),
        lineTable: LineTable(scalars: scalars), repairs: repairs)
    }

    func excerpt(_ segment: Segment) -> Excerpt {
      Excerpt(
        segment: segment.id, text: segment.text,
        position: side().position(of: segment.range.lowerBound))
    }
  }
}
