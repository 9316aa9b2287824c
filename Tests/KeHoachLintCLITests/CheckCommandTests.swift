import Foundation
import Testing

/// `check`, `outline`, `rules` and `profiles` through the built binary: what only the command
/// line does. The findings, counts and report contents (the walking skeleton's acceptance: a
/// section removed, the same plan in NFD, in capitals, with bold headings) are computed by the
/// library and tested there: KeHoachLintTests/CheckResultTests.swift.
@Suite struct CheckCommandTests {
  static let fiveYear = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"
  static let annual = "Fixtures/markdown/good/ke-hoach-nam-2021.md"

  static func fixtureText(_ path: String) throws -> String {
    try String(contentsOfFile: CLI.repositoryRoot + "/" + path, encoding: .utf8)
  }

  @Test func versionPrints() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    #expect(
      result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
  }

  @Test func findsBundledRulesFromAnyWorkingDirectory() throws {
    let elsewhere = try TemporaryFolder()
    defer { elsewhere.remove() }
    let result = try CLI.run(["check", CLI.repositoryRoot + "/" + Self.fiveYear], in: elsewhere.path)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("\n1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n"))
  }

  @Test func unknownProfileIsAUsageError() throws {
    let result = try CLI.run(["check", "--profile", "khong-co", Self.fiveYear])
    #expect(result.status == 2)
    #expect(result.stderr.contains("phu-luc-i-2021-2025"))
  }

  @Test func inputsAreNeverModified() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("plan.md", Data(try Self.fixtureText(Self.annual).utf8))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    _ = try CLI.run(["check", "--format", "json", path])
    _ = try CLI.run(["outline", path])
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.md"])
  }

  @Test func outlineShowsTheSectionTree() throws {
    let result = try CLI.run(["outline", Self.fiveYear])
    #expect(result.status == 0)
    #expect(result.stdout.contains("- Phần II"))
    #expect(result.stdout.contains("  - VI. LỘ TRÌNH THỰC HIỆN  ["))
  }

  @Test func rulesAndProfilesList() throws {
    let profiles = try CLI.run(["profiles"])
    #expect(profiles.stdout.contains("phu-luc-i-2021-2025"))
    let rules = try CLI.run(["rules"])
    #expect(rules.stdout.contains("pl1-required-sections\terror"))
  }
}
