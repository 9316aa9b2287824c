import Foundation
import Testing

/// What the user sees of configuration errors and of the engine's own rules: the exit status
/// and the printed text (the rest is tested in the library).
@Suite struct ConfigurationCLITests {
  @Test func typoInRuleSettingExitsWithStatus2AtTheKey() throws {
    let temporary = try TemporaryFolder()
    defer { temporary.remove() }
    let folder = temporary.path
    try "rules:\n  placeholders: error\n  pl1-numberng: off\n".write(
      toFile: folder + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let plan = try String(contentsOfFile: CLI.repositoryRoot + "/" + CheckCommandTests.annual, encoding: .utf8)
    try plan.write(toFile: folder + "/plan.md", atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "--lang", "en", "plan.md"], in: folder)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty, "no plan is reported when the set-up fails")
    #expect(result.stderr.contains(".kehoach-lint.yml:3:3: configuration error"))
    #expect(result.stderr.contains("“pl1-numberng”") && result.stderr.contains("Did you mean `pl1-numbering`?"))
  }

  @Test func explainDescribesAnEngineRule() throws {
    let result = try CLI.run(["explain", "unused-suppression"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("unused-suppression: Chú thích tắt quy tắc không có tác dụng"))
    #expect(result.stdout.contains("Mức mặc định: warning"))
  }
}
