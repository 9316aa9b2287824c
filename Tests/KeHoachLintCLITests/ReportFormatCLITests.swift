import Foundation
import Testing

/// Every report format end to end through the built binary: exit statuses 0/1/2, several
/// outputs from one run, the batch scoreboard folder, the GitHub job summary.
@Suite struct ReportFormatCLITests {
  static let formats = ["text", "json", "sarif", "junit", "github", "markdown", "csv", "html"]
  static let clean = CheckCommandTests.annual
  static let failing = "Fixtures/markdown/bad/ke-hoach-5-nam-con-cho-trong.md"

  /// A folder holding an empty plan, which cannot be checked.
  static func unreadableInput() throws -> String {
    let path = try CLI.temporaryDirectory() + "/rong.md"
    try Data().write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(arguments: formats)
  func exitStatusIsTheSameInEveryFormat(_ format: String) throws {
    let clean = try CLI.run(["check", "--format", format, Self.clean])
    #expect(clean.status == 0, "\(format): \(clean.stderr)")
    #expect(!clean.stdout.isEmpty)
    let failing = try CLI.run(["check", "--format", format, Self.failing])
    #expect(failing.status == 1, "\(format): \(failing.stderr)")
    let unreadable = try CLI.run(["check", "--format", format, Self.clean, try Self.unreadableInput()])
    #expect(unreadable.status == 2, "\(format): \(unreadable.stderr)")
    #expect(try CLI.run(["check", "--format", format, "--fail-on", "never", Self.failing]).status == 0)
  }

  @Test(arguments: ["html", "csv", "markdown"])
  func scoreboardExitStatus(_ format: String) throws {
    #expect(try CLI.run(["check", "--summary", "--format", format, Self.clean]).status == 0)
    let failing = try CLI.run(["check", "--summary", "--format", format, "Fixtures/markdown"])
    #expect(failing.status == 1)
    #expect(failing.stdout.contains("ke-hoach-5-nam-con-cho-trong.md"))
    #expect(try CLI.run(["check", "--summary", "--format", format, try Self.unreadableInput()]).status == 2)
  }

  @Test func usageErrorsExitTwo() throws {
    let unknown = try CLI.run(["check", "--format", "pdf", Self.clean])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("sarif"))
    let twice = try CLI.run(["check", "--format", "text", "--format", "json", Self.clean])
    #expect(twice.status == 2)
    #expect(twice.stdout.isEmpty)
    #expect(try CLI.run(["check", "--no-such-option", Self.clean]).status == 2)
    let folderForText = try CLI.run(["check", "--format", "text:" + (try CLI.temporaryDirectory()) + "/", Self.clean])
    #expect(folderForText.status == 2)
  }

  @Test func severalOutputsFromOneRun() throws {
    let folder = try CLI.temporaryDirectory()
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
    let folder = try CLI.temporaryDirectory() + "/bang-tong-hop/"
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
    let summary = try CLI.temporaryDirectory() + "/step-summary.md"
    try "# trước\n".write(toFile: summary, atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "--format", "github", Self.failing], environment: ["GITHUB_STEP_SUMMARY": summary])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("::error file="))
    let text = try String(contentsOfFile: summary, encoding: .utf8)
    #expect(text.hasPrefix("# trước\n## kehoach-lint"))
    #expect(text.contains("pl1-empty-section"))
  }

  @Test func sourceDateEpochMakesReportsReproducible() throws {
    let environment = ["SOURCE_DATE_EPOCH": "1700000000", "TZ": "UTC"]
    let first = try CLI.run(["check", "--format", "html", Self.failing], environment: environment)
    let second = try CLI.run(["check", "--format", "html", Self.failing], environment: environment)
    #expect(first.stdout == second.stdout)
    #expect(first.stdout.contains("14/11/2023 22:13 (UTC+00:00)"))
  }

  @Test func englishHTMLReport() throws {
    let result = try CLI.run(["check", "--lang", "en", "--format", "html", Self.failing])
    #expect(result.stdout.contains("<html lang=\"en\">"))
    #expect(result.stdout.contains("Requirement checklist"))
  }
}
