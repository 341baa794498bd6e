import FuzzDriver
import PrevailIngest

/// The text path: decoding, the bilingual split, repairs, line classification and structure;
/// then the same bytes as a pair of files (first half original, second half translation).
@_cdecl("FuzzText_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  runLibFuzzer(argc, argv, fuzzText)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let text = try? RawText.decode(fuzzData(bytes, count), path: "fuzz.txt") else { return 0 }
  _ = try? fuzzReader.readBilingual(RawText(path: "fuzz.txt", text: text), name: "fuzz")
  let scalars = Array(text.unicodeScalars)
  let half = scalars.count / 2
  let first = String(String.UnicodeScalarView(scalars[..<half]))
  let second = String(String.UnicodeScalarView(scalars[half...]))
  for onePerLine in [true, false] {
    _ = try? fuzzReader.readPair(
      original: RawText(path: "a.txt", text: first),
      translation: RawText(path: "b.txt", text: second),
      name: "fuzz", onePerLine: onePerLine)
  }
  return 0
}
