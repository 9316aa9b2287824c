import Foundation
import Testing

/// Word files through the built binary: the outline a user sees (the command prints it). Clean
/// twins and a batch past unreadable Word files are the library's: CheckResultTests.
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
}
