import XCTest

final class PrevailModelTestsPlaceholder: XCTestCase {}
