import XCTest

final class PrevailAlignTestsPlaceholder: XCTestCase {}
