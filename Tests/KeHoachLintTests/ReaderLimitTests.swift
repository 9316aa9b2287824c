import Foundation
import Testing

@testable import KeHoachLint

/// The readers' limits (README "Giới hạn / Limits"), each at its edge with a small setting.
@Suite struct ReaderLimitTests {
  static func error(_ body: () throws(KeHoachLintError) -> PlanDocument) -> KeHoachLintError? { DocxSafetyTests.error(body) }

  @Test func markdownNestingWithinTheLimitReads() throws {
    let quoted = "# Kế hoạch\n\n" + String(repeating: ">", count: 40) + " trích dẫn\n"
    let document = try MarkdownReader().readWithinLimits(bytes: Array(quoted.utf8), file: "sau.md")
    #expect(document.blocks.map(\.text).contains("trích dẫn"))
  }

  @Test(arguments: [
    String(repeating: ">", count: 200) + " a", String(repeating: "- ", count: 200) + "a",
    String(repeating: "*", count: 300) + "a" + String(repeating: "*", count: 300),
  ])
  func markdownNestingOverTheLimitIsRefusedWithoutRecursion(_ line: String) {
    let bytes = Array("# Kế hoạch\n\n\(line)\n".utf8)
    let error = Self.error { () throws(KeHoachLintError) in try MarkdownReader().readWithinLimits(bytes: bytes, file: "sau.md") }
    #expect(error == .limitExceeded(path: "sau.md", limit: Messages.Input.markdownNesting(100)))
    #expect(MarkdownReader().read(bytes: bytes, file: "sau.md").blocks.isEmpty)
  }

  @Test func markdownParagraphOverTheLimitIsRefused() {
    let limits = MarkdownLimits(maximumParagraphLength: 100)
    let reader = MarkdownReader(limits: limits)
    let fits = "# Kế hoạch\n\n" + String(repeating: "ă", count: 50) + "\n"
    #expect(Self.error { () throws(KeHoachLintError) in try reader.readWithinLimits(bytes: Array(fits.utf8), file: "p.md") } == nil)
    // 51 two-byte letters over three lines: one paragraph of 102 bytes of text.
    let long =
      "# Kế hoạch\n\n" + String(repeating: "ă", count: 17) + "\n" + String(repeating: "ă", count: 17) + "\n"
      + String(repeating: "ă", count: 17) + "\n"
    let error = Self.error { () throws(KeHoachLintError) in try reader.readWithinLimits(bytes: Array(long.utf8), file: "p.md") }
    #expect(error == .limitExceeded(path: "p.md", limit: Messages.Input.paragraphOver(line: 3, 100)))
  }

  @Test func markdownTableCellOverTheLimitIsRefused() {
    let reader = MarkdownReader(limits: MarkdownLimits(maximumParagraphLength: 100))
    let table = "# Kế hoạch\n\n| a | b |\n| --- | --- |\n| ngắn | \(String(repeating: "x", count: 101)) |\n"
    let error = Self.error { () throws(KeHoachLintError) in try reader.readWithinLimits(bytes: Array(table.utf8), file: "b.md") }
    #expect(error?.code == "limit-exceeded")
  }

  @Test func docxParagraphOverTheLimitIsRefusedBeforeBlocksAreBuilt() throws {
    let limits = DocxLimits(maximumParagraphLength: 100)
    let fits = try TestDocx.package(document: TestDocx.document(TestDocx.paragraph(String(repeating: "a", count: 100))))
    #expect(Self.error { () throws(KeHoachLintError) in try DocxReader(limits: limits).read(bytes: fits, file: "d.docx") } == nil)
    let runs = (0..<3).map { _ in String(repeating: "a", count: 40) }
    let long = try TestDocx.package(
      document: TestDocx.document(TestDocx.paragraph("Mở đầu") + "<w:p>\(runs.map(TestDocx.run).joined())</w:p>"))
    let error = Self.error { () throws(KeHoachLintError) in try DocxReader(limits: limits).read(bytes: long, file: "d.docx") }
    #expect(error == .limitExceeded(path: "d.docx", limit: Messages.Input.textOver(Messages.Input.placeParagraph(2), size: 120, 100)))
  }

