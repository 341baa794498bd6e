import FuzzDriver

/// The reader of Prevail's TEI: PrevailXML's parse, the raw-position scanner, unit extraction and the text machinery
/// behind it. Auto-detection runs too, so mutated roots reach the other paths.
@_cdecl("FuzzTEI_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runLibFuzzer(argc, argv, fuzzTEI)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTEI(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  fuzzDocument(fuzzData(bytes, count), format: .tei, path: "fuzz.tei")
  return 0
}
