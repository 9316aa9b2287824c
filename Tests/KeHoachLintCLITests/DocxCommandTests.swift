import Foundation
import Testing

/// Word files through the built binary: the outline a user sees, clean twins, and a batch
/// that carries on past files that are not readable Word documents.
@Suite struct DocxCommandTests {
  static let numberedTwin = "Fixtures/docx/good/ke-hoach-5-nam-2021-2025-numbering.docx"

  @Test func outlineShowsNumberingLabelsAndParagraphs() throws {
    let result = try CLI.run(["outline", Self.numberedTwin])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("# KẾ HOẠCH") == true)
    #expect(lines.contains { $0.hasPrefix("- Phần II NỘI DUNG KẾ HOẠCH  [¶") })
    #expect(lines.contains { $0.hasPrefix("  - VI. LỘ TRÌNH THỰC HIỆN  [¶") })
    #expect(lines.contains { $0.hasPrefix("    - 1. Hoàn thiện môi trường pháp lý  [¶") })
  }

  @Test func twinsOfTheGoodPlansPass() throws {
    let result = try CLI.run(["check", "Fixtures/docx/good"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func batchCarriesOnPastUnreadableWordFiles() throws {
    let folder = try CLI.temporaryDirectory()
    let good = CLI.repositoryRoot + "/Fixtures/docx/good/ke-hoach-nam-2021.docx"
    try FileManager.default.copyItem(atPath: good, toPath: folder + "/a-tot.docx")
    let zip = try Data(contentsOf: URL(fileURLWithPath: good))
    try zip.prefix(zip.count / 3).write(to: URL(fileURLWithPath: folder + "/b-cat-cut.docx"))
    var legacy = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    legacy.append(Data(count: 1024))
    try legacy.write(to: URL(fileURLWithPath: folder + "/c-cu.docx"))
    try Data("%PDF-1.7".utf8).write(to: URL(fileURLWithPath: folder + "/d-pdf.docx"))

    let result = try CLI.run(["check", "--format", "json", folder])
    #expect(result.status == 2)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let files = try #require(json["files"] as? [[String: Any]])
    let outcome = Dictionary(
      uniqueKeysWithValues: files.map { file in
        let name = (file["path"] as? String).map { ($0 as NSString).lastPathComponent } ?? ""
        let error = (file["error"] as? [String: Any])?["code"] as? String
        return (name, error ?? "ok:\((file["findings"] as? [Any])?.count ?? -1)")
      })
    #expect(outcome == ["a-tot.docx": "ok:0", "b-cat-cut.docx": "corrupt-zip", "c-cu.docx": "legacy-doc", "d-pdf.docx": "not-word"])
  }
}
