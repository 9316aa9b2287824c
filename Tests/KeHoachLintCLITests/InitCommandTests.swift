import Foundation
import Testing

/// `kehoach-lint init`: the Markdown template on standard output, the Word one for `-o X.docx`.
@Suite("init command")
struct InitCommandTests {
  @Test("-o FILE.docx writes a Word template that check reads, never over an existing file")
  func wordTemplate() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let output = folder.file("ke-hoach.docx")
    let first = try CLI.run(["init", "--profile", "phu-luc-ii-2021", "--level", "huyen", "-o", output])
    #expect(first.status == 0, "\(first.stderr)")
    let written = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(written.prefix(2) == Data("PK".utf8))

    let again = try CLI.run(["init", "--profile", "phu-luc-ii-2021", "-o", output])
    #expect(again.status != 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == written)

    // A fresh template: placeholders to fill (errors), read as the profile it was made for.
    let check = try CLI.run(["check", "--format", "json", output])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
    let file = try #require((report["files"] as? [[String: Any]])?.first)
    #expect(file["profile"] as? String == "phu-luc-ii-2021")
    let rules = Set(((file["findings"] as? [[String: Any]]) ?? []).compactMap { $0["ruleId"] as? String })
    #expect(rules.contains { $0.hasSuffix("placeholders") })
    #expect(!rules.contains { $0.contains("required-sections") || $0.contains("section-order") })
  }
}
