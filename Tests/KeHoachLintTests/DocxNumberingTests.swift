import KeHoachLint
import Testing

/// Automatic numbering: labels that come from numbering.xml, not from the text.
@Suite("DOCX automatic numbering")
struct DocxNumberingTests {
  /// A level: `<w:lvl>` with start, format and text.
  static func level(
    _ index: Int, _ format: String, _ text: String, start: Int = 1, style: String? = nil, extra: String = ""
  ) -> String {
    let styleElement = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    return """
      <w:lvl w:ilvl="\(index)"><w:start w:val="\(start)"/><w:numFmt w:val="\(format)"/>\(styleElement)\
      <w:lvlText w:val="\(text)"/>\(extra)</w:lvl>
      """
  }

  /// The plan outline most drafts use: Phần I / I. / 1. / a).
  static let planLevels =
    level(0, "upperRoman", "Phần %1") + level(1, "upperRoman", "%2.") + level(2, "decimal", "%3.")
    + level(3, "lowerLetter", "%4)")

  static func numbered(_ text: String, numID: Int = 1, level: Int) -> String {
    TestDocx.paragraph(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
  }

  static func read(body: String, numbering: String, styles: String? = nil) throws -> PlanDocument {
    try TestDocx.read(
      try TestDocx.package(document: TestDocx.document(body), styles: styles, numbering: TestDocx.numbering(numbering)))
  }

  @Test("labels from levels: Phần I, I., 1., a); deeper levels restart when a higher one advances")
  func planOutline() throws {
    let numbering =
      "<w:abstractNum w:abstractNumId=\"0\">\(Self.planLevels)</w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    let body = [
      Self.numbered("QUAN ĐIỂM", level: 0), Self.numbered("CĂN CỨ", level: 1), Self.numbered("Mục tiêu chung", level: 2),
      Self.numbered("điểm một", level: 3), Self.numbered("điểm hai", level: 3), Self.numbered("Mục tiêu cụ thể", level: 2),
      Self.numbered("điểm mới", level: 3), Self.numbered("MỤC TIÊU", level: 1), Self.numbered("Nội dung", level: 2),
      Self.numbered("NHIỆM VỤ", level: 0), Self.numbered("GIẢI PHÁP", level: 1),
    ].joined()
    let document = try Self.read(body: body, numbering: numbering)
    #expect(
      document.blocks.map(\.label) == ["Phần I", "I.", "1.", "a)", "b)", "2.", "a)", "II.", "1.", "Phần II", "I."])
    #expect(document.blocks.first?.text == "QUAN ĐIỂM")
    #expect(document.blocks[1].displayText == "I. CĂN CỨ")
    #expect(document.blocks[2].kind == .listItem(depth: 3))
  }

  @Test("multi-level text, start values, levels never used show their start")
  func multiLevel() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0">\(Self.level(0, "decimal", "%1.", start: 2))\(Self.level(1, "decimal", "%1.%2."))\
      \(Self.level(2, "decimal", "%1.%2.%3."))</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      """
    let body =
      Self.numbered("a", level: 0) + Self.numbered("b", level: 2) + Self.numbered("c", level: 1)
      + Self.numbered("d", level: 2)
    let document = try Self.read(body: body, numbering: numbering)
    #expect(document.blocks.map(\.label) == ["2.", "2.1.1.", "2.1.", "2.1.1."])
  }

  @Test("w:lvlRestart 0 keeps a deeper level counting across higher items; isLgl shows decimals")
  func restartAndLegal() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0">\(Self.level(0, "upperRoman", "%1."))\
      \(Self.level(1, "lowerLetter", "%2)", extra: "<w:lvlRestart w:val=\"0\"/>"))\
      \(Self.level(2, "decimal", "%1.%3", extra: "<w:isLgl/>"))</w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      """
    let body =
      Self.numbered("A", level: 0) + Self.numbered("x", level: 1) + Self.numbered("B", level: 0)
      + Self.numbered("y", level: 1) + Self.numbered("z", level: 2)
    let document = try Self.read(body: body, numbering: numbering)
    #expect(document.blocks.map(\.label) == ["I.", "a)", "II.", "b)", "2.1"])
  }

  @Test("a new numId with startOverride restarts the list; sharing the abstract otherwise continues it")
  func overrides() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0">\(Self.level(0, "decimal", "%1."))</w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>\
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
      <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="5"/>\
      <w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%1)"/></w:lvl></w:lvlOverride></w:num>
      """
    let body =
      Self.numbered("a", numID: 1, level: 0) + Self.numbered("b", numID: 1, level: 0)
      + Self.numbered("c", numID: 2, level: 0) + Self.numbered("d", numID: 3, level: 0)
      + Self.numbered("e", numID: 3, level: 0) + Self.numbered("f", numID: 4, level: 0)
    let document = try Self.read(body: body, numbering: numbering)
    #expect(document.blocks.map(\.label) == ["1.", "2.", "3.", "1.", "2.", "(iii)"])
  }

  @Test("numbering through the paragraph style and its basedOn chain; numId 0 cancels it; bullets have no label")
  func styleNumbering() throws {
    let styles = """
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="MucLon"><w:name w:val="Mục lớn"/><w:basedOn w:val="Heading1"/></w:style>\
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>\
      <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
      """
    let numbering = """
      <w:abstractNum w:abstractNumId="0">\(Self.level(0, "upperRoman", "%1.", style: "Heading1"))\
      \(Self.level(1, "decimal", "%2.", style: "Heading2"))</w:abstractNum>\
      <w:abstractNum w:abstractNumId="1">\(Self.level(0, "bullet", "•"))</w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      """
    let body =
      TestDocx.paragraph("CĂN CỨ", properties: "<w:pStyle w:val=\"Heading1\"/>")
      + TestDocx.paragraph("Căn cứ pháp lý", properties: "<w:pStyle w:val=\"Heading2\"/>")
      + TestDocx.paragraph("MỤC TIÊU", properties: "<w:pStyle w:val=\"MucLon\"/>")
      + TestDocx.paragraph("Không đánh số", properties: "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>")
      + TestDocx.paragraph("gạch đầu dòng", properties: "<w:pStyle w:val=\"ListBullet\"/>")
    let document = try Self.read(body: body, numbering: numbering, styles: TestDocx.styles(styles))
    #expect(document.blocks.map(\.label) == ["I.", "1.", "II.", nil, nil])
    #expect(
      document.blocks.map(\.kind) == [.heading(level: 1), .heading(level: 2), .heading(level: 1), .heading(level: 1), .listItem(depth: 1)])
  }

  @Test("numStyleLink follows a numbering style to its list")
  func numberingStyleLink() throws {
    let styles = """
      <w:style w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan List"/>\
      <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      """
    let numbering = """
      <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="PlanList"/>\(Self.level(0, "upperLetter", "%1."))</w:abstractNum>\
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="PlanList"/></w:abstractNum>\
      <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
      """
    let body = Self.numbered("một", numID: 6, level: 0) + Self.numbered("hai", numID: 5, level: 0)
    let document = try Self.read(body: body, numbering: numbering, styles: TestDocx.styles(styles))
    #expect(document.blocks.map(\.label) == ["A.", "B."])
  }

  @Test("a custom number format inside mc:AlternateContent (Word's w14 form)")
  func customFormat() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
      <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>\
      <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      """
    let document = try Self.read(body: Self.numbered("x", level: 0) + Self.numbered("y", level: 0), numbering: numbering)
    #expect(document.blocks.map(\.label) == ["001.", "002."])
  }

  @Test("Word's letters repeat after z; Roman numerals; decimalZero")
  func formats() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0">\(Self.level(0, "lowerLetter", "%1)", start: 26))</w:abstractNum>\
      <w:abstractNum w:abstractNumId="1">\(Self.level(0, "upperRoman", "%1.", start: 49))</w:abstractNum>\
      <w:abstractNum w:abstractNumId="2">\(Self.level(0, "decimalZero", "%1.", start: 9))</w:abstractNum>\
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
      <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
      """
    let body =
      Self.numbered("a", numID: 1, level: 0) + Self.numbered("b", numID: 1, level: 0)
      + Self.numbered("c", numID: 2, level: 0) + Self.numbered("d", numID: 3, level: 0) + Self.numbered("e", numID: 3, level: 0)
    let document = try Self.read(body: body, numbering: numbering)
    #expect(document.blocks.map(\.label) == ["z)", "aa)", "XLIX.", "09.", "10."])
  }

  @Test("numbered paragraphs in table cells count, and their labels show in the cell text")
  func numberingInCells() throws {
    let numbering =
      "<w:abstractNum w:abstractNumId=\"0\">\(Self.level(0, "decimal", "%1."))</w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    let body =
      Self.numbered("trước bảng", level: 0)
      + "<w:tbl><w:tr><w:tc>\(Self.numbered("trong ô", level: 0))</w:tc></w:tr></w:tbl>" + Self.numbered("sau bảng", level: 0)
    let document = try Self.read(body: body, numbering: numbering)
    #expect(document.blocks[1].table?.rows.first?.cells.first?.text == "2. trong ô")
    #expect(document.blocks[2].label == "3.")
  }
}
