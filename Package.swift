// swift-tools-version:6.0
import PackageDescription

// Modules follow the pipeline (read → structure → align → check → report) and depend one way:
// PrevailModel is the leaf every module imports; nothing imports the CLI.
let package = Package(
  name: "Prevail",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "prevail", targets: ["prevail"]),
    .executable(name: "prevail-bench", targets: ["prevail-bench"]),
    .library(name: "PrevailKit", targets: ["PrevailKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "PrevailModel"),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "PrevailXML", dependencies: ["CLibXML2"]),
    .target(
      name: "PrevailLexicon",
      resources: [.copy("Resources/cedict_ts.u8")]
    ),
    .target(name: "PrevailIngest", dependencies: ["PrevailModel", "PrevailXML"]),
    .target(name: "PrevailAlign", dependencies: ["PrevailModel", "PrevailLexicon"]),
    .target(name: "PrevailChecks", dependencies: ["PrevailModel", "PrevailLexicon"]),
    .target(
      name: "PrevailReports",
      dependencies: ["PrevailModel", "PrevailXML"],
      resources: [.copy("Resources/prevail-tei.rng")]
    ),
    .target(
      name: "PrevailKit",
      dependencies: [
        "PrevailModel", "PrevailIngest", "PrevailLexicon", "PrevailAlign", "PrevailChecks",
        "PrevailReports",
      ]
    ),
    .executableTarget(
      name: "prevail",
      dependencies: [
        "PrevailKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "prevail-bench",
      dependencies: [
        "PrevailKit", "PrevailAlign", "PrevailLexicon",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "PrevailModelTests", dependencies: ["PrevailModel"]),
    .testTarget(name: "PrevailXMLTests", dependencies: ["PrevailXML"]),
    .testTarget(name: "PrevailLexiconTests", dependencies: ["PrevailLexicon"]),
    .testTarget(name: "PrevailIngestTests", dependencies: ["PrevailIngest", "PrevailXML"]),
    .testTarget(name: "PrevailAlignTests", dependencies: ["PrevailAlign", "PrevailLexicon"]),
    .testTarget(name: "PrevailChecksTests", dependencies: ["PrevailChecks", "PrevailLexicon"]),
    .testTarget(
      name: "PrevailReportsTests", dependencies: ["PrevailReports", "PrevailXML"],
      exclude: ["Expected"]),
    .testTarget(name: "PrevailKitTests", dependencies: ["PrevailKit"]),
    .testTarget(name: "PrevailCLITests", dependencies: ["PrevailKit"]),
  ],
  swiftLanguageModes: [.v6]
)
