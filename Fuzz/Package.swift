// swift-tools-version: 6.1
// Fuzz targets, kept out of the main package so ordinary builds and tests never see them.
// Built and run by scripts/fuzz.sh with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
  name: "kehoach-lint-fuzz",
  dependencies: [.package(name: "kehoach-lint", path: "..")],
  targets: [
    .target(name: "FuzzSupport"),
    .executableTarget(name: "FuzzMarkdown", dependencies: ["FuzzSupport", .product(name: "KeHoachLint", package: "kehoach-lint")]),
    .executableTarget(name: "FuzzRulePack", dependencies: ["FuzzSupport", .product(name: "KeHoachLint", package: "kehoach-lint")]),
    .executableTarget(name: "FuzzWordXML", dependencies: ["FuzzSupport", .product(name: "KeHoachLint", package: "kehoach-lint")]),
    .executableTarget(name: "FuzzDocx", dependencies: ["FuzzSupport", .product(name: "KeHoachLint", package: "kehoach-lint")]),
  ],
  swiftLanguageModes: [.v6]
)
