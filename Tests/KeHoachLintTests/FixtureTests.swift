import Foundation
import Testing

@testable import KeHoachLint

/// Every plan under Fixtures/ states its own expected findings in a sidecar
/// `NAME.ext.expected` (one line per finding, `POSITION SEVERITY RULE-ID MESSAGE`; empty for a
/// good plan), checked in both directions.
@Suite struct FixtureTests {
  static let planExtensions: Set<String> = ["md", "docx", "xml"]

  /// Hostile inputs and house styles have their own suites; reference/ holds pandoc's
  /// reference document (a template, not a plan).
  static func fixturePaths() -> [String] {
    let root = TestSupport.fixturesDirectory
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    return enumerator.compactMap { $0 as? String }
      .filter {
        !$0.hasPrefix("hostile/") && !$0.hasPrefix("house-styles/") && !$0.hasPrefix("reference/")
          && planExtensions.contains(($0 as NSString).pathExtension.lowercased())
      }
      .sorted()
  }

  @Test func fixturesExist() {
    #expect(Self.fixturePaths().count >= 3, "Fixtures/ should hold the good plans and bad variants")
  }

  @Test(arguments: fixturePaths())
  func fixtureMatchesItsSidecar(_ relativePath: String) throws {
    let path = TestSupport.fixturesDirectory + "/" + relativePath
    let sidecar = path + ".expected"
    let expectedText = try #require(
      try? String(contentsOfFile: sidecar, encoding: .utf8), "\(relativePath) needs a sidecar \(relativePath).expected")
    let expected = expectedText.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    // Through the session, so a fixture folder's `.kehoach-lint.yml` applies as it would for a user.
    let report = try LintSession.run(LintRequest(paths: [path], rulesDirectory: TestSupport.rulesDirectory))
    let file = try #require(report.files.first)
    #expect(file.error == nil, "\(relativePath): \(file.error.map { $0.message.en } ?? "")")
    let actual = TestSupport.expectationLines(file.findings)
    // KEHOACH_LINT_UPDATE_FIXTURES=1 rewrites the sidecars; review every changed line.
    if ProcessInfo.processInfo.environment["KEHOACH_LINT_UPDATE_FIXTURES"] == "1", actual != expected {
      try (actual.map { $0 + "\n" }.joined()).write(toFile: sidecar, atomically: true, encoding: .utf8)
      return
    }
    #expect(actual == expected, "\(relativePath): findings differ from the sidecar")
  }

  @Test func goodPlansHaveEmptySidecars() throws {
    let good = Self.fixturePaths().filter { $0.contains("/good/") }
    #expect(!good.isEmpty)
    for relativePath in good {
      let sidecar = TestSupport.fixturesDirectory + "/" + relativePath + ".expected"
      let text = try String(contentsOfFile: sidecar, encoding: .utf8)
      #expect(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(relativePath) is a good plan: it expects nothing")
    }
  }
}
