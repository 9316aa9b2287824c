// swift-tools-version: 6.1
// The soak run (issue 9), kept out of the main package like Fuzz/ so ordinary builds and
// tests never see it: every fixture linted many times in one process through the library,
// resident memory watched. Built and run by scripts/soak.sh.
import PackageDescription

let package = Package(
  name: "kehoach-lint-soak",
  dependencies: [.package(name: "kehoach-lint", path: "..")],
  targets: [
    .executableTarget(name: "Soak", dependencies: [.product(name: "KeHoachLint", package: "kehoach-lint")])
  ],
  swiftLanguageModes: [.v6]
)
