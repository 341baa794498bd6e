import FuzzDriver
import PrevailXML

/// PrevailXML's safe parser (libxml2 with network and entity expansion off) and the tree
/// conversion.
@_cdecl("FuzzXML_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runLibFuzzer(argc, argv, fuzzXML)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  if let root = try? XMLReader.parse(fuzzData(bytes, count)) {
    _ = root.descendants.count
    _ = root.textContent.unicodeScalars.count
  }
  return 0
}
