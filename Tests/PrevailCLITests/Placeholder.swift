import XCTest

final class PrevailCLITestsPlaceholder: XCTestCase {}
