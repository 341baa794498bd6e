import XCTest

final class PrevailReportsTestsPlaceholder: XCTestCase {}
