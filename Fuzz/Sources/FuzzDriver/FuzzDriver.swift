import Foundation
import PrevailIngest

/// What libFuzzer calls with each input.
public typealias FuzzInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: FuzzInput
) -> CInt

/// Hands a target's `main` over to libFuzzer. SwiftPM links an executable's entry point as
/// `<target>_main`; each target exports that name and calls this with its input function.
public func runLibFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ input: FuzzInput
) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments, input)
}

/// The bytes of one fuzz input (empty for a null pointer).
public func fuzzData(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
  guard let bytes else { return Data() }
  return Data(bytes: bytes, count: count)
}

/// The reader a target exercises: a word oracle that needs no dictionary.
public let fuzzReader = DocumentReader(oracle: WordOracle { $0.count > 3 })

/// Reads the input as the given XML format, then with detection by content, so mutated roots
/// reach the other readers too.
public func fuzzDocument(_ data: Data, format: InputFormat, path: String) {
  _ = try? fuzzReader.read(data: data, path: path, name: "fuzz", format: format)
  _ = try? fuzzReader.read(data: data, path: path, name: "fuzz", format: .auto)
}
