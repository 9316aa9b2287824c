import Foundation
import Testing

/// Issue 15 through the binary, for what only the command line does: the exit status of an
/// empty folder, the letter files written, the stale-baseline note on standard error.
@Suite struct ReviewerCLITests {
  static func temporaryFolder() throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("kehoach-lint-cli-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aFolderWithoutPlansFailsTheGate() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("~$ lock".utf8).write(to: URL(fileURLWithPath: folder + "/~$ke-hoach.docx"))
    let result = try CLI.run(["check", folder])
    #expect(result.status == 2)
    #expect(result.stderr.contains("không tìm thấy kế hoạch nào trong \(folder)"), "\(result.stderr)")
  }

  @Test func lettersAreWrittenPerPlanInWordOrMarkdown() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let plans = ["Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md", "Fixtures/docx/bad/ke-hoach-5-nam-thieu-nguon-von.docx"]
    let word = try CLI.run(["check"] + plans + ["--format", "letter:\(folder)/gop-y.docx"])
    #expect(word.status == 1)
    for name in ["gop-y-ke-hoach-5-nam-con-cho-trong.docx", "gop-y-ke-hoach-5-nam-thieu-nguon-von.docx"] {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
      #expect(data.prefix(2) == Data("PK".utf8), "\(name)")
    }
    let single = try CLI.run(["check", plans[0], "--format", "letter:\(folder)/gop-y.md"])
    #expect(single.status == 1)
    let text = try String(contentsOfFile: folder + "/gop-y.md", encoding: .utf8)
    #expect(text.contains("có ý kiến về dự thảo Kế hoạch"))
  }

  @Test func staleBaselineEntriesAreNamedOnStandardError() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let plan = folder + "/ke-hoach.md"
    try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md", toPath: plan)
    let written = try CLI.run(["check", plan, "--write-baseline", folder + "/baseline.json"])
    #expect(written.status == 0)
    try FileManager.default.removeItem(atPath: plan)
    try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md", toPath: plan)
    let result = try CLI.run(["check", plan, "--baseline", folder + "/baseline.json"])
    #expect(result.status == 0)
    #expect(result.stderr.contains("mục không còn được tìm thấy"), "\(result.stderr)")
  }
}
