import Foundation
import Testing

@testable import KeHoachLint

/// The decree's format (Nghị định 30/2020/NĐ-CP, Phụ lục I), the set `the-thuc`: each check
/// triggers on its slip and is quiet on the decree's form; paper, margins, font and size are
/// read as Word shows them, through the style chain; the set is switched off by name.
@Suite struct DecreeFormatTests {
  /// A4, margins top/bottom 20 mm, left 30 mm, right 20 mm.
  static let a4 = section(width: 11906, height: 16838)
  static let letter = section(width: 12240, height: 15840)

  static func section(width: Int, height: Int, orient: String = "", left: Int = 1701) -> String {
    let orientation = orient.isEmpty ? "" : " w:orient=\"\(orient)\""
    return "<w:sectPr><w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orientation)/>"
      + "<w:pgMar w:top=\"1134\" w:bottom=\"1134\" w:left=\"\(left)\" w:right=\"1134\"/></w:sectPr>"
  }

  /// A paragraph of running text (more than 80 letters).
  static let bodyText =
    "Ủy ban nhân dân huyện ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước năm 2021 với các nội dung sau đây."

  static let header = [
    "ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/KH-UBND",
    "Trà Bồng, ngày 05 tháng 02 năm 2021", "KẾ HOẠCH ứng dụng công nghệ thông tin năm 2021",
  ]

  /// Document defaults in the decree's font and size.
  static let decreeStyles = TestDocx.styles(
    "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
      + "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>")

  /// The header lines (paragraphs 1–6), two paragraphs of body text (7, 8), "Nơi nhận:" (9)
  /// and one recipient (10), then `section`.
  static func plan(
    header: [String] = header, body: [String] = [paragraph(bodyText), paragraph(bodyText)],
    recipients: String = "Nơi nhận:", styles: String? = decreeStyles, section: String = a4, theme: String? = nil
  ) throws -> PlanDocument {
    let paragraphs = header.map { TestDocx.paragraph($0) } + body + [TestDocx.paragraph(recipients), TestDocx.paragraph("- Lưu: VT.")]
    let extra = theme.map { ["word/theme/theme1.xml": $0] } ?? [:]
    let bytes = try TestDocx.package(
      document: TestDocx.document(paragraphs.joined() + section), styles: styles, extraParts: extra)
    return try TestDocx.read(bytes)
  }

