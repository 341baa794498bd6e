import FuzzDriver

/// The XLIFF reader: PrevailXML's parse, the raw-position scanner, unit extraction and the text machinery
/// behind it. Auto-detection runs too, so mutated roots reach the other paths.
@_cdecl("FuzzXLIFF_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runLibFuzzer(argc, argv, fuzzXLIFF)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  fuzzDocument(fuzzData(bytes, count), format: .xliff, path: "fuzz.xliff")
  return 0
}
