import Foundation
import Testing

/// `kehoach-lint fix`: a diff on standard output for Markdown, a tracked-changes copy for Word;
/// the input never written, outputs not overwritten without `--force`, exit status as `diff`.
@Suite("fix command")
struct FixCommandTests {
  static let fixtures = CLI.repositoryRoot + "/Fixtures/fix"

  @Test("Markdown: a unified diff, --write-to writes the fixed copy once")
  func markdown() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("PLAN.md", try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/so-ky-hieu-sai.md")))
    let original = try Data(contentsOf: URL(fileURLWithPath: input))
    let result = try CLI.run(["fix", "PLAN.md"], in: folder.path)
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("--- a/PLAN.md\n+++ b/PLAN.md\n@@ -18,8 +18,8 @@\n"))
    #expect(result.stdout.contains("\n-- Quyết định số 749/NQ-TTg ngày 03/6/2020"))
    #expect(result.stdout.contains("\n+- Quyết định số 749/QĐ-TTg ngày 03/6/2020"))

    let written = try CLI.run(["fix", "PLAN.md", "--write-to", "FIXED.md"], in: folder.path)
    #expect(written.status == 1)
    let fixed = try String(contentsOfFile: folder.file("FIXED.md"), encoding: .utf8)
    #expect(fixed == (try String(contentsOfFile: Self.fixtures + "/so-ky-hieu-sai.md.fixed", encoding: .utf8)))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)

    #expect(try CLI.run(["fix", "PLAN.md", "--write-to", "FIXED.md"], in: folder.path).status == 2)
    #expect(try CLI.run(["fix", "PLAN.md", "--write-to", "PLAN.md", "--force"], in: folder.path).status == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)

    let clean = try CLI.run(["fix", "FIXED.md"], in: folder.path)
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty)
  }

  @Test("Word: DRAFT.sua.docx beside the draft, repeatable with SOURCE_DATE_EPOCH, --comments")
  func word() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("du-thao.docx", try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/ngay-ban-hanh-sai.docx")))
    let original = try Data(contentsOf: URL(fileURLWithPath: input))
    let epoch = ["SOURCE_DATE_EPOCH": "1600000000"]
    let first = try CLI.run(["fix", input, "--author", "Sở TT&TT"], environment: epoch)
    #expect(first.status == 1)
    #expect(first.stderr.contains("1 sửa đổi theo dõi"))
    let output = folder.file("du-thao.sua.docx")
    let written = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == original)

    #expect(try CLI.run(["fix", input], environment: epoch).status == 2)
    let forced = try CLI.run(["fix", input, "--force", "--author", "Sở TT&TT"], environment: epoch)
    #expect(forced.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)

    // A draft with findings no fix settles: those become comments beside the tracked changes.
    let blanks = CLI.repositoryRoot + "/Fixtures/docx/bad/ke-hoach-5-nam-con-cho-trong.docx"
    let commented = try CLI.run(["fix", blanks, "-o", folder.file("gop-y.docx"), "--comments"], environment: epoch)
    #expect(commented.status == 1)
    #expect(commented.stderr.contains("1 sửa đổi theo dõi (Track Changes), 7 góp ý"))
    // The skipped "V." is where the missing "IV. Giải pháp" goes: no renumbering, only comments.
    let missingSection = CLI.repositoryRoot + "/Fixtures/docx/bad/ke-hoach-nam-2021-thieu-muc.docx"
    let unfixed = try CLI.run(["fix", missingSection, "-o", folder.file("thieu-muc.docx"), "--comments"], environment: epoch)
    #expect(unfixed.status == 0)
    #expect(unfixed.stderr.contains("0 sửa đổi theo dõi (Track Changes), 5 góp ý"))

    let clean = try CLI.run(["fix", CLI.repositoryRoot + "/Fixtures/docx/good/ke-hoach-nam-2021.docx", "-o", folder.file("x.docx")])
    #expect(clean.status == 0)
    #expect(!FileManager.default.fileExists(atPath: folder.file("x.docx")))
  }

  @Test("explain and rules say which rules can fix")
  func explain() throws {
    #expect(try CLI.run(["explain", "legal-catalog-date"]).stdout.contains("Có thể tự sửa"))
    #expect(try CLI.run(["explain", "required-sections", "--lang", "en"]).stdout.contains("Can fix") == false)
    let rules = try CLI.run(["rules"]).stdout.split(separator: "\n")
    #expect(rules.contains { $0.hasPrefix("pl2-numbering\t") && $0.hasSuffix("\tfix") })
  }
}