  @Test func docxTableCellOverTheLimitIsRefused() throws {
    let limits = DocxLimits(maximumParagraphLength: 100)
    let cell =
      "<w:tc>\(TestDocx.paragraph(String(repeating: "a", count: 60)))\(TestDocx.paragraph(String(repeating: "b", count: 60)))</w:tc>"
    let bytes = try TestDocx.package(document: TestDocx.document("<w:tbl><w:tr>\(cell)</w:tr></w:tbl>"))
    let error = Self.error { () throws(KeHoachLintError) in try DocxReader(limits: limits).read(bytes: bytes, file: "t.docx") }
    #expect(error?.code == "limit-exceeded")
    #expect(error.map { String(describing: $0) }?.contains("table 1, row 1, column 1") == true)
  }

  /// libxml2 refuses a text node over 10 MB without `XML_PARSE_HUGE`: a limit, not damage.
  @Test func libxml2CapsAreLimits() {
    let huge = TestDocx.document(TestDocx.paragraph(String(repeating: "a", count: 10_000_001)))
    let error = Self.error { () throws(KeHoachLintError) in try WordXMLReader().read(bytes: Array(huge.utf8), file: "document.xml") }
    #expect(error?.code == "limit-exceeded")
    let deep = TestDocx.document(
      String(repeating: "<w:tbl><w:tr><w:tc>", count: 100) + "<w:p/>" + String(repeating: "</w:tc></w:tr></w:tbl>", count: 100))
    let deepError = Self.error { () throws(KeHoachLintError) in try WordXMLReader().read(bytes: Array(deep.utf8), file: "document.xml") }
    #expect(deepError.map { String(describing: $0) }?.contains("Excessive depth") == true)
    #expect(deepError?.code == "limit-exceeded")
  }

  /// The end record must be in the last 64 KB; ZIPFoundation would search the whole file.
  @Test func zipWithoutAnEndRecordNearItsEndIsCorrupt() throws {
    let valid = try TestDocx.package(document: TestDocx.document(TestDocx.paragraph("Kế hoạch")))
    #expect(Self.error { () throws(KeHoachLintError) in try DocxReader().read(bytes: valid, file: "z.docx") } == nil)
    let trailing = valid + [UInt8](repeating: 0, count: 70_000)
    let error = Self.error { () throws(KeHoachLintError) in try DocxReader().read(bytes: trailing, file: "z.docx") }
    #expect(error == .corruptArchive(path: "z.docx", reason: Messages.Input.noZipEnd))
    #expect(ZipDirectoryEnd(Array(valid.prefix(10))) == nil)
  }

  @Test func zip64EndRecordCountIsTheOneChecked() throws {
    var bytes = try HostileScratch.storedZip(entryCount: 3)
    // Insert a ZIP64 end record and locator before the end record, declaring 2^40 entries.
    let endOffset = bytes.count - 22
    var zip64: [UInt8] = [0x50, 0x4B, 0x06, 0x06] + [UInt8](repeating: 0, count: 52)
    let declared: UInt64 = 1 << 40
    for index in 0..<8 { zip64[32 + index] = UInt8(declared >> (8 * UInt64(index)) & 0xFF) }
    var locator: [UInt8] = [0x50, 0x4B, 0x06, 0x07, 0, 0, 0, 0]
    for index in 0..<8 { locator.append(UInt8(UInt64(endOffset) >> (8 * UInt64(index)) & 0xFF)) }
    locator += [1, 0, 0, 0]
    bytes.insert(contentsOf: zip64 + locator, at: endOffset)
    #expect(ZipDirectoryEnd(bytes)?.entryCount == declared)
    let error = Self.error { () throws(KeHoachLintError) in try DocxReader().read(bytes: bytes, file: "z64.docx") }
    #expect(error?.code == "limit-exceeded")
  }

  @Test func danglingPlanLinkInAFolderIsReportedNotDropped() throws {
    let scratch = try TemporaryFolder("kehoach-lint-hostile")
    defer { scratch.remove() }
    let folder = scratch.path
    try FileManager.default.createSymbolicLink(atPath: folder + "/mat.md", withDestinationPath: "khong-con.md")
    try FileManager.default.createSymbolicLink(atPath: folder + "/anh.png", withDestinationPath: "khong-con.png")
    #expect(InputFiles.expandMarkingWalked([folder]).map(\.path) == [folder + "/mat.md"])
    #expect(throws: KeHoachLintError.fileNotFound(path: folder + "/mat.md")) { try DocumentLoader().load(folder + "/mat.md") }
  }
}
