import Foundation
import Testing

@testable import KeHoachLint

/// Structure the way offices write it (issue 14, "Structure as it is written"): each test
/// rewrites the clean district five-year fixture in another house style and checks the linter
/// reads it as the same plan.
@Suite struct StructureAsWrittenTests {
  static let basePath = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md"

  static func base() throws -> String { try String(contentsOfFile: basePath, encoding: .utf8) }

  /// `text` with each pair replaced once; fails when a pair is not found.
  static func rewrite(_ text: String, _ pairs: [(String, String)]) throws -> String {
    var result = text
    for (old, new) in pairs {
      let range = try #require(result.range(of: old), "not in the fixture: \(old)")
      result.replaceSubrange(range, with: new)
    }
    return result
  }

  static func findings(_ markdown: String) throws -> [Finding] {
    try TestSupport.linter().lint(document: TestSupport.markdown(markdown)).findings
  }

  static func serious(_ findings: [Finding]) -> [String] {
    findings.filter { $0.severity != .info }.map { "\($0.ruleID): \($0.message.vi)" }
  }

  // MARK: 1. Parts and their titles

  static let partsOnTheirOwnLine: [(String, String)] = [
    ("# Phần I. ĐÁNH GIÁ KẾT QUẢ", "**Phần thứ nhất**\n\n**ĐÁNH GIÁ KẾT QUẢ"),
    ("GIAI ĐOẠN 2016-2020\n\nTrà", "GIAI ĐOẠN 2016-2020**\n\nTrà"),
    ("# Phần II. NỘI DUNG KẾ HOẠCH", "**PHẦN THỨ HAI**\n\n**NỘI DUNG KẾ HOẠCH**"),
  ]

  @Test func ordinalPartsWithTitleOnTheNextParagraphAreOneSection() throws {
    let text = try Self.rewrite(Self.base(), Self.partsOnTheirOwnLine)
    let document = TestSupport.markdown(text)
    let parts = Outline(document: document).roots.filter { $0.label?.style == .part }
    #expect(parts.map { $0.label?.value } == [1, 2])
    #expect(parts.map(\.title) == [parts[0].title, "NỘI DUNG KẾ HOẠCH"])
    #expect(parts[0].title.hasPrefix("ĐÁNH GIÁ KẾT QUẢ"))
    // The title paragraph is the heading's, not the body's.
    #expect(parts.allSatisfy { $0.headingEndIndex == $0.blockIndex + 2 })
    #expect(Self.serious(try Self.findings(text)) == [])
  }

  @Test func partTitleAsHeadingIsNotCopiedInstructions() throws {
    let text = try Self.rewrite(
      Self.base(),
      [("# Phần I. ĐÁNH GIÁ", "# Phần I\n\n# ĐÁNH GIÁ"), ("# Phần II. NỘI DUNG", "# PHẦN II\n\n# NỘI DUNG")])
    #expect(Self.serious(try Self.findings(text)) == [])
  }

  @Test(arguments: [
    ("Phần thứ nhất", 1), ("PHẦN THỨ HAI", 2), ("Phần thứ ba:", 3), ("PHẦN THỨ TƯ", 4), ("Phần thứ năm", 5), ("PHẦN I", 1),
  ])
  func partOrdinals(_ text: String, _ value: Int) throws {
    let label = try #require(SectionLabelParser.parse(text)?.label)
    #expect(label.style == .part && label.value == value)
    #expect(label.sameOrdinal(as: try #require(SectionLabelParser.parse("Phần \(RomanNumeral.numeral(for: value))")?.label)))
  }

  @Test func partTitleParagraphNeverMakesAnEmptySection() throws {
    let document = TestSupport.markdown("**PHẦN THỨ NHẤT**\n\n**ĐÁNH GIÁ**\n\n**PHẦN THỨ HAI**\n\n**NỘI DUNG**\n\nNội dung.\n")
    let roots = Outline(document: document).roots
    #expect(roots.map(\.title) == ["ĐÁNH GIÁ", "NỘI DUNG"])
    #expect(roots[0].body.isEmpty && !roots[1].body.isEmpty)
  }

