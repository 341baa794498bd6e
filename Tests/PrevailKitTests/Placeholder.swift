import XCTest

final class PrevailKitTestsPlaceholder: XCTestCase {}
