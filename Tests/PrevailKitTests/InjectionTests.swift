import PrevailKit
import PrevailModel
import XCTest

/// Each injected change on small strings: where it applies and what it produces.
final class InjectionTests: XCTestCase {
  private let injector = Injector()

  private func applied(_ kind: InjectionKind, _ text: String) -> [String] {
    injector.sites(kind, in: text, line: 4).map { site in
      XCTAssertEqual(site.line, 4)
      XCTAssertEqual(site.kind, kind)
      return site.apply(to: text)
    }
  }

  func testDropListItem() {
    XCTAssertEqual(
      applied(.dropListItem, "It covers women, children, persons with disabilities and refugees."),
      [
        "It covers women, persons with disabilities and refugees.",
        "It covers women, children and refugees.",
      ])
    XCTAssertEqual(
      applied(.dropListItem, "openness, credibility, and equality."), ["openness and equality."])
    XCTAssertEqual(applied(.dropListItem, "race, colour or sex"), ["race or sex"])
    // No list: a comma before a clause, or two items only.
    XCTAssertEqual(
      applied(.dropListItem, "By 2030, end hunger and ensure access by all people"), [])
    XCTAssertEqual(applied(.dropListItem, "women and children"), [])
    XCTAssertEqual(applied(.dropListItem, "All children, whether born in or out of wedlock"), [])
    XCTAssertEqual(
      applied(.dropListItem, "rights, without distinction of any kind, such as race or sex"), [])
  }

  func testChangeNumber() {
    XCTAssertEqual(
      applied(.changeNumber, "3.1 By 2030, reduce it to less than 70 per 100,000 live births"),
      [
        "3.1 By 2031, reduce it to less than 70 per 100,000 live births",
        "3.1 By 2030, reduce it to less than 80 per 100,000 live births",
        "3.1 By 2030, reduce it to less than 70 per 200,000 live births",
      ])
    XCTAssertEqual(applied(.changeNumber, "Three dimensions"), ["Four dimensions"])
    XCTAssertEqual(applied(.changeNumber, "No one shall act towards one another"), [])
    XCTAssertEqual(applied(.changeNumber, "by one third"), ["by two third"])
    XCTAssertEqual(applied(.changeNumber, "less than $1.25 a day"), ["less than $2.25 a day"])
    XCTAssertEqual(applied(.changeNumber, "up to 9 members"), ["up to 10 members"])
    // Labels and article numbers are cross-references, not quantities.
    XCTAssertEqual(applied(.changeNumber, "Article 5"), [])
    XCTAssertEqual(applied(.changeNumber, "as set out in article 12"), [])
  }

  func testDropSentence() {
    XCTAssertEqual(
      applied(.dropSentence, "All are born free. They are endowed with reason."),
      ["They are endowed with reason.", "All are born free."])
    XCTAssertEqual(applied(.dropSentence, "1. Everyone has the right to work."), [])
    XCTAssertEqual(
      applied(.dropSentence, "2. Everyone has rights. No one shall be deprived."),
      [
        "2. No one shall be deprived.", "2. Everyone has rights.",
      ])
  }

  func testInsertSentence() {
    let text = "Everyone has the right to education."
    let sites = injector.sites(.insertSentence, in: text, line: 0)
    XCTAssertEqual(sites.count, 1)
    XCTAssertEqual(sites.first?.apply(to: text), text + " " + Injector.defaultSlogans[0])
    XCTAssertEqual(
      injector.sites(.insertSentence, in: "No full stop here", line: 1).first?.apply(
        to: "No full stop here"),
      "No full stop here. " + Injector.defaultSlogans[1])
    XCTAssertEqual(injector.sites(.insertSentence, in: "Article 5", line: 0), [])
  }

