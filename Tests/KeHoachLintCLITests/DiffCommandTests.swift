import Foundation
import Testing

@Suite struct DiffCommandTests {
  /// Exit 1 only for something new at or above `--fail-on`; a fix alone exits 0.
  @Test func exitStatusFollowsNewFindings() throws {
    let good = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"
    let bad = "Fixtures/markdown/bad/ke-hoach-5-nam-attt-7-phan-tram.md"
    let fixed = try CLI.run(["diff", bad, good])
    #expect(fixed.status == 0 && fixed.stdout.contains("1 đã tiếp thu, 0 mới"), "\(fixed.stderr)")
    let worse = try CLI.run(["diff", good, bad, "--format", "json"])
    #expect(worse.status == 1 && worse.stdout.contains("\"newFindings\""))
    #expect(try CLI.run(["diff", good, bad, "--fail-on", "never"]).status == 0)
    #expect(try CLI.run(["diff", good, "khong-co.md"]).status == 2)
  }

  /// A waiver's expiry is judged on the run's date, `SOURCE_DATE_EPOCH` when set.
  @Test func waiverExpiryFollowsSourceDateEpoch() throws {
    let temporary = try TemporaryFolder()
    defer { temporary.remove() }
    let folder = temporary.path
    try FileManager.default.copyItem(
      atPath: CLI.repositoryRoot + "/Fixtures/markdown/bad/ke-hoach-5-nam-attt-7-phan-tram.md", toPath: folder + "/plan.md")
    let waiver = """
      waivers:
        - rule: pl1-security-spending-share
          reason: Dự án SOC do tỉnh đầu tư tập trung
          approved-by: Sở TT&TT, Công văn 123/STTTT-CNTT
          expires: 31/12/2021

      """
    try waiver.write(toFile: folder + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let plain = try CLI.run(["check", "plan.md", "--format", "json"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1609459200"])
    #expect(plain.stdout.contains("\"waived\" : {"), "1/1/2021: the waiver applies")
    #expect(!plain.stdout.contains("expired-waiver"))
    let later = try CLI.run(["check", "plan.md"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1672531200"])
    #expect(later.status == 1 && later.stdout.contains(".kehoach-lint.yml:2:5: error:") && later.stdout.contains("[expired-waiver]"))
  }
}
