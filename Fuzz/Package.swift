// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Prevail's readers. A package of its own so that the main build and CI
// never compile it; build and run with `scripts/fuzz.sh SECONDS` from the project root.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer", "-parse-as-library"])]
let link: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]

func fuzzTarget(_ name: String) -> Target {
  .executableTarget(
    name: name,
    dependencies: ["FuzzDriver", .product(name: "PrevailKit", package: "main")],
    swiftSettings: fuzzer,
    linkerSettings: link
  )
}

let package = Package(
  name: "PrevailFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    // The libFuzzer hand-over and the reader every target shares.
    .target(
      name: "FuzzDriver", dependencies: [.product(name: "PrevailKit", package: "main")],
      swiftSettings: fuzzer)
  ] + ["FuzzText", "FuzzTMX", "FuzzXLIFF", "FuzzTEI", "FuzzXML"].map(fuzzTarget),
  swiftLanguageModes: [.v6]
)
