import FuzzDriver

/// The TMX reader: PrevailXML's parse, the raw-position scanner, unit extraction and the text machinery
/// behind it. Auto-detection runs too, so mutated roots reach the other paths.
@_cdecl("FuzzTMX_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runLibFuzzer(argc, argv, fuzzTMX)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTMX(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  fuzzDocument(fuzzData(bytes, count), format: .tmx, path: "fuzz.tmx")
  return 0
}
