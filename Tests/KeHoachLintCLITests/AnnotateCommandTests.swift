import Foundation
import Testing

/// `kehoach-lint annotate`: files written, never overwritten without `--force`, exit statuses.
@Suite("annotate command")
struct AnnotateCommandTests {
  static let bad = CLI.repositoryRoot + "/Fixtures/docx/bad/ke-hoach-5-nam-thieu-lo-trinh.docx"
  static let good = CLI.repositoryRoot + "/Fixtures/docx/good/ke-hoach-nam-2021.docx"

  @Test("One file: written beside it, not overwritten, repeatable with SOURCE_DATE_EPOCH")
  func oneFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("du-thao.docx", try Data(contentsOf: URL(fileURLWithPath: Self.bad)))
    let original = try Data(contentsOf: URL(fileURLWithPath: input))
    let epoch = ["SOURCE_DATE_EPOCH": "1600000000"]

    let first = try CLI.run(["annotate", input, "--author", "Sở TT&TT Quảng Ngãi"], environment: epoch)
    #expect(first.status == 1)  // the draft has an error, as `check` says
    let output = folder.file("du-thao.gop-y.docx")
    let written = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(first.stderr.contains("3 góp ý"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)

    let again = try CLI.run(["annotate", input], environment: epoch)
    #expect(again.status == 2)
    #expect(again.stderr.contains("--force"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)

    let forced = try CLI.run(["annotate", input, "--force", "--author", "Sở TT&TT Quảng Ngãi"], environment: epoch)
    #expect(forced.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)

    // The output gives the input's findings, and one more: the comments left in (draft hygiene).
    let checkInput = try CLI.run(["check", "--format", "json", input])
    let checkOutput = try CLI.run(["check", "--format", "json", output])
    #expect(checkOutput.status == checkInput.status)
    #expect(
      checkOutput.stdout.components(separatedBy: "\"ruleId\"").count == checkInput.stdout.components(separatedBy: "\"ruleId\"").count + 1)

    // `-o` names the output; `--fail-on never` selects nothing that fails.
    let named = try CLI.run(["annotate", input, "-o", folder.file("gop-y.docx"), "--fail-on", "never"])
    #expect(named.status == 0)
    #expect(FileManager.default.fileExists(atPath: folder.file("gop-y.docx")))
    // The input itself is never the output.
    let onto = try CLI.run(["annotate", input, "-o", input, "--force"])
    #expect(onto.status == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)
  }

  @Test("Markdown and Word XML inputs are refused with what to do instead")
  func unsupported() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let markdown = try folder.write("ke-hoach.md", Data("# KẾ HOẠCH\n".utf8))
    let result = try CLI.run(["annotate", markdown])
    #expect(result.status == 2)
    #expect(result.stderr.contains("check --format html"))
    let xml = try folder.write("ke-hoach.xml", Data("<x/>".utf8))
    let flat = try CLI.run(["annotate", xml])
    #expect(flat.status == 2)
    #expect(flat.stderr.contains("Flat OPC"))
  }

  @Test("A folder: the readable drafts annotated, the unreadable reported, exit 2")
  func folder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let drafts = folder.file("du-thao")
    try FileManager.default.createDirectory(atPath: drafts, withIntermediateDirectories: true)
    try Data(contentsOf: URL(fileURLWithPath: Self.good)).write(to: URL(fileURLWithPath: drafts + "/a.docx"))
    try Data(contentsOf: URL(fileURLWithPath: Self.bad)).write(to: URL(fileURLWithPath: drafts + "/b.docx"))
    try Data("không phải zip".utf8).write(to: URL(fileURLWithPath: drafts + "/c.docx"))

    let withoutDirectory = try CLI.run(["annotate", drafts])
    #expect(withoutDirectory.status == 2)
    #expect(withoutDirectory.stderr.contains("--output-dir"))

    let out = folder.file("gop-y")
    let result = try CLI.run(["annotate", drafts, "--output-dir", out])
    #expect(result.status == 2)
    #expect(result.stderr.contains("c.docx"))
    #expect(FileManager.default.fileExists(atPath: out + "/a.gop-y.docx"))
    #expect(FileManager.default.fileExists(atPath: out + "/b.gop-y.docx"))
    #expect(!FileManager.default.fileExists(atPath: out + "/c.gop-y.docx"))
  }
}

/// python-docx, when installed, lists the comments `annotate` wrote.
@Suite("annotate output in python-docx")
struct AnnotatePythonDocxTests {
  static let script = CLI.repositoryRoot + "/scripts/list-docx-comments.py"

  static var pythonDocxInstalled: Bool {
    (try? CLI.execute("/usr/bin/env", ["python3", "-c", "import docx"], in: CLI.repositoryRoot).status) == 0
  }

  @Test("Every comment listed: the summary first, then one per finding", .enabled(if: pythonDocxInstalled))
  func listsComments() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("du-thao.docx", try Data(contentsOf: URL(fileURLWithPath: AnnotateCommandTests.bad)))
    _ = try CLI.run(["annotate", input, "--author", "Sở TT&TT Quảng Ngãi"])
    let listed = try CLI.execute("/usr/bin/env", ["python3", Self.script, folder.file("du-thao.gop-y.docx")], in: folder.path)
    #expect(listed.status == 0)
    let lines = listed.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first?.contains("Sở TT&TT Quảng Ngãi\tkehoach-lint – Kết quả kiểm tra: Chưa đạt") == true)
    #expect(lines.dropFirst().first?.contains("Thiếu mục bắt buộc “VI. Lộ trình thực hiện”") == true)
  }
}
