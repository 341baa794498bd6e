import Foundation
import PrevailXML

/// PrevailXML's safe parser (libxml2 with network and entity expansion off) and the tree
/// conversion.
/// SwiftPM links an executable's entry point as `<target>_main`; it hands over to libFuzzer.
@_cdecl("FuzzXML_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
    guard let bytes else { return 0 }
    return fuzzXML(bytes, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  if let root = try? XMLReader.parse(data) {
    _ = root.descendants.count
    _ = root.textContent.unicodeScalars.count
  }
  return 0
}
