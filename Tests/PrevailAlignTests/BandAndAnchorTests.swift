import XCTest

@testable import PrevailAlign

final class BandAndAnchorTests: XCTestCase {
  func testHeaviestChainIsMonotonicAndHeaviest() {
    // (5, 1) conflicts with (1, 2) … (4, 5); the four light ones outweigh the single heavy one.
    let candidates: [(zh: Int, en: Int, weight: Double)] = [
      (1, 2, 0.5), (2, 3, 0.5), (3, 4, 0.5), (4, 5, 0.5), (5, 1, 1.5), (6, 7, 0.5),
    ]
    let chain = AnchorFinder.heaviestChain(candidates, columns: 10)
    XCTAssertEqual(chain.map(\.zh), [1, 2, 3, 4, 6])
    XCTAssertEqual(chain.map(\.en), [2, 3, 4, 5, 7])
  }

  func testBandIsMonotonicConnectedAndBounded() {
    var configuration = SentenceAlignerConfiguration()
    configuration.bandRadius = 3
    configuration.maxBandRadius = 8
    let n = 400
    let m = 600
    // Anchors that jump: a steep stretch (many English per Chinese) then a flat one.
    let anchors = [(zh: 50, en: 60), (zh: 60, en: 200), (zh: 300, en: 250), (zh: 350, en: 560)]
    let band = Band.around(anchors: anchors, rows: n, columns: m, configuration: configuration)
    XCTAssertEqual(band.low[0], 0)
    XCTAssertEqual(band.high[n], m)
    for i in 0..<n {
      XCTAssertLessThanOrEqual(band.low[i], band.low[i + 1])
      XCTAssertLessThanOrEqual(band.high[i], band.high[i + 1])
      XCTAssertGreaterThanOrEqual(band.high[i], band.low[i + 1], "row \(i) reaches row \(i + 1)")
    }
    for anchor in anchors {
      XCTAssertTrue((band.low[anchor.zh]...band.high[anchor.zh]).contains(anchor.en))
    }
    XCTAssertLessThan(band.cellCount, (n + 1) * (m + 1) / 5)
  }

  func testBandAroundPathCoversThePath() {
    let path = [(zh: 0, en: 0), (zh: 1, en: 2), (zh: 4, en: 3), (zh: 5, en: 3), (zh: 6, en: 6)]
    let band = Band.around(path: path, rows: 6, columns: 6, radius: 0)
    for node in path {
      XCTAssertTrue((band.low[node.zh]...band.high[node.zh]).contains(node.en), "\(node)")
    }
    // Rows 2 and 3 lie inside the 3-1 bead from (1, 2) to (4, 3).
    XCTAssertLessThanOrEqual(band.low[2], 2)
    XCTAssertGreaterThanOrEqual(band.high[3], 3)
  }

  func testLengthModelPrefersProportionalLengths() {
    let model = LengthModel(
      zh: [SentenceFeatures(length: 30)], en: [SentenceFeatures(length: 36)], variance: 6)
    XCTAssertEqual(model.ratio, 1.2, accuracy: 1e-12)
    XCTAssertEqual(model.cost(zh: 30, en: 36), 0, accuracy: 1e-9)
    XCTAssertLessThan(model.cost(zh: 30, en: 40), model.cost(zh: 30, en: 80))
    XCTAssertTrue(model.cost(zh: 1000, en: 0).isFinite)
  }
}
