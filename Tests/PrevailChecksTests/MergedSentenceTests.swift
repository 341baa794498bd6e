import PrevailLexicon
import PrevailModel
import XCTest

@testable import PrevailChecks

/// Which sentences of a many-to-one alignment the English leaves unrendered.
final class MergedSentenceTests: XCTestCase {
  private func share(_ rendered: Int, of words: Int, own: Int = 2, ownRendered: Int = 1)
    -> SentenceShares.Share
  {
    SentenceShares.Share(
      words: (0..<words).map { "w\($0)" }, renderedLast: rendered,
      ownWords: (0..<own).map { "o\($0)" }, ownRendered: ownRendered)
  }

  func testASentenceWhoseOwnWordsAreAllAbsentIsLostWhateverTheLength() {
    XCTAssertEqual(
      MergedSentenceCheck.lost([share(5, of: 6), share(0, of: 5, ownRendered: 0)], short: false),
      [1])
  }

  func testAThinSentenceIsLostOnlyWhenTheEnglishIsShortForTheGroup() {
    let shares = [share(6, of: 13), share(2, of: 6, ownRendered: 3)]
    XCTAssertEqual(MergedSentenceCheck.lost(shares, short: true), [1])
    XCTAssertEqual(MergedSentenceCheck.lost(shares, short: false), [])
  }

  func testOnlyTheThinnestOfSeveralThinSentencesIsReported() {
    let shares = [share(3, of: 11), share(1, of: 17), share(4, of: 5)]
    XCTAssertEqual(MergedSentenceCheck.lost(shares, short: true), [1])
    // …unless another renders nothing at all.
    XCTAssertEqual(
      MergedSentenceCheck.lost([share(0, of: 4), share(0, of: 9), share(4, of: 5)], short: true),
      [0, 1])
  }

  func testAHalfRenderedSentenceOrAShortOneIsNotLost() {
    XCTAssertEqual(
      MergedSentenceCheck.lost([share(2, of: 4), share(3, of: 6)], short: true), [])
    XCTAssertEqual(MergedSentenceCheck.lost([share(0, of: 2), share(3, of: 6)], short: true), [])
  }

  func testOwnWordsTakenByTheOtherSentencesDoNotCountAsRendered() throws {
    let lexicon = try XCTUnwrap(CheckTestSupport.lexicon)
    let terms = TermMatcher(lexicon: lexicon)
    let shares = SentenceShares(
      chinese: ["人人有权享受平等保护。", "法律之前人人平等，并有权享受法律的平等保护。"],
      english: "All are entitled to equal protection.", terms: terms)
    XCTAssertEqual(shares.shares.count, 2)
    let second = shares.shares[1]
    XCTAssertLessThan(second.fraction, 0.34, "\(second)")
    XCTAssertEqual(second.ownRenderedLast, 0, "\(second)")
  }

  func testTheThinShareFollowsTheDocumentsTypicalShare() {
    XCTAssertEqual(MergedSentenceCheck.thinShare(typical: nil), 1.0 / 3.0)
    XCTAssertEqual(MergedSentenceCheck.thinShare(typical: 0.8), 1.0 / 3.0)
    XCTAssertEqual(MergedSentenceCheck.thinShare(typical: 0.3), 0.18, accuracy: 1e-9)
  }

  func testLengthRatioFallsBackToThePriorForATinyDocument() throws {
    let context = try XCTUnwrap(CheckTestSupport.context([("各国应加强合作。", "States shall.")]))
    let ratio = MergedSentenceCheck.lengthRatio(context, zhRole: .governing, enRole: .translation)
    XCTAssertGreaterThan(ratio, 3.0)
    XCTAssertLessThan(ratio, MergedSentenceCheck.priorLengthRatio)
  }
}