  @Test func wordPartsWithHeadingStyles() throws {
    let styles = TestDocx.styles(
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    )
    let heading = "<w:pStyle w:val=\"Heading1\"/>"
    let body = [
      TestDocx.paragraph("Phần thứ nhất", properties: heading), TestDocx.paragraph("ĐÁNH GIÁ KẾT QUẢ", properties: heading),
      TestDocx.paragraph("Nội dung đánh giá."), TestDocx.paragraph("PHẦN THỨ HAI", properties: heading),
      TestDocx.paragraph("NỘI DUNG KẾ HOẠCH", properties: heading), TestDocx.paragraph("Nội dung kế hoạch."),
    ].joined()
    let document = try TestDocx.read(TestDocx.package(document: TestDocx.document(body), styles: styles))
    let roots = Outline(document: document).roots
    #expect(roots.map(\.title) == ["ĐÁNH GIÁ KẾT QUẢ", "NỘI DUNG KẾ HOẠCH"])
    #expect(roots.map { $0.label?.value } == [1, 2])
    #expect(roots.allSatisfy { !$0.body.isEmpty })
  }

  // MARK: 2. A plan inside a Quyết định, 4. a "Căn cứ" preamble

  /// The fixture's "I. CĂN CỨ LẬP KẾ HOẠCH" list as "Căn cứ …;" paragraphs, and the plan
  /// without that section (Phần II renumbered from I).
  static func withoutBasesSection() throws -> (plan: String, preamble: String) {
    let base = try Self.base()
    let start = try #require(base.range(of: "## I. CĂN CỨ LẬP KẾ HOẠCH\n\n"))
    let end = try #require(base.range(of: "## II. MỤC TIÊU TỔNG QUÁT"))
    let bases = base[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.hasPrefix("- ") }
    #expect(bases.count > 10)
    let preamble = bases.map { line in
      let basis = line.dropFirst(2).trimmingCharacters(in: CharacterSet(charactersIn: ";."))
      return "Căn cứ " + basis.prefix(1).lowercased() + basis.dropFirst() + ";"
    }.joined(separator: "\n\n")
    let plan = base.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "## I. MỤC TIÊU TỔNG QUÁT")
    // Phần II's sections move up one (Phần I has a "VII. KINH PHÍ" of its own).
    let partTwo = try #require(plan.range(of: "# Phần II."))
    let renumbered = try Self.rewrite(
      String(plan[partTwo.lowerBound...]),
      [
        ("## III. MỤC TIÊU CỤ THỂ", "## II. MỤC TIÊU CỤ THỂ"), ("## IV. NHIỆM VỤ", "## III. NHIỆM VỤ"),
        ("## V. GIẢI PHÁP", "## IV. GIẢI PHÁP"), ("## VI. LỘ TRÌNH", "## V. LỘ TRÌNH"), ("## VII. KINH PHÍ", "## VI. KINH PHÍ"),
        ("## VIII. TỔ CHỨC", "## VII. TỔ CHỨC"), ("## IX. DANH MỤC", "## VIII. DANH MỤC"),
      ])
    return (plan[..<partTwo.lowerBound] + renumbered, preamble)
  }

  @Test func basesInAPreambleCount() throws {
    let (plan, preamble) = try Self.withoutBasesSection()
    let text = try Self.rewrite(plan, [("# Phần I. ĐÁNH GIÁ", preamble + "\n\n# Phần I. ĐÁNH GIÁ")])
    #expect(Self.serious(try Self.findings(text)) == [])
    // Without the preamble the bases are missing: the rule is not simply silent.
    let findings = try Self.findings(plan)
    #expect(findings.contains { $0.ruleID == "pl1-required-sections" && $0.message.vi.contains("Căn cứ") })
  }

  @Test func missingBasisInAPreambleIsReported() throws {
    let (plan, preamble) = try Self.withoutBasesSection()
    let cut = preamble.split(separator: "\n\n").filter { !$0.contains("749/QĐ-TTg") }.joined(separator: "\n\n")
    let text = try Self.rewrite(plan, [("# Phần I. ĐÁNH GIÁ", cut + "\n\n# Phần I. ĐÁNH GIÁ")])
    let findings = try Self.findings(text).filter { $0.kind == "legal-required-bases" }
    #expect(findings.count == 1)
    #expect(findings.first?.message.vi.contains("749") == true)
  }

  static func decision(
    preamble: String,
    issuer: String = "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| HUYỆN TRÀ BỒNG | Độc lập - Tự do - Hạnh phúc |"
  )
    -> String
  {
    """
    \(issuer)
    | Số: 2150/QĐ-UBND | Trà Bồng, ngày 25 tháng 9 năm 2020 |

    # QUYẾT ĐỊNH

    **Ban hành Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn 2021-2025 của huyện Trà Bồng**

    **ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG**

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;

    \(preamble)

    Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.

    **QUYẾT ĐỊNH:**

    **Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn 2021-2025 của huyện Trà Bồng.

    **Điều 2.** Quyết định này có hiệu lực thi hành kể từ ngày ký.

    **Điều 3.** Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin, Thủ trưởng các cơ quan chuyên môn thuộc UBND huyện, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

    **Nơi nhận:** Như Điều 3; Sở Thông tin và Truyền thông; Lưu: VT.

    **TM. ỦY BAN NHÂN DÂN**

    **CHỦ TỊCH**

    Nguyễn Văn An

    # KẾ HOẠCH

    **Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng giai đoạn 2021-2025 của huyện Trà Bồng**

    *(Ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 25/9/2020 của Ủy ban nhân dân huyện Trà Bồng)*


    """
  }

  @Test func planIssuedWithAQuyetDinh() throws {
    let (plan, preamble) = try Self.withoutBasesSection()
    let body = try #require(plan.range(of: "Thực hiện hướng dẫn"))
    let text = Self.decision(preamble: preamble) + plan[body.lowerBound...]
    let document = TestSupport.markdown(text)
    #expect(document.header.number?.text == "2150/QĐ-UBND")
    #expect(document.header.issuingBody?.text == "ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG")
    #expect(document.header.placeAndDate?.date == CivilDate(year: 2020, month: 9, day: 25))
    let linter = try TestSupport.linter()
    #expect(linter.pack(for: document)?.profile.id == "phu-luc-i-2021-2025")
    // The decision's articles are not sections; the plan's parts are.
    let roots = Outline(document: document).roots
    #expect(roots.compactMap { $0.label?.text } == ["Phần I", "Phần II"])
    #expect(Self.serious(linter.lint(document: document).findings) == [])
  }

  // MARK: 3. Two-line issuer

  @Test(arguments: [
    (
      "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| HUYỆN BÌNH SƠN | Độc lập - Tự do - Hạnh phúc |",
      "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", UnitLevel.district
    ),
    (
      "| ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", .province
    ),
    ("| UBND TỈNH QUẢNG NGÃI<br>SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|", "SỞ Y TẾ", .department),
    ("| BỘ THÔNG TIN VÀ<br>TRUYỀN THÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", .ministry),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nỦY BAN NHÂN DÂN\n\nHUYỆN BÌNH SƠN", "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", .district),
  ])
  func twoLineIssuer(_ header: String, _ body: String, _ level: UnitLevel) throws {
    let document = TestSupport.markdown(header + "\n\nSố: 12/KH-UBND\n\n# KẾ HOẠCH\n\n**Ứng dụng CNTT giai đoạn 2021-2025**\n")
    #expect(document.header.issuingBody?.text == body)
    let linter = try TestSupport.linter()
    #expect(linter.unitLevel(of: document) == level)
  }

  @Test func twoLineProvinceIssuerPicksTheProvinceFramework() throws {
    let text = try Self.rewrite(
      String(contentsOfFile: TestSupport.fixturesDirectory + "/markdown/good/tinh-ke-hoach-5-nam-2021-2025.md", encoding: .utf8),
      [
        (
          "| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 185/KH-UBND | Độc lập - Tự do - Hạnh phúc |",
          "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| TỈNH QUẢNG NGÃI | Độc lập - Tự do - Hạnh phúc |\n| Số: 185/KH-UBND | |"
        )
      ])
    let document = TestSupport.markdown(text)
    let linter = try TestSupport.linter()
    #expect(linter.pack(for: document)?.profile.id == "bo-tinh-2021-2025")
    let analysis = try #require(linter.analysis(of: document))
    #expect(analysis.unitLevel == .province)
    #expect(Self.serious(linter.lint(document: document).findings) == [])
  }

  @Test func wordHeaderTableWithOneLinePerRow() throws {
    func cell(_ text: String) -> String { "<w:tc>\(TestDocx.paragraph(text))</w:tc>" }
    let table =
      "<w:tbl><w:tr>\(cell("ỦY BAN NHÂN DÂN"))\(cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))</w:tr>"
      + "<w:tr>\(cell("HUYỆN BÌNH SƠN"))\(cell("Độc lập - Tự do - Hạnh phúc"))</w:tr>"
      + "<w:tr>\(cell("Số: 12/KH-UBND"))\(cell("Bình Sơn, ngày 10 tháng 10 năm 2020"))</w:tr></w:tbl>"
    let body = table + TestDocx.paragraph("KẾ HOẠCH") + TestDocx.paragraph("Ứng dụng CNTT giai đoạn 2021-2025")
    let document = try TestDocx.read(body: body)
    #expect(document.header.issuingBody?.text == "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN")
    #expect(document.header.number?.text == "12/KH-UBND")
    #expect(UnitLevel.infer(from: document) == .district)
  }

  // MARK: 4. Footnotes

  @Test func basesInFootnotesCount() throws {
    let styles = TestDocx.styles("")
    let reference = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
    let body = [
      TestDocx.paragraph("ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN"), TestDocx.paragraph("KẾ HOẠCH"),
      TestDocx.paragraph("Ứng dụng CNTT giai đoạn 2021-2025"),
      "<w:p>\(TestDocx.run("Căn cứ Chương trình Chuyển đổi số quốc gia;"))\(reference)</w:p>",
      TestDocx.paragraph("I. MỤC TIÊU"), TestDocx.paragraph("Nội dung."),
    ].joined()
    let footnotes = TestDocx.footnotes(
      "<w:footnote w:id=\"1\">\(TestDocx.paragraph("Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ."))</w:footnote>")
    let document = try TestDocx.read(TestDocx.package(document: TestDocx.document(body), styles: styles, footnotes: footnotes))
    let rule = try RuleExampleTests.makeRule(
      kind: "legal-required-bases", spec: "bases:\n  - document: 749/QĐ-TTg\n  - document: 2323/QĐ-BTTTT\n")
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory),
      resources: try RuleResources.load(rulesDirectory: TestSupport.rulesDirectory))
    let findings = rule.check(context)
    // 749 is cited in the footnote; 2323 nowhere.
    #expect(findings.map(\.message.vi).count == 1)
    #expect(findings.first?.message.vi.contains("2323") == true)
  }

  // MARK: 5. Near misses

  @Test(arguments: [
    ("## VI - LỘ TRÌNH THỰC HIỆN", "pl1-numbering", "VI -"),
    ("## 6. LỘ TRÌNH THỰC HIỆN", "pl1-numbering", "6."),
    ("## VI. LỘ TRÌNH TRIỂN KHAI", "pl1-required-sections", "LỘ TRÌNH TRIỂN KHAI"),
  ])
  func roadmapNearMissIsOneWarning(_ heading: String, _ rule: String, _ named: String) throws {
    let text = try Self.rewrite(Self.base(), [("## VI. LỘ TRÌNH THỰC HIỆN", heading)])
    let findings = try Self.findings(text).filter { $0.severity != .info }
    #expect(findings.count == 1, "\(Self.serious(findings))")
    #expect(findings.first?.ruleID == rule)
    #expect(findings.first?.severity == .warning)
    #expect(findings.first?.message.vi.contains(named) == true)
    #expect(findings.first?.message.en.contains(named) == true)
  }

  @Test func anArabicItemUnderARomanSectionStaysAnItem() throws {
    let document = TestSupport.markdown(
      "## I. MỤC TIÊU\n\nx\n\n## II. NHIỆM VỤ\n\n### 1. Hạ tầng\n\nx\n\n### 2. Dữ liệu\n\nx\n\n### 3. Ứng dụng\n\nx\n")
    let roots = Outline(document: document).roots
    #expect(roots.count == 2 && roots[1].children.map { $0.label?.style } == [.arabic, .arabic, .arabic])
  }

  @Test func aFarTitleUnderTheLabelIsStillMissing() throws {
    let text = try Self.rewrite(Self.base(), [("## VI. LỘ TRÌNH THỰC HIỆN", "## VI. KẾ HOẠCH KIỂM TRA")])
    let findings = try Self.findings(text).filter { $0.ruleID == "pl1-required-sections" }
    #expect(findings.count == 1 && findings.first?.severity == .error)
  }

  // MARK: 6. Appendices

  static func appendixPlan(keepSection: Bool, heading: String) throws -> String {
    let base = try Self.base()
    let section = try #require(base.range(of: "## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN"))
    let closing = try #require(base.range(of: "Trên đây là Kế hoạch"))
    let table = base[section.upperBound..<closing.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    let reference = keepSection ? "## IX. DANH MỤC NHIỆM VỤ, DỰ ÁN\n\nChi tiết tại Phụ lục kèm theo Kế hoạch này.\n\n" : ""
    return base[..<section.lowerBound] + reference + base[closing.lowerBound...]
      + "\n\(heading)\n\n*(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/9/2020 của UBND huyện Trà Bồng)*\n\n\(table)\n"
  }

  @Test(arguments: [
    (true, "**PHỤ LỤC**\n\n**DANH MỤC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025**"),
    (false, "**PHỤ LỤC**\n\n**DANH MỤC NHIỆM VỤ, DỰ ÁN ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025**"),
    (false, "# PHỤ LỤC I. DANH MỤC NHIỆM VỤ, DỰ ÁN"),
  ])
  func projectListInAnAppendix(_ keepSection: Bool, _ heading: String) throws {
    let text = try Self.appendixPlan(keepSection: keepSection, heading: heading)
    let document = TestSupport.markdown(text)
    let outline = Outline(document: document)
    let appendix = try #require(outline.roots.last)
    #expect(appendix.isAppendix)
    let lists = ProjectList.planned(in: document, outline: outline)
    #expect(lists.count == 1 && appendix.contains(block: lists[0].blockIndices[0]))
    let analysis = try #require(try TestSupport.linter().analysis(of: document))
    #expect(analysis.budget?.total == 15200)
    #expect(Self.serious(try Self.findings(text)) == [])
  }

  @Test func appendixWordBeforeTheSignatureIsNotAnAppendix() throws {
    let document = TestSupport.markdown("## I. MỤC TIÊU\n\nx\n\n**PHỤ LỤC**\n\n**DANH MỤC**\n\ny\n\n## II. NHIỆM VỤ\n\nz\n")
    #expect(Outline(document: document).allNodes.allSatisfy { !$0.isAppendix })
  }
}
