import Foundation
import Testing

/// `--level` and `--date` reach the deadline rule through the built binary. What each level and
/// date gives is tested through the library (CheckResultTests.levelSetsTheDeadline,
/// dateFillsABlankDateLine).
@Suite struct SpendingCommandTests {
  static let fiveYear = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"

  @Test func levelAndDateFromTheCommandLineReachTheDeadlineRule() throws {
    let text = try String(contentsOfFile: CLI.repositoryRoot + "/" + Self.fiveYear, encoding: .utf8)
      .replacingOccurrences(of: "Trà Bồng, ngày 25 tháng 9 năm 2020", with: "Trà Bồng, ngày      tháng      năm 2020")
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("du-thao.md", Data(text.utf8))
    // A province's deadline is 15/10/2020: a plan dated 20/10/2020 is late.
    let late = try CLI.run(["check", "--level", "tinh", "--date", "20/10/2020", "--fail-on", "warning", path])
    #expect(late.status == 1, "\(late.stderr)")
    #expect(late.stdout.contains("-plan-deadline"))
    #expect(late.stdout.contains("20/10/2020"))
  }

  @Test func badLevelIsAUsageError() throws {
    let result = try CLI.run(["check", "--level", "xa", Self.fiveYear])
    #expect(result.status != 0 && result.status != 1)
  }
}
