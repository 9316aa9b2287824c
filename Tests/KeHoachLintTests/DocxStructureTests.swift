import KeHoachLint
import Testing

/// Headings, bold lines, tables, notes and locations.
@Suite("DOCX structure")
struct DocxStructureTests {
  static let headingStyles = TestDocx.styles(
    """
    <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
    <w:rPr><w:b/></w:rPr></w:style>\
    <w:style w:type="paragraph" w:styleId="u2"><w:name w:val="Đầu đề 2"/></w:style>\
    <w:style w:type="paragraph" w:styleId="TieuDe3"><w:name w:val="Tiêu đề 3"/></w:style>\
    <w:style w:type="paragraph" w:styleId="MucCon"><w:name w:val="Mục con"/><w:basedOn w:val="TieuDe3"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Outline2"><w:name w:val="Dàn ý"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="LOHeading"><w:name w:val="Heading 4"/></w:style>\
    <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
    """)

  static func styled(_ text: String, _ style: String) -> String {
    TestDocx.paragraph(text, properties: "<w:pStyle w:val=\"\(style)\"/>")
  }

  @Test("headings from style names and ids (English, Vietnamese, LibreOffice), basedOn, outlineLvl")
  func headings() throws {
    let body = [
      Self.styled("Một", "Heading1"), Self.styled("Hai", "u2"), Self.styled("Ba", "TieuDe3"), Self.styled("Con", "MucCon"),
      Self.styled("Dàn ý", "Outline2"), Self.styled("Bốn", "LOHeading"),
      TestDocx.paragraph("Đoạn có cấp", properties: "<w:outlineLvl w:val=\"4\"/>"),
      TestDocx.paragraph("Thân văn bản", properties: "<w:pStyle w:val=\"Heading1\"/><w:outlineLvl w:val=\"9\"/>"),
      TestDocx.paragraph("Thường"),
    ].joined()
    let document = try TestDocx.read(try TestDocx.package(document: TestDocx.document(body), styles: Self.headingStyles))
    #expect(
      document.blocks.map(\.kind) == [
        .heading(level: 1), .heading(level: 2), .heading(level: 3), .heading(level: 3), .heading(level: 2),
        .heading(level: 4), .heading(level: 5), .paragraph, .paragraph,
      ])
  }

  @Test("without a styles part, heading style ids still count")
  func headingIDsAlone() throws {
    let document = try TestDocx.read(body: Self.styled("MỤC TIÊU", "Heading2") + Self.styled("x", "Normal"))
    #expect(document.blocks.map(\.kind) == [.heading(level: 2), .paragraph])
  }

  @Test("bold: every visible run bold, directly, by character style or by paragraph style")
  func strong() throws {
    let body = """
      <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">I. CĂN CỨ </w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>\
      <w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>PHÁP LÝ</w:t></w:r></w:p>\
      <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Một phần </w:t></w:r><w:r><w:t>đậm</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Theo kiểu</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Bỏ đậm</w:t></w:r></w:p>
      """
    let document = try TestDocx.read(try TestDocx.package(document: TestDocx.document(body), styles: Self.headingStyles))
    #expect(document.blocks.map(\.isStrong) == [true, false, true, false])
  }

  @Test("gridSpan and vMerge resolve to a regular grid with covered cells")
  func mergedCells() throws {
    func cell(_ text: String, _ properties: String = "") -> String {
      "<w:tc><w:tcPr>\(properties)</w:tcPr>\(TestDocx.paragraph(text))</w:tc>"
    }
    let body = """
      <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
      <w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell("STT", "<w:vMerge w:val=\"restart\"/>"))\
      \(cell("Tên dự án", "<w:vMerge w:val=\"restart\"/>"))\(cell("Kinh phí (triệu đồng)", "<w:gridSpan w:val=\"2\"/>"))</w:tr>\
      <w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell("", "<w:vMerge/>"))\(cell("", "<w:vMerge w:val=\"continue\"/>"))\
      \(cell("Tổng"))\(cell("NSNN"))</w:tr>\
      <w:tr>\(cell("1"))\(cell("Cổng dịch vụ công"))\(cell("4.000"))\(cell("3.500,5"))</w:tr>\
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(cell("Cộng", "<w:gridSpan w:val=\"2\"/>"))\(cell("4.000"))</w:tr>\
      </w:tbl>
      """
    let document = try TestDocx.read(body: body)
    let table = try #require(document.blocks.first?.table)
    #expect(table.columnCount == 4)
    #expect(
      table.rows.map { $0.cells.map(\.text) } == [
        ["STT", "Tên dự án", "Kinh phí (triệu đồng)", ""], ["", "", "Tổng", "NSNN"], ["1", "Cổng dịch vụ công", "4.000", "3.500,5"],
        ["", "Cộng", "", "4.000"],
      ])
    #expect(
      table.rows.map { $0.cells.map(\.isCovered) } == [
        [false, false, false, true], [true, true, false, false], [false, false, false, false], [false, false, true, false],
      ])
    #expect(table.rows.map(\.isHeader) == [true, true, false, false])
    let cell = table.rows[2].cells[3]
    #expect(cell.location.cell == TableCellAddress(table: 1, row: 3, column: 4))
    // Paragraphs are counted through the cells, row by row: this is the 11th.
    #expect(cell.location.paragraph == 11)
  }

  @Test("nested tables, first row as header without tblHeader, caption from the unit line above")
  func nestedAndCaption() throws {
    let inner = "<w:tbl><w:tr><w:tc>\(TestDocx.paragraph("trong"))</w:tc></w:tr></w:tbl>"
    let body =
      TestDocx.paragraph("ĐVT: triệu đồng")
      + "<w:tbl><w:tr><w:tc>\(TestDocx.paragraph("A"))</w:tc></w:tr><w:tr><w:tc>\(TestDocx.paragraph("ngoài"))\(inner)</w:tc></w:tr></w:tbl>"
      + "<w:tbl><w:tr><w:tc>\(TestDocx.paragraph("B"))</w:tc></w:tr></w:tbl>"
    let document = try TestDocx.read(body: body)
    let outer = try #require(document.blocks[1].table)
    #expect(outer.caption == "ĐVT: triệu đồng")
    #expect(outer.number == 1)
    #expect(outer.rows.map(\.isHeader) == [true, false])
    #expect(outer.rows[1].cells[0].text == "ngoài")
    #expect(outer.rows[1].cells[0].nestedTables.first?.rows.first?.cells.first?.text == "trong")
    #expect(outer.rows[1].cells[0].nestedTables.first?.number == 2)
    #expect(document.blocks[2].table?.number == 3)
    #expect(document.blocks[2].table?.caption == nil)
    #expect(document.blocks[2].location.paragraph == 5)
  }

  @Test("footnotes and endnotes are their own blocks, at the paragraph that cites them")
  func notes() throws {
    let body =
      TestDocx.paragraph("Mở đầu")
      + "<w:p><w:r><w:t>Căn cứ Nghị định</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
      + "<w:r><w:t xml:space=\"preserve\"> và Luật</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
    let footnotes = TestDocx.footnotes(
      """
      <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Luật Công nghệ thông tin 2006.</w:t></w:r></w:p></w:footnote>\
      <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Nghị định 30/2020/NĐ-CP.</w:t></w:r></w:p></w:footnote>
      """)
    let document = try TestDocx.read(try TestDocx.package(document: TestDocx.document(body), footnotes: footnotes))
    #expect(TestDocx.texts(document) == ["Mở đầu", "Căn cứ Nghị định và Luật"])
    #expect(document.notes.map(\.text) == ["Nghị định 30/2020/NĐ-CP.", "Luật Công nghệ thông tin 2006."])
    #expect(document.notes.map(\.label) == ["1", "2"])
    #expect(document.notes.map(\.location.paragraph) == [2, 2])
  }

  @Test("every block points at its paragraph; the outline finds sections from labels and headings")
  func locationsAndOutline() throws {
    let body = [
      TestDocx.paragraph("KẾ HOẠCH"), TestDocx.paragraph("Ứng dụng công nghệ thông tin năm 2021"),
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>I. CĂN CỨ LẬP KẾ HOẠCH</w:t></w:r></w:p>", TestDocx.paragraph("Nội dung."),
      Self.styled("II. MỤC TIÊU", "Heading1"),
    ].joined()
    let document = try TestDocx.read(try TestDocx.package(document: TestDocx.document(body), styles: Self.headingStyles))
    #expect(document.format == .docx)
    #expect(document.blocks.map(\.location.paragraph) == [1, 2, 3, 4, 5])
    #expect(document.blocks.allSatisfy { $0.location.line == nil && $0.location.file == "test.docx" })
    let outline = Outline(document: document)
    #expect(outline.roots.map(\.displayTitle) == ["I. CĂN CỨ LẬP KẾ HOẠCH", "II. MỤC TIÊU"])
    #expect(document.header.title?.text == "KẾ HOẠCH Ứng dụng công nghệ thông tin năm 2021")
  }
}
