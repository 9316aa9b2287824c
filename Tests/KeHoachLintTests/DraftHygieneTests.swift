import Foundation
import Testing

@testable import KeHoachLint

/// Draft hygiene (Word only): what a draft about to be sent still carries from being drafted,
/// each found once at its paragraph; a clean draft and a Markdown plan give nothing; the set is
/// switched off by name.
@Suite struct DraftHygieneTests {
  static let date = "w:id=\"1\" w:author=\"Chuyên viên\" w:date=\"2020-09-01T00:00:00Z\""

  /// Paragraphs 1–7: a title, then one leftover each.
  static let body = [
    TestDocx.paragraph("KẾ HOẠCH ứng dụng công nghệ thông tin năm 2021"),
    "<w:p><w:r><w:t>Nội dung </w:t></w:r><w:ins \(date)><w:r><w:t>mới thêm</w:t></w:r></w:ins></w:p>",
    "<w:p><w:r><w:t>Còn lại </w:t></w:r><w:del \(date)><w:r><w:delText>đã xóa</w:delText></w:r></w:del></w:p>",
    "<w:p><w:r><w:t>Hiện </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>chữ ẩn</w:t></w:r></w:p>",
    "<w:p><w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>cần sửa lại</w:t></w:r></w:p>",
    "<w:p><w:commentRangeStart w:id=\"5\"/><w:r><w:t>Đoạn có góp ý</w:t></w:r><w:commentRangeEnd w:id=\"5\"/>"
      + "<w:r><w:commentReference w:id=\"5\"/></w:r></w:p>",
    TestDocx.paragraph("Đoạn cuối."),
  ].joined()

  static let comments = """
    <?xml version="1.0" encoding="UTF-8"?><w:comments \(TestDocx.namespaces)>\
    <w:comment w:id="5" w:author="Trưởng phòng"><w:p><w:r><w:t>Xem lại số liệu</w:t></w:r></w:p></w:comment></w:comments>
    """

  static let settings = """
    <?xml version="1.0" encoding="UTF-8"?><w:settings \(TestDocx.namespaces)><w:trackRevisions/></w:settings>
    """

  static let relationships = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>\
    <Relationship Id="rs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    </Relationships>
    """

  static let macroContentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>
    """

  static let core = """
    <?xml version="1.0" encoding="UTF-8"?><cp:coreProperties \
    xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Nguyễn Văn A</dc:creator></cp:coreProperties>
    """

  static func leftovers() throws -> PlanDocument {
    let bytes = try TestDocx.package(
      document: TestDocx.document(body),
      extraParts: [
        "word/comments.xml": comments, "word/settings.xml": settings, "word/_rels/document.xml.rels": relationships,
        "[Content_Types].xml": macroContentTypes, "docProps/core.xml": core,
      ])
    return try TestDocx.read(bytes)
  }

  static func findings(_ check: String, in document: PlanDocument) throws -> [Finding] {
    let rule = try RuleExampleTests.makeRule(kind: "draft-hygiene", spec: "check: \(check)\n")
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    return rule.check(context)
  }

  @Test(
    arguments: [
      ("tracked-changes", [2, 3]), ("hidden-text", [4]), ("highlight", [5]), ("comments", [6]), ("track-revisions", [nil]),
      ("macros", [nil]), ("properties", [nil]),
    ] as [(String, [Int?])])
  func eachLeftoverIsFoundOnceAtItsParagraph(_ check: String, _ paragraphs: [Int?]) throws {
    let findings = try Self.findings(check, in: try Self.leftovers())
    #expect(findings.count == paragraphs.count, "\(check): \(findings.map(\.message.vi))")
    for (finding, paragraph) in zip(findings, paragraphs) where paragraph != nil {
      #expect(finding.location.paragraph == paragraph, "\(check): \(finding.message.vi)")
    }
  }

  @Test func theDeletedTextNeverReachesTheRulesAndTheHiddenTextStaysOutOfTheCleanCount() throws {
    let document = try Self.leftovers()
    let text = document.blocks.map(\.text).joined(separator: "\n")
    #expect(text.contains("mới thêm") && !text.contains("đã xóa"))
    #expect(document.draftState.revisionCounts[.insertion] == 1 && document.draftState.revisionCounts[.deletion] == 1)
    #expect(document.draftState.comments.map(\.text) == ["Xem lại số liệu"])
  }

  @Test func aCleanDraftAndAMarkdownPlanGiveNothing() throws {
    let clean = try TestDocx.read(try TestDocx.package(document: TestDocx.document(TestDocx.paragraph("KẾ HOẠCH năm 2021"))))
    let markdown = TestSupport.markdown("# KẾ HOẠCH năm 2021\n\nNội dung.\n")
    for check in ["tracked-changes", "comments", "track-revisions", "hidden-text", "highlight", "macros", "properties"] {
      #expect(try Self.findings(check, in: clean).isEmpty, "\(check)")
      #expect(try Self.findings(check, in: markdown).isEmpty, "\(check)")
    }
  }

  @Test func aSuppressionCommentIsNotALeftover() throws {
    let suppression = Self.comments.replacingOccurrences(of: "Xem lại số liệu", with: "kehoach-lint-disable pl2-numbering – lý do")
    let bytes = try TestDocx.package(
      document: TestDocx.document(Self.body),
      extraParts: ["word/comments.xml": suppression, "word/_rels/document.xml.rels": Self.relationships])
    #expect(try Self.findings("comments", in: try TestDocx.read(bytes)).isEmpty)
  }

  @Test func theSetIsSwitchedOffByName() throws {
    let folder = try TemporaryFolder("kehoach-hygiene")
    defer { folder.remove() }
    let bytes = try TestDocx.package(
      document: TestDocx.document(Self.body),
      extraParts: [
        "word/comments.xml": Self.comments, "word/settings.xml": Self.settings, "word/_rels/document.xml.rels": Self.relationships,
      ])
    let plan = try folder.write("ke-hoach.docx", bytes)
    var request = LintRequest(paths: [plan], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    let on = try LintSession.run(request).files[0].findings.filter { $0.ruleID.contains("hygiene") }
    #expect(
      Set(on.map(\.ruleID)) == [
        "pl2-hygiene-tracked-changes", "pl2-hygiene-comments", "pl2-hygiene-track-revisions", "pl2-hygiene-hidden-text",
        "pl2-hygiene-highlight",
      ])
    try "rules:\n  hygiene: off\n".write(toFile: folder.path + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let off = try LintSession.run(request).files[0].findings.filter { $0.ruleID.contains("hygiene") }
    #expect(off.isEmpty)
  }
}
