import XCTest

final class PrevailChecksTestsPlaceholder: XCTestCase {}
