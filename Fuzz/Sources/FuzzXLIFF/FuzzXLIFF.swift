import Foundation
import PrevailIngest

/// The XLIFF reader: PrevailXML's parse, the raw-position scanner, unit extraction and the text
/// machinery behind it. Auto-detection runs too, so mutated roots reach the other paths.
/// SwiftPM links an executable's entry point as `<target>_main`; it hands over to libFuzzer.
@_cdecl("FuzzXLIFF_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
    guard let bytes else { return 0 }
    return fuzzXLIFF(bytes, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  let reader = DocumentReader(oracle: WordOracle { $0.count > 3 })
  _ = try? reader.read(data: data, path: "fuzz.xliff", name: "fuzz", format: .xliff)
  _ = try? reader.read(data: data, path: "fuzz.xliff", name: "fuzz", format: .auto)
  return 0
}
