import Foundation
import Testing

/// `--level` and `--date` reach the deadline rule through the built binary.
@Suite struct SpendingCommandTests {
  static let fiveYear = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"

  @Test func levelFromTheCommandLineSetsTheDeadline() throws {
    // The plan is dated 25/9/2020: in time for a province (15/10/2020), late for a ministry. The
    // level also chooses the ministries-and-provinces profile (bt1-…).
    let province = try CLI.run(["check", "--level", "tinh", Self.fiveYear])
    #expect(province.status == 0, "\(province.stdout)")
    let ministry = try CLI.run(["check", "--level", "bo", "--fail-on", "warning", Self.fiveYear])
    #expect(ministry.status == 1)
    #expect(ministry.stdout.contains("-plan-deadline"))
    #expect(ministry.stdout.contains("15/9/2020"))
  }

  @Test func dateFromTheCommandLineFillsABlankDateLine() throws {
    let text = try String(contentsOfFile: CLI.repositoryRoot + "/" + Self.fiveYear, encoding: .utf8)
      .replacingOccurrences(of: "Trà Bồng, ngày 25 tháng 9 năm 2020", with: "Trà Bồng, ngày      tháng      năm 2020")
    let path = try CLI.temporaryDirectory() + "/du-thao.md"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let late = try CLI.run(["check", "--level", "tinh", "--date", "20/10/2020", "--fail-on", "warning", path])
    #expect(late.status == 1)
    #expect(late.stdout.contains("20/10/2020"))
    let inTime = try CLI.run(["check", "--level", "tinh", "--date", "1/10/2020", "--fail-on", "warning", path])
    #expect(!inTime.stdout.contains("-plan-deadline"))
  }

  @Test func badLevelIsAUsageError() throws {
    let result = try CLI.run(["check", "--level", "xa", Self.fiveYear])
    #expect(result.status != 0 && result.status != 1)
  }
}