  static func paragraph(_ text: String, runProperties: String = "", style: String? = nil) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    let run = runProperties.isEmpty ? "" : "<w:rPr>\(runProperties)</w:rPr>"
    return "<w:p>\(properties)<w:r>\(run)<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  static func findings(_ check: String, in document: PlanDocument) throws -> [Finding] {
    let rule = try RuleExampleTests.makeRule(kind: "decree-format", spec: "check: \(check)\n")
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
    return rule.check(context)
  }

  static let checks = [
    "paper", "margins", "font", "body-size", "national-title", "header-typography", "number", "date-line", "recipients",
  ]

  @Test func aPlanInTheDecreesFormatGivesNothing() throws {
    let document = try Self.plan()
    for check in Self.checks {
      #expect(try Self.findings(check, in: document).isEmpty, "\(check)")
    }
  }

  @Test func aMarkdownPlanIsJudgedOnContentOnly() throws {
    let markdown = TestSupport.markdown("Cộng hòa xã hội chủ nghĩa Việt Nam\n\nSố:5 /KH-UBND\n\nTrà Bồng, ngày 5 tháng 2 năm 2021\n")
    for check in Self.checks {
      #expect(try Self.findings(check, in: markdown).isEmpty, "\(check)")
    }
  }

  // MARK: Paper and margins

  @Test func letterPaperIsReportedWithBothSizes() throws {
    let findings = try Self.findings("paper", in: try Self.plan(section: Self.letter))
    #expect(findings.count == 1)
    #expect(findings.first?.message.vi.contains("Letter (216 × 279 mm), Nghị định quy định A4 (210 × 297 mm)") == true)
    #expect(findings.first?.location.paragraph == 1)
  }

  @Test func noSectionSetupIsWordsDefaultLetterAndMargins() throws {
    let document = try Self.plan(section: "")
    #expect(try Self.findings("paper", in: document).first?.message.vi.contains("không khai báo khổ giấy") == true)
    let margins = try #require(try Self.findings("margins", in: document).first)
    #expect(margins.message.vi.contains("trái 25,4 mm (quy định 30–35 mm)"))
    #expect(margins.message.vi.contains("phải 25,4 mm (quy định 15–20 mm)"))
  }

  @Test func landscapeIsAllowedForAPageOfTablesOnly() throws {
    let landscape = Self.section(width: 16838, height: 11906, orient: "landscape")
    #expect(try Self.findings("paper", in: try Self.plan(section: landscape)).count == 1)
    // A first section of text in portrait, then a landscape section holding a table.
    let table =
      "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(Self.paragraph(Self.bodyText))</w:tc></w:tr>"
      + "<w:tr><w:tc>\(Self.paragraph(Self.bodyText))</w:tc></w:tr></w:tbl>"
    let breakAfterText = "<w:p><w:pPr>\(Self.a4)</w:pPr></w:p>"
    let document = try Self.plan(
      body: [Self.paragraph(Self.bodyText), Self.paragraph(Self.bodyText), breakAfterText, table], section: landscape)
    #expect(document.formatting.sections.count == 2)
    #expect(document.formatting.sections.last?.isMainlyTable == true)
    #expect(try Self.findings("paper", in: document).isEmpty)
    #expect(try Self.findings("margins", in: document).isEmpty)
  }

  @Test func aLeftMarginOfOneInchIsOutsideTheRange() throws {
    let findings = try Self.findings("margins", in: try Self.plan(section: Self.section(width: 11906, height: 16838, left: 1440)))
    #expect(findings.map(\.message.vi) == ["Lề trang của văn bản ngoài khoảng Nghị định quy định: trái 25,4 mm (quy định 30–35 mm)."])
  }

  // MARK: Fonts and sizes through the style chain

  @Test func documentDefaultsAloneDecide() throws {
    let arial = TestDocx.styles(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz w:val=\"24\"/></w:rPr>"
        + "</w:rPrDefault></w:docDefaults>")
    let document = try Self.plan(styles: arial)
    #expect(document.formatting.bodyFonts.first?.value == "Arial")
    #expect(document.formatting.bodySizes.first?.value == 24)
    #expect(try Self.findings("font", in: document).first?.message.vi.contains("“Arial” (100% số chữ)") == true)
    #expect(try Self.findings("body-size", in: document).first?.message.vi.contains("là 12 (100% số chữ)") == true)
  }

  @Test func nothingSaidIsTimesNewRomanTenPoint() throws {
    let document = try Self.plan(styles: nil)
    #expect(document.formatting.bodyFonts.first?.value == "Times New Roman")
    #expect(try Self.findings("font", in: document).isEmpty)
    #expect(try Self.findings("body-size", in: document).first?.message.vi.contains("là 10 ") == true)
  }

  @Test func theBasedOnChainAndACharacterStyleResolveAsInWord() throws {
    // Defaults Arial 10; "Base" sets Times New Roman, "Body" (based on it) sets 14 pt; the
    // character style "Small" sets 12 pt for the runs that use it.
    let styles = TestDocx.styles(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\"/><w:sz w:val=\"20\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Base\"><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Body\"><w:basedOn w:val=\"Base\"/><w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"Small\"><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:style>")
    let styled = try Self.plan(body: [Self.paragraph(Self.bodyText, style: "Body")], styles: styles)
    #expect(styled.formatting.bodyFonts.map(\.value) == ["Times New Roman"])
    #expect(styled.formatting.bodySizes.map(\.value) == [28])
    let small = try Self.plan(
      body: [Self.paragraph(Self.bodyText, runProperties: "<w:rStyle w:val=\"Small\"/>", style: "Body")], styles: styles)
    #expect(small.formatting.bodySizes.map(\.value) == [24])
  }

  @Test func aDirectRunPropertyWinsOverTheStyles() throws {
    let direct = Self.paragraph(Self.bodyText, runProperties: "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\"/><w:sz w:val=\"22\"/>")
    let document = try Self.plan(body: [direct, Self.paragraph(Self.bodyText), Self.paragraph(Self.bodyText)])
    #expect(Set(document.formatting.bodyFonts.map(\.value)) == ["Calibri", "Times New Roman"])
    let font = try #require(try Self.findings("font", in: document).first)
    #expect(font.message.vi.contains("“Calibri”") && font.location.paragraph == 7)
    // A third of the body text at 11 pt, the rest at 14: the main size is in range, the second is reported.
    let size = try #require(try Self.findings("body-size", in: document).first)
    #expect(size.message.vi.contains("hai cỡ chữ"))
  }

  @Test func aThemeFontIsTheThemesTypeface() throws {
    let theme = """
      <?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
      name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont>\
      <a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>
      """
    let styles = TestDocx.styles(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>"
        + "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>")
    let document = try Self.plan(styles: styles, theme: theme)
    #expect(document.formatting.bodyFonts.map(\.value) == ["Calibri"])
    #expect(try Self.findings("font", in: document).count == 1)
  }

  // MARK: Header lines, number, date, recipients

  @Test(
    arguments: [
      (1, "Cộng hòa xã hội chủ nghĩa Việt Nam", "national-title", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      (2, "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "national-title", "Độc lập - Tự do - Hạnh phúc"),
      (2, "Độc lập – Tự do – Hạnh phúc", "header-typography", "Độc lập - Tự do - Hạnh phúc"),
      (1, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "header-typography", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      (3, "Số:151 /KH-UBND", "number", "Số: 151/KH-UBND"),
      (3, "Số: 5/kh-ubnd", "number", "Số: 05/KH-UBND"),
      (4, "Quảng Ngãi, ngày 5 tháng 2 năm 2021", "date-line", "ngày 05 tháng 02 năm 2021"),
      (4, "Quảng Ngãi, ngày 15 tháng 1 năm 2021", "date-line", "ngày 15 tháng 01 năm 2021"),
    ] as [(Int, String, String, String)])
  func aSlipIsFoundAtItsLineWithTheOneRightText(_ line: Int, _ written: String, _ check: String, _ right: String) throws {
    var header = Self.header
    header[line] = written
    let document = try Self.plan(header: header)
    let findings = try Self.findings(check, in: document)
    #expect(findings.count == 1, "\(findings.map(\.message.vi))")
    #expect(findings.first?.location.paragraph == line + 1)
    #expect(findings.first?.fixHint?.vi == "Sửa thành “\(right)”.")
    // Only the check it belongs to reports it.
    for other in Self.checks where other != check {
      #expect(try Self.findings(other, in: document).isEmpty, "\(other)")
    }
  }

  @Test func theDecreesOwnFormsPass() throws {
    var header = Self.header
    header[3] = "Số: 151/KH-UBND"
    header[4] = "Quảng Ngãi, ngày 15 tháng 9 năm 2021"
    let document = try Self.plan(header: header)
    #expect(try Self.findings("number", in: document).isEmpty)
    #expect(try Self.findings("date-line", in: document).isEmpty)
  }

  @Test func missingHeaderLinesAndRecipientsAreReported() throws {
    let document = try Self.plan(header: [Self.header[0], Self.header[3], Self.header[4], Self.header[5]], recipients: "- UBND tỉnh;")
    #expect(try Self.findings("national-title", in: document).count == 2)
    #expect(try Self.findings("recipients", in: document).first?.message.vi.hasPrefix("Không thấy mục “Nơi nhận:”") == true)
    let capitals = try Self.findings("recipients", in: try Self.plan(recipients: "NƠI NHẬN:"))
    #expect(capitals.first?.message.vi == "Mục nơi nhận ghi là “NƠI NHẬN:”; Nghị định ghi “Nơi nhận:”.")
  }

  /// A plan issued with a decision ("Ban hành kèm theo Quyết định số …") has no header and no
  /// recipients of its own: they are the decision's.
  @Test func aPlanIssuedWithADecisionNeedsNoHeaderOfItsOwn() throws {
    let attached = try Self.plan(
      header: [
        "KẾ HOẠCH", "Ứng dụng công nghệ thông tin năm 2021",
        "(Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 28/12/2020 của Ủy ban nhân dân huyện Trà Bồng)",
      ], recipients: "Trên đây là Kế hoạch ứng dụng công nghệ thông tin năm 2021 của huyện.")
    #expect(try Self.findings("national-title", in: attached).isEmpty)
    #expect(try Self.findings("recipients", in: attached).isEmpty)
    // Without that line the same plan lacks its header lines.
    let alone = try Self.plan(header: ["KẾ HOẠCH", "Ứng dụng công nghệ thông tin năm 2021"], recipients: "Trên đây là Kế hoạch.")
    #expect(try Self.findings("national-title", in: alone).count == 2)
    #expect(try Self.findings("recipients", in: alone).count == 1)
  }

  @Test func aQuocHieuBrokenOverTwoLinesOfItsCellIsFound() throws {
    let cell =
      "<w:tc><w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA</w:t><w:br/><w:t>VIỆT NAM</w:t></w:r></w:p>"
      + "<w:p><w:r><w:t>Độc lập - Tự do - Hạnh phúc</w:t></w:r></w:p></w:tc>"
    let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG</w:t></w:r></w:p></w:tc>\(cell)</w:tr></w:tbl>"
    let document = try Self.plan(header: Array(Self.header[3...]), body: [table, Self.paragraph(Self.bodyText)])
    #expect(try Self.findings("national-title", in: document).isEmpty)
  }

  @Test func theHeadersSizesAndStylesAreInfoAgainstTheUsualForm() throws {
    // Quốc hiệu bold 13 pt, Tiêu ngữ bold 14 pt, the date line italic: the usual form.
    let usual = try Self.plan(
      header: [],
      body: [
        Self.paragraph(Self.header[0]), Self.paragraph(Self.header[1], runProperties: "<w:b/><w:sz w:val=\"26\"/>"),
        Self.paragraph(Self.header[2], runProperties: "<w:b/>"), Self.paragraph(Self.header[3]),
        Self.paragraph(Self.header[4], runProperties: "<w:i/>"), Self.paragraph(Self.bodyText),
      ])
    #expect(try Self.findings("header-style", in: usual).isEmpty)
    // Everything at the body's 14 pt, nothing bold or italic.
    let plain = try Self.findings("header-style", in: try Self.plan())
    #expect(
      plain.map(\.message.vi) == [
        "Quốc hiệu trình bày cỡ 14, không đậm; mẫu thường dùng: cỡ 12–13, đậm.",
        "Tiêu ngữ trình bày không đậm; mẫu thường dùng: cỡ 13–14, đậm.",
        "Dòng địa danh, ngày tháng trình bày không nghiêng; mẫu thường dùng: cỡ 13–14, nghiêng.",
      ])
    #expect(plain.map(\.location.paragraph) == [2, 3, 5])
  }

  @Test func aLineInAHeaderCellIsFoundAtItsOwnParagraph() throws {
    // One cell, two paragraphs (3 and 4): the Quốc hiệu bold 13 pt, the Tiêu ngữ in capitals and not bold.
    let cell =
      "<w:tc>\(Self.paragraph(Self.header[1], runProperties: "<w:b/><w:sz w:val=\"26\"/>"))"
      + "\(Self.paragraph("ĐỘC LẬP - TỰ DO - HẠNH PHÚC"))</w:tc>"
    let table =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>\(Self.paragraph(Self.header[0]))"
      + "\(Self.paragraph(Self.header[3]))</w:tc>\(cell)</w:tr></w:tbl>"
    let document = try Self.plan(header: [], body: [table, Self.paragraph(Self.header[4]), Self.paragraph(Self.bodyText)])
    let slip = try #require(try Self.findings("national-title", in: document).first)
    #expect(slip.location.paragraph == 4 && slip.location.cell?.column == 2)
    let style = try Self.findings("header-style", in: document)
    #expect(style.map(\.location.paragraph) == [4, 5], "\(style.map(\.message.vi))")
  }

  // MARK: Real files and the set

  @Test func theLibreOfficeMadePlanHasNoFormatFinding() throws {
    let path = TestSupport.fixturesDirectory + "/docx/template/mau-the-thuc-libreoffice.docx"
    let report = try TestSupport.linter().lint(file: path)
    #expect(report.error == nil)
    #expect(!report.findings.contains { $0.ruleID.contains(DecreeFormatRule.setName) })
    let document = try DocumentLoader().load(path)
    #expect(try Self.findings("header-style", in: document).isEmpty)
    let section = try #require(document.formatting.sections.first)
    #expect(abs((section.width ?? 0) - 11906) <= 2 && abs((section.left ?? 0) - 1701) <= 2)
  }

  @Test func theSetIsSwitchedOffByName() throws {
    let folder = try TemporaryFolder("kehoach-the-thuc")
    defer { folder.remove() }
    var header = Self.header
    header[4] = "Trà Bồng, ngày 5 tháng 2 năm 2021"
    let body = (header.map { TestDocx.paragraph($0) } + [TestDocx.paragraph(Self.bodyText)]).joined()
    let plan = try folder.write("ke-hoach.docx", try TestDocx.package(document: TestDocx.document(body + Self.letter)))
    var request = LintRequest(paths: [plan], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    let on = try LintSession.run(request).files[0].findings.filter { $0.ruleID.contains("the-thuc") }
    #expect(
      Set(on.map(\.ruleID)) == [
        "pl2-the-thuc-kho-giay", "pl2-the-thuc-co-chu", "pl2-the-thuc-ngay-thang", "pl2-the-thuc-noi-nhan",
      ])
    try "rules:\n  the-thuc: off\n".write(toFile: folder.path + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let off = try LintSession.run(request).files[0].findings.filter { $0.ruleID.contains("the-thuc") }
    #expect(off.isEmpty)
  }
}
