import Foundation
import Testing

/// Report formats end to end through the built binary: the exit status the report gives,
/// usage errors, several outputs from one run, the batch scoreboard folder, the GitHub job
/// summary, SOURCE_DATE_EPOCH. Every format's rendering of every outcome (clean, findings,
/// unreadable input, scoreboards) is tested through the library in CheckResultTests, not by
/// launching the binary once per format.
@Suite struct ReportFormatCLITests {
  static let clean = CheckCommandTests.annual
  static let failing = "Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md"

  /// 0 clean, 1 findings, 2 an unreadable input (the batch goes on), 0 with `--fail-on never`;
  /// one launch each, in a different format each time.
  @Test func exitStatusFollowsTheReport() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let empty = try folder.write("rong.md", Data())

    let clean = try CLI.run(["check", Self.clean])
    #expect(clean.status == 0, "\(clean.stderr)")
    #expect(clean.stdout.hasSuffix("\n1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n"))

    let failing = try CLI.run(["check", "--format", "json", Self.failing])
    #expect(failing.status == 1, "\(failing.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(failing.stdout.utf8)) as? [String: Any]
    #expect((object?["summary"] as? [String: Int])?["errors"] ?? 0 > 0)

    let unreadable = try CLI.run(["check", "--format", "sarif", Self.clean, empty])
    #expect(unreadable.status == 2, "\(unreadable.stderr)")
    #expect(unreadable.stdout.contains("\"version\" : \"2.1.0\""))

    let never = try CLI.run(["check", "--format", "csv", "--fail-on", "never", Self.failing])
    #expect(never.status == 0, "\(never.stderr)")
    #expect(never.stdout.contains("pl1-empty-section"))
  }

  @Test func scoreboardToStandardOutput() throws {
    let failing = try CLI.run(["check", "--summary", "--format", "markdown", "Fixtures/markdown"])
    #expect(failing.status == 1)
    #expect(failing.stdout.contains("ke-hoach-5-nam-con-cho-trong.md"))
  }

  @Test func usageErrorsExitTwo() throws {
    let unknown = try CLI.run(["check", "--format", "pdf", Self.clean])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("sarif"))
    let twice = try CLI.run(["check", "--format", "text", "--format", "json", Self.clean])
    #expect(twice.status == 2)
    #expect(twice.stdout.isEmpty)
    #expect(try CLI.run(["check", "--no-such-option", Self.clean]).status == 2)
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let folderForText = try CLI.run(["check", "--format", "text:" + folder.path + "/", Self.clean])
    #expect(folderForText.status == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func severalOutputsFromOneRun() throws {
    let scratch = try TemporaryFolder()
    defer { scratch.remove() }
    let folder = scratch.path
    let result = try CLI.run([
      "check", "--format", "sarif:\(folder)/ket-qua.sarif", "--format", "junit:\(folder)/junit.xml", "--format", "text",
      "--format", "html:\(folder)/bao-cao.html", Self.failing,
    ])
    #expect(result.status == 1)
    #expect(result.stdout.contains(": error: "))
    let sarif =
      try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: folder + "/ket-qua.sarif"))) as? [String: Any]
    #expect(sarif?["version"] as? String == "2.1.0")
    let junit = try String(contentsOfFile: folder + "/junit.xml", encoding: .utf8)
    #expect(junit.hasPrefix("<?xml"))
    let html = try String(contentsOfFile: folder + "/bao-cao.html", encoding: .utf8)
    #expect(html.contains("<html lang=\"vi\">"))
  }

  @Test func sarifPathsAreRelativeToTheWorkingDirectory() throws {
    let result = try CLI.run(["check", "--format", "sarif", CLI.repositoryRoot + "/" + Self.failing])
    #expect(result.stdout.contains("\"uri\" : \"Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md\""))
    #expect(result.stdout.contains("\"%SRCROOT%\""))
  }

  @Test func scoreboardFolderHoldsAnIndexAndEveryPlansReport() throws {
    let scratch = try TemporaryFolder()
    defer { scratch.remove() }
    let folder = scratch.path + "/bang-tong-hop/"
    let result = try CLI.run(["check", "Fixtures", "--summary", "--format", "html:" + folder])
    #expect(result.status == 1)
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
    // Fixtures/.kehoach-lint.yml excludes the hostile inputs from folder walks.
    let plans = try FileManager.default.subpathsOfDirectory(atPath: CLI.repositoryRoot + "/Fixtures")
      .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".docx")) && !$0.hasPrefix("hostile/") }
    #expect(files.contains("index.html"))
    #expect(files.count == plans.count + 1)
    let index = try String(contentsOfFile: folder + "index.html", encoding: .utf8)
    for file in files where file != "index.html" {
      #expect(index.contains("href=\"\(file)\""), "index.html should link \(file)")
      let report = try String(contentsOfFile: folder + file, encoding: .utf8)
      #expect(report.contains("<article class=\"plan\""))
    }
  }

  @Test func githubFormatWritesTheJobSummary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let summary = try folder.write("step-summary.md", Data("# trước\n".utf8))
    let result = try CLI.run(["check", "--format", "github", Self.failing], environment: ["GITHUB_STEP_SUMMARY": summary])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("::error file="))
    let text = try String(contentsOfFile: summary, encoding: .utf8)
    #expect(text.hasPrefix("# trước\n## kehoach-lint"))
    #expect(text.contains("pl1-empty-section"))
  }

  /// The report states SOURCE_DATE_EPOCH's time, not the clock's (that the same time gives the
  /// same bytes is CheckResultTests.fixedGenerationTimeMakesReportsReproducible).
  @Test func sourceDateEpochSetsTheReportsTime() throws {
    let environment = ["SOURCE_DATE_EPOCH": "1700000000", "TZ": "UTC"]
    let result = try CLI.run(["check", "--format", "html", Self.failing], environment: environment)
    #expect(result.status == 1)
    #expect(result.stdout.contains("14/11/2023 22:13 (UTC+00:00)"))
  }

  @Test func englishHTMLReport() throws {
    let result = try CLI.run(["check", "--lang", "en", "--format", "html", Self.failing])
    #expect(result.stdout.contains("<html lang=\"en\">"))
    #expect(result.stdout.contains("Requirement checklist"))
  }
}
