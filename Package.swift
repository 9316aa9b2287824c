// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "kehoach-lint",
  products: [
    .executable(name: "kehoach-lint", targets: ["kehoach-lint"]),
    .library(name: "KeHoachLint", targets: ["KeHoachLint"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CCmarkGFM",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(
      name: "KeHoachLint",
      dependencies: [
        "CLibXML2",
        "CCmarkGFM",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The self-check page (`serve`): kept out of the core so the library stays free of NIO.
    .target(
      name: "KeHoachLintServer",
      dependencies: [
        "KeHoachLint",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .executableTarget(
      name: "kehoach-lint",
      dependencies: [
        "KeHoachLint",
        "KeHoachLintServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "KeHoachLintTests", dependencies: ["KeHoachLint"]),
    .testTarget(
      name: "KeHoachLintServerTests",
      dependencies: [
        "KeHoachLintServer",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(
      name: "KeHoachLintCLITests",
      dependencies: ["kehoach-lint", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
