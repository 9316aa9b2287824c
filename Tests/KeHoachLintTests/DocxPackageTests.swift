import Foundation
import KeHoachLint
import Testing

/// Finding the parts: relationships, renamed and differently cased parts, Flat OPC,
/// `document.xml` on its own, UTF-16 parts.
@Suite("DOCX packages")
struct DocxPackageTests {
  static let body = TestDocx.paragraph("KẾ HOẠCH", properties: "<w:pStyle w:val=\"Heading1\"/>") + TestDocx.paragraph("Nội dung")

  @Test("the main part is found through _rels/.rels even when it is not word/document.xml")
  func renamedMainPart() throws {
    let bytes = try TestDocx.package(
      document: TestDocx.document(Self.body), styles: TestDocx.styles(""), mainPart: "word/document2.xml")
    let document = try TestDocx.read(bytes)
    #expect(TestDocx.texts(document) == ["KẾ HOẠCH", "Nội dung"])
  }

  @Test("part names are compared without case; without _rels/.rels, word/document.xml is used")
  func caseInsensitiveParts() throws {
    let bytes = try TestDocx.zip([
      "[Content_Types].xml": Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8),
      "Word/Document.XML": Data(TestDocx.document(Self.body).utf8),
    ])
    #expect(TestDocx.texts(try TestDocx.read(bytes)) == ["KẾ HOẠCH", "Nội dung"])
  }

  @Test("Strict relationship types and namespaces")
  func strictPackage() throws {
    let strictDocument = TestDocx.document(Self.body).replacingOccurrences(
      of: TestDocx.wordNamespace, with: TestDocx.strictWordNamespace)
    let relationships = """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" \
      Target="/word/main.xml"/></Relationships>
      """
    let bytes = try TestDocx.zip([
      "[Content_Types].xml": Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8),
      "_rels/.rels": Data(relationships.utf8), "word/main.xml": Data(strictDocument.utf8),
    ])
    let document = try TestDocx.read(bytes)
    #expect(TestDocx.texts(document) == ["KẾ HOẠCH", "Nội dung"])
    #expect(document.blocks.first?.kind == .heading(level: 1))
  }

  @Test("a UTF-16 part with a byte-order mark")
  func utf16Part() throws {
    let xml = TestDocx.document(Self.body).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
    var data = Data([0xFF, 0xFE])
    data.append(xml.data(using: .utf16LittleEndian) ?? Data())
    let bytes = try TestDocx.zip([
      "[Content_Types].xml": Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8),
      "word/document.xml": data,
    ])
    #expect(TestDocx.texts(try TestDocx.read(bytes)) == ["KẾ HOẠCH", "Nội dung"])
  }

  @Test("document.xml on its own, through the loader")
  func standaloneDocumentXML() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("document.xml", Array(TestDocx.document(Self.body).utf8))
    let document = try DocumentLoader().load(path)
    #expect(document.format == .wordXML)
    #expect(TestDocx.texts(document) == ["KẾ HOẠCH", "Nội dung"])
  }

  @Test("a Flat OPC Word XML document, styles.xml preferred over stylesWithEffects.xml")
  func flatOPC() throws {
    func part(_ name: String, _ type: String, _ xml: String) -> String {
      let content = xml.replacingOccurrences(of: "<\\?xml[^>]*\\?>", with: "", options: .regularExpression)
      return "<pkg:part pkg:name=\"\(name)\" pkg:contentType=\"\(type)\"><pkg:xmlData>\(content)</pkg:xmlData></pkg:part>"
    }
    let prefix = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    let styles = TestDocx.styles(
      "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"heading 2\"/></w:style>")
    let effects = TestDocx.styles("<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Normal\"/></w:style>")
    let numbering = TestDocx.numbering(
      "<w:abstractNum w:abstractNumId=\"0\">\(DocxNumberingTests.level(0, "upperRoman", "%1."))</w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>")
    let body = TestDocx.paragraph(
      "MỤC TIÊU", properties: "<w:pStyle w:val=\"Muc\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
    let xml = """
      <?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>\
      <pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">\
      \(part("/word/document.xml", "\(prefix).document.main+xml", TestDocx.document(body)))\
      \(part("/word/styles.xml", "\(prefix).styles+xml", styles))\
      \(part("/word/stylesWithEffects.xml", "application/vnd.ms-word.stylesWithEffects+xml", effects))\
      \(part("/word/numbering.xml", "\(prefix).numbering+xml", numbering))\
      <pkg:part pkg:name="/word/media/image1.png" pkg:contentType="image/png"><pkg:binaryData>iVBORw0KGgo=</pkg:binaryData></pkg:part>\
      </pkg:package>
      """
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("ke-hoach.xml", Array(xml.utf8))
    let document = try DocumentLoader().load(path)
    #expect(document.format == .wordXML)
    #expect(document.blocks.first?.displayText == "I. MỤC TIÊU")
    #expect(document.blocks.first?.kind == .heading(level: 2))
  }

  @Test("an XML file that is not Word")
  func otherXML() {
    let error = DocxSafetyTests.error { () throws(KeHoachLintError) in
      try WordXMLReader().read(bytes: Array("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), file: "hinh.xml")
    }
    guard case .notAWordDocument(let path, _) = error else {
      Issue.record("expected notAWordDocument, got \(String(describing: error))")
      return
    }
    #expect(path == "hinh.xml")
  }

  @Test("a drop cap joins the paragraph it starts")
  func dropCap() throws {
    let body =
      "<w:p><w:pPr><w:framePr w:dropCap=\"drop\" w:lines=\"3\"/></w:pPr><w:r><w:t>K</w:t></w:r></w:p>"
      + TestDocx.paragraph("ế hoạch năm 2021")
    let document = try TestDocx.read(body: body)
    #expect(TestDocx.texts(document) == ["Kế hoạch năm 2021"])
  }
}
