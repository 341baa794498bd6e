import XCTest

final class PrevailLexiconTestsPlaceholder: XCTestCase {}
