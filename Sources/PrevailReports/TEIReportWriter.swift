import Foundation
import PrevailModel
import PrevailXML

/// Writes a check result as one TEI P5 document: the header describes the two versions and which
/// one governs, the body holds both versions' structure with an `xml:id` on every segment, and
/// `<standOff>` holds the alignment links and one annotation per finding.
///
/// The output depends only on the result: no timestamps, and everything in text or report order,
/// so the same result gives the same bytes.
public enum TEIReportWriter {
  /// `xml:id` of Prevail's `<respStmt>`, which annotations point to with `@resp`.
  public static let agentID = "prevail"
  /// `xml:id` of the taxonomy of finding categories (each category's id is its slug).
  public static let categoriesID = "prevail-categories"
  /// `xml:id` of the taxonomy of severities (each severity's id is its name).
  public static let severitiesID = "prevail-severities"

  /// The report as UTF-8 XML.
  public static func write(_ result: CheckResult) throws -> Data {
    try XMLSerializer.data(document(result))
  }

  /// The report as an element tree (the `<TEI>` root).
  public static func document(_ result: CheckResult) -> XElement {
    var result = result
    result.findings.sort(by: Finding.reportOrder)
    let document = result.document
    var ids = TEIIdentifiers()
    let fixed =
      [agentID, categoriesID, severitiesID] + IssueCategory.allCases.map(\.slug)
      + Severity.allCases.map(\.rawValue) + AlignmentLevel.allCases.map { "align-\($0.rawValue)" }
    for id in fixed { ids.reserve(id) }
    // Ids from the languages (`zh`, `bibl-zh`…); suffixed only if both versions share a language.
    let governingLanguage = document.governing.language.rawValue
    let translationLanguage = document.translation.language.rawValue
    let versions = TEIVersionIDs(
      governing: ids.claim(governingLanguage), translation: ids.claim(translationLanguage),
      governingBibl: ids.claim("bibl-\(governingLanguage)"),
      translationBibl: ids.claim("bibl-\(translationLanguage)"))

    var governing = TEIBodyRenderer(role: .governing, language: document.governing.language)
    let governingDiv = governing.versionDiv(
      root: document.governing.root, extra: extraSegments(result, .governing), type: "original",
      id: versions.governing, bibl: "#\(versions.governingBibl)", ids: &ids)
    var translation = TEIBodyRenderer(role: .translation, language: document.translation.language)
    let translationDiv = translation.versionDiv(
      root: document.translation.root, extra: extraSegments(result, .translation),
      type: "translation", id: versions.translation, bibl: "#\(versions.translationBibl)",
      ids: &ids)

    let annotationIDs = result.findings.map { ids.claim("f-\($0.fingerprint)") }
    let standOffBuilder = TEIStandOffBuilder(result: result, ids: ids, versions: versions)
    var standOff: [XNode] = standOffBuilder.linkGroups().map(XNode.element)
    if let annotations = standOffBuilder.annotations(ids: annotationIDs) {
      standOff.append(.element(annotations))
    }
    standOff += (governing.detached + translation.detached).map(XNode.element)

    let body = TEI.element("body", [], [.element(governingDiv), .element(translationDiv)])
    var children: [XNode] = [
      .element(TEIHeaderBuilder(result: result, versions: versions).header()),
      .element(TEI.element("text", [], [.element(body)])),
    ]
    if !standOff.isEmpty { children.append(.element(TEI.element("standOff", [], standOff))) }
    return TEI.element("TEI", [("xml:lang", "en")], children)
  }

  /// Non-corresponding segments of a version, in text order, for those not in its tree.
  private static func extraSegments(_ result: CheckResult, _ role: Role) -> [Segment] {
    var seen: Set<String> = []
    return result.aligned.nonCorresponding
      .filter { $0.role == role }
      .map(\.segment)
      .filter { seen.insert($0.id).inserted }
      .sorted { ($0.range.lowerBound, $0.id) < ($1.range.lowerBound, $1.id) }
  }
}

/// The ids of the two version divisions and of their `<bibl>`s in the header.
struct TEIVersionIDs {
  var governing: String
  var translation: String
  var governingBibl: String
  var translationBibl: String

  func division(_ role: Role) -> String { role == .governing ? governing : translation }
  func bibl(_ role: Role) -> String { role == .governing ? governingBibl : translationBibl }
}
