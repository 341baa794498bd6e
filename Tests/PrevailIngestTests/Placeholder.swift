import XCTest

final class PrevailIngestTestsPlaceholder: XCTestCase {}