  func testFlipModality() {
    XCTAssertEqual(
      applied(.flipModality, "No one shall be held in slavery; States may act."),
      ["No one shall be held in slavery; States shall act."])
    XCTAssertEqual(applied(.flipModality, "They must report"), ["They may report"])
    XCTAssertEqual(
      applied(.flipModality, "2. The will of the people shall be the basis."),
      ["2. The will of the people may be the basis."])
    // A modal in the scope of a negation forbids either way: not eligible.
    XCTAssertEqual(applied(.flipModality, "This right may not be invoked."), [])
    XCTAssertEqual(applied(.flipModality, "These rights may in no case be exercised."), [])
    XCTAssertEqual(applied(.flipModality, "Nor shall a heavier penalty be imposed."), [])
    XCTAssertEqual(applied(.flipModality, "2. No one shall be arbitrarily deprived."), [])
    XCTAssertEqual(
      applied(.flipModality, "Nothing in this Declaration shall be interpreted as implying."), [])
    // The negation's scope ends at its clause: the modal after the semicolon is eligible.
    XCTAssertEqual(
      applied(.flipModality, "No one shall be held; the trade shall be prohibited."),
      ["No one shall be held; the trade may be prohibited."])
  }

  func testDropNegation() {
    XCTAssertEqual(
      applied(.dropNegation, "This right may not be invoked."), ["This right may be invoked."])
    XCTAssertEqual(
      applied(.dropNegation, "No one shall be subjected to torture."),
      ["Everyone shall be subjected to torture."])
    XCTAssertEqual(
      applied(.dropNegation, "without distinction and with no limitation"),
      ["without distinction and with limitation"])
    XCTAssertEqual(applied(.dropNegation, "Nothing here is a negation word"), [])
  }

  func testChangeCrossReference() {
    XCTAssertEqual(applied(.changeCrossReference, "Article 5"), ["Article 6"])
    XCTAssertEqual(
      applied(.changeCrossReference, "3.1 By 2030, reduce it"), ["3.2 By 2030, reduce it"])
    XCTAssertEqual(
      applied(.changeCrossReference, "Goal 3. Ensure healthy lives"),
      [
        "Goal 4. Ensure healthy lives"
      ])
    XCTAssertEqual(
      applied(.changeCrossReference, "2. Everyone, as referred to in paragraph 2 of article 14"),
      [
        "3. Everyone, as referred to in paragraph 2 of article 14",
        "2. Everyone, as referred to in paragraph 3 of article 14",
        "2. Everyone, as referred to in paragraph 2 of article 15",
      ])
    XCTAssertEqual(applied(.changeCrossReference, "13.b Promote mechanisms"), [])
  }

  func testSelectionIsDeterministicEveryKthSite() throws {
    let pipeline = try XCTUnwrap(Shared.lexicon.map { Pipeline(lexicon: $0) })
    let sites = (0..<10).map {
      InjectionSite(kind: .changeNumber, line: $0, range: 0..<1, replacement: "", description: "")
    }
    let harness = InjectionHarness(pipeline: pipeline, perKind: 3, seed: 1)
    XCTAssertEqual(harness.select(sites).map(\.line), [1, 5, 9])
    XCTAssertEqual(
      InjectionHarness(pipeline: pipeline, perKind: 3).select(sites).map(\.line), [0, 4, 8])
    XCTAssertEqual(InjectionHarness(pipeline: pipeline, perKind: 20).select(sites).count, 10)
  }

  func testHarnessFindsAChangedNumberAtItsLine() throws {
    let pipeline = try XCTUnwrap(Shared.lexicon.map { Pipeline(lexicon: $0) })
    let pair = InjectionPair(
      name: "example",
      governingLines: ["第一条", "到2030年，全球孕产妇每10万例活产的死亡率降至70人以下。"],
      translationLines: [
        "Article 1",
        "By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live "
          + "births.",
      ])
    let run = try InjectionHarness(pipeline: pipeline, perKind: 5).run(pair, kinds: [.changeNumber])
    XCTAssertEqual(run.baseline.lines, 2)
    XCTAssertEqual(run.baseline.majorFindings, 0, "\(run.baseline.findings)")
    XCTAssertEqual(run.eligible[.changeNumber], 3)
    let changed = try XCTUnwrap(run.outcomes.first { $0.site.description == "70 → 80" })
    XCTAssertEqual(changed.site.line, 1)
    XCTAssertTrue(changed.found, "\(changed.findingsAtLine)")
    XCTAssertTrue(
      changed.findingsAtLine.allSatisfy { $0.governing?.line == 2 || $0.translation?.line == 2 })
  }
}
