import KeHoachLint
import Testing

/// Visible text as Word renders it, from hand-written WordprocessingML.
@Suite("DOCX visible text")
struct DocxTextTests {
  @Test("runs split mid-word are joined, whitespace-only runs are kept")
  func splitRuns() throws {
    let body =
      "<w:p><w:r><w:t>Kế ho</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ạch</w:t></w:r>"
      + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:t>năm 2021</w:t></w:r></w:p>"
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Kế hoạch năm 2021"])
  }

  @Test("tabs, breaks, no-break and soft hyphens, symbols")
  func runCharacters() throws {
    let body = """
      <w:p><w:r><w:t>Số</w:t><w:tab/><w:t>125/KH</w:t><w:noBreakHyphen/><w:t>UBND</w:t><w:br/>\
      <w:t>dòng</w:t><w:cr/><w:t>ti</w:t><w:softHyphen/><w:t>ếp</w:t>\
      <w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Arial" w:char="2192"/></w:r></w:p>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Số\t125/KH-UBND\ndòng\ntiếp•→"])
  }

  @Test("tracked changes: deleted and moved-from text never appears, inserted and moved-to text does")
  func trackedChanges() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Kinh phí </w:t></w:r>\
      <w:del w:id="1" w:author="A"><w:r><w:delText>10 tỷ đồng</w:delText></w:r></w:del>\
      <w:ins w:id="2" w:author="A"><w:r><w:t>12 tỷ đồng</w:t></w:r></w:ins></w:p>\
      <w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>Câu đã chuyển đi.</w:t></w:r></w:moveFrom>\
      <w:r><w:t>Giữ nguyên.</w:t></w:r></w:p>\
      <w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t xml:space="preserve">Câu chuyển đến. </w:t></w:r></w:moveTo></w:p>
      """
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["Kinh phí 12 tỷ đồng", "Giữ nguyên.", "Câu chuyển đến."])
    #expect(!document.blocks.contains { $0.text.contains("10 tỷ") || $0.text.contains("chuyển đi") })
  }

  @Test("a paragraph whose mark is deleted joins the next one")
  func deletedParagraphMark() throws {
    let body = """
      <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Đây là </w:t></w:r></w:p>\
      <w:p><w:r><w:t>một đoạn.</w:t></w:r></w:p>
      """
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["Đây là một đoạn."])
    #expect(document.blocks.first?.location.paragraph == 1)
  }

  @Test("fields show their result, never the instruction; fldSimple shows its content")
  func fields() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d/M/yyyy" </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>15/9/2020</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><w:t xml:space="preserve">, trang </w:t></w:r>\
      <w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>\
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD x</w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ẩn</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><w:instrText> = 1 "có" "không"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
      <w:r><w:t>có</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Ngày 15/9/2020, trang 3", "có"])
  }

  @Test("a table of contents field's entries are not content")
  func tableOfContents() throws {
    let body = """
      <w:p><w:r><w:t>MỤC LỤC</w:t></w:r></w:p>\
      <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>I. CĂN CỨ</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>\
      <w:p><w:r><w:t>II. MỤC TIÊU</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:p>\
      <w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>\
      <w:p><w:r><w:t>I. CĂN CỨ</w:t></w:r></w:p>
      """
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["MỤC LỤC", "I. CĂN CỨ"])
    #expect(document.blocks.last?.location.paragraph == 5)
  }

  @Test("hyperlinks, smart tags, custom XML and content controls are see-through")
  func wrappers() throws {
    let body = """
      <w:sdt><w:sdtPr><w:alias w:val="Tiêu đề"/></w:sdtPr><w:sdtContent>\
      <w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">Nghị định </w:t></w:r></w:hyperlink>\
      <w:smartTag w:uri="x" w:element="y"><w:r><w:t xml:space="preserve">30/2020</w:t></w:r></w:smartTag>\
      <w:customXml w:element="z"><w:r><w:t>/NĐ-CP</w:t></w:r></w:customXml>\
      <w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> về công tác văn thư</w:t></w:r></w:sdtContent></w:sdt></w:p>\
      </w:sdtContent></w:sdt>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Nghị định 30/2020/NĐ-CP về công tác văn thư"])
  }

  @Test("mc:AlternateContent: exactly one branch, the understood Choice or else the Fallback")
  func alternateContent() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Trước </w:t></w:r>\
      <mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>lựa chọn</w:t></w:r></mc:Choice>\
      <mc:Fallback><w:r><w:t>dự phòng</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>\
      <w:p><mc:AlternateContent><mc:Choice Requires="cx"><w:r><w:t>biểu đồ</w:t></w:r></mc:Choice>\
      <mc:Fallback><w:r><w:t>ảnh thay thế</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Trước lựa chọn", "ảnh thay thế"])
  }

  @Test("a text box stored in both drawing branches is read once, after its paragraph")
  func textBox() throws {
    let box = "<w:txbxContent><w:p><w:r><w:t>Nội dung hộp</w:t></w:r></w:p></w:txbxContent>"
    let body = """
      <w:p><w:r><w:t xml:space="preserve">Neo </w:t></w:r><w:r><mc:AlternateContent>\
      <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>\(box)\
      </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><v:shape><v:textbox>\(box)</v:textbox></v:shape></w:pict></mc:Fallback>\
      </mc:AlternateContent></w:r><w:r><w:t>chữ</w:t></w:r></w:p>\
      <w:p><w:r><w:t>Sau</w:t></w:r></w:p>
      """
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["Neo chữ", "Nội dung hộp", "Sau"])
    #expect(document.blocks.map(\.location.paragraph) == [1, 1, 2])
  }

  @Test("comments are not body text")
  func comments() throws {
    let body = """
      <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Văn bản</w:t></w:r><w:commentRangeEnd w:id="0"/>\
      <w:r><w:commentReference w:id="0"/></w:r></w:p>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["Văn bản"])
  }

  @Test("hidden runs are left out, all-caps runs are shown in capitals")
  func hiddenAndCaps() throws {
    let body = """
      <w:p><w:r><w:rPr><w:caps/></w:rPr><w:t xml:space="preserve">mục tiêu </w:t></w:r>\
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>ghi chú ẩn</w:t></w:r><w:r><w:t>chung</w:t></w:r></w:p>
      """
    #expect(TestDocx.texts(try TestDocx.read(body: body)) == ["MỤC TIÊU chung"])
  }

  @Test("whitespace-only paragraphs are skipped but still counted")
  func emptyParagraphs() throws {
    let body = TestDocx.paragraph("Một") + "<w:p/>" + TestDocx.paragraph("  \u{00A0} ") + TestDocx.paragraph("Hai")
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["Một", "Hai"])
    #expect(document.blocks.map(\.location.paragraph) == [1, 4])
  }

  @Test("text is NFC: decomposed Vietnamese is composed")
  func normalisation() throws {
    let decomposed = "Ke\u{0302}\u{0301} hoa\u{0323}ch"
    let document = try TestDocx.read(body: TestDocx.paragraph(decomposed))
    #expect(document.blocks.first?.text.unicodeScalars.count == "Kế hoạch".unicodeScalars.count)
  }

  @Test("Strict OOXML and an arbitrary prefix read the same as transitional w:")
  func strictNamespace() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="\(TestDocx.strictWordNamespace)"><ns0:body>\
      <ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading1"/></ns0:pPr><ns0:r><ns0:t>Phần I</ns0:t></ns0:r></ns0:p>\
      <ns0:p><ns0:r><ns0:t>Nội dung</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>
      """
    let document = try TestDocx.readXML(xml)
    #expect(TestDocx.texts(document) == ["Phần I", "Nội dung"])
    #expect(document.blocks.first?.kind == .heading(level: 1))
  }
}
