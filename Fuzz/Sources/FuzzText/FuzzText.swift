import Foundation
import PrevailIngest

/// The text path: decoding, the bilingual split, repairs, line classification and structure;
/// then the same bytes as a pair of files (first half original, second half translation).
/// SwiftPM links an executable's entry point as `<target>_main`; it hands over to libFuzzer.
@_cdecl("FuzzText_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
    guard let bytes else { return 0 }
    return fuzzText(bytes, size)
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  let reader = DocumentReader(oracle: WordOracle { $0.count > 3 })
  guard let text = try? RawText.decode(data, path: "fuzz.txt") else { return 0 }
  _ = try? reader.readBilingual(RawText(path: "fuzz.txt", text: text), name: "fuzz")
  let scalars = Array(text.unicodeScalars)
  let half = scalars.count / 2
  let first = String(String.UnicodeScalarView(scalars[..<half]))
  let second = String(String.UnicodeScalarView(scalars[half...]))
  for onePerLine in [true, false] {
    _ = try? reader.readPair(
      original: RawText(path: "a.txt", text: first),
      translation: RawText(path: "b.txt", text: second),
      name: "fuzz", onePerLine: onePerLine)
  }
  return 0
}
