import XCTest

final class PrevailXMLTestsPlaceholder: XCTestCase {}
