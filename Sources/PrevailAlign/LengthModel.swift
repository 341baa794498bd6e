import Foundation

/// Gale–Church length cost in comparable units: the document's English/Chinese length ratio
/// turns Chinese lengths into expected English lengths, and the deviation is scored as a normal
/// tail probability.
struct LengthModel {
  /// Expected English length per unit of Chinese length, from the document itself.
  let ratio: Double
  let variance: Double

  init(zh: [SentenceFeatures], en: [SentenceFeatures], variance: Double) {
    let zhTotal = zh.reduce(0) { $0 + $1.length }
    let enTotal = en.reduce(0) { $0 + $1.length }
    ratio = zhTotal > 0 && enTotal > 0 ? enTotal / zhTotal : 1
    self.variance = variance
  }

  /// The normalized deviation δ of a bead of Chinese length `zh` and English length `en`.
  @inline(__always)
  func deviation(zh: Double, en: Double) -> Double {
    let expected = zh * ratio
    return (en - expected) / (variance * (expected + en) / 2 + 1).squareRoot()
  }

  /// −log of the two-sided tail probability of δ.
  @inline(__always)
  func cost(zh: Double, en: Double) -> Double {
    let delta = abs(deviation(zh: zh, en: en))
    // −log erfc(x/√2); erfc underflows beyond x ≈ 37, use the asymptote there.
    if delta > 30 { return delta * delta / 2 + log(delta) + 0.23 }
    return -log(max(erfc(delta / 2.0.squareRoot()), 1e-300))
  }
}
