import Foundation
import ZIPFoundation

/// Writes template blocks as a Word document, part by part (no converter at run time): the
/// decree's page format, the header as a borderless two-column table, sections in Heading
/// styles numbered by Word (the number is not typed, as in drafts made from a Word template),
/// the project list as a grid table, page numbers centred at the top from page 2. The same
/// blocks always give the same bytes (fixed ZIP dates, parts in a fixed order).
enum DocxTemplateWriter {
  static func docx(_ blocks: [TemplateBlock]) throws(KeHoachLintError) -> [UInt8] {
    let hasParts = blocks.hasParts
    let levels = WordTemplateStyles.levels(hasParts: hasParts)
    let parts: [(String, String)] = [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
      ("word/document.xml", document(blocks, levels: levels)), ("word/_rels/document.xml.rels", documentRelationships),
      ("word/styles.xml", WordTemplateStyles.styles(levels: levels)),
      ("word/numbering.xml", WordTemplateStyles.numbering(levels: levels)), ("word/settings.xml", settings),
      ("word/header1.xml", pageNumberHeader),
    ]
    return try zip(parts)
  }

  // MARK: The body

  static func document(_ blocks: [TemplateBlock], levels: [SectionLabel.Style]) -> String {
    var body = ""
    for block in blocks { body += xml(block, levels: levels) }
    let format = WordTemplateFormat.self
    body += """
      <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>\
      <w:pgSz w:w="\(format.pageWidth)" w:h="\(format.pageHeight)"/>\
      <w:pgMar w:top="\(format.marginTop)" w:right="\(format.marginRight)" w:bottom="\(format.marginBottom)" \
      w:left="\(format.marginLeft)" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>
      """
    return WordXML.declaration + "<w:document \(WordXML.namespaces)><w:body>\(body)</w:body></w:document>"
  }

  private static func xml(_ block: TemplateBlock, levels: [SectionLabel.Style]) -> String {
    let format = WordTemplateFormat.self
    let plain = WordXML.Paragraph.plain()
    let centered = WordXML.Paragraph.plain("center")
    switch block {
    case .header(let issuer, let number, let placeAndDate):
      let left = [
        WordXML.paragraph(issuer, centered, run: .init(bold: true, halfPoints: format.issuer)),
        WordXML.paragraph(number, centered, run: .init(halfPoints: format.number)),
      ]
      let right = [
        WordXML.paragraph(
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", centered,
          run: .init(bold: true, halfPoints: format.nationalTitle)),
        WordXML.paragraph(
          "Độc lập - Tự do - Hạnh phúc", centered,
          run: .init(bold: true, underline: true, halfPoints: format.motto)),
        WordXML.paragraph(placeAndDate, centered, run: .init(italic: true, halfPoints: format.date)),
      ]
      // Quốc hiệu and Tiêu ngữ stacked in one cell, as Word drafts lay them out, so a long
      // issuer name does not push the Tiêu ngữ down; the number and the date on the row below.
      let widths = [format.issuerColumn, format.textWidth - format.issuerColumn]
      let rows = [[left[0], right[0] + right[1]], [left[1], right[2]]]
      return table(rows: rows, widths: widths, bordered: false)
    case .documentType(let text):
      return WordXML.paragraph(
        text, WordXML.Paragraph(spacingBefore: 360, spacingAfter: 0, indent: (0, 0), alignment: "center"),
        run: .init(bold: true, halfPoints: format.body))
    case .subject(let text):
      return WordXML.paragraph(
        text, WordXML.Paragraph(spacingBefore: 0, spacingAfter: 240, indent: (0, 0), alignment: "center"),
        run: .init(bold: true, halfPoints: format.body))
    case .paragraph(let text):
      return WordXML.paragraph(text)
    case .heading(let heading):
      let level = min(heading.level, levels.count - 1)
      return WordXML.paragraph(heading.title, WordXML.Paragraph(style: WordTemplateStyles.styleID(level: level, levels: levels)))
    case .bullet(let text):
      return WordXML.paragraph(text, WordXML.Paragraph(style: "ListBullet"))
    case .unitLine(let text):
      // Kept with the table it qualifies.
      var format = WordXML.Paragraph.plain("right")
      format.keepNext = true
      return WordXML.paragraph(text, format, run: .init(italic: true))
    case .table(let header, let rows):
      let headerRow = header.map {
        WordXML.paragraph($0, centered, run: .init(bold: true, halfPoints: format.table))
      }
      let cell = WordXML.Paragraph.plain("left")
      let bodyRows = rows.map { row in
        row.enumerated().map { column, text in
          WordXML.paragraph(text, column == 0 ? centered : cell, run: .init(halfPoints: format.table))
        }
      }
      return table(rows: [headerRow] + bodyRows, widths: projectColumnWidths(count: header.count), bordered: true, headerRow: true)
    case .recipients(let lines):
      return WordXML.paragraph(
        "Nơi nhận:", WordXML.Paragraph(spacingBefore: 240, spacingAfter: 0, indent: (0, 0)),
        run: .init(bold: true, italic: true, halfPoints: format.recipientsTitle))
        + lines.map { WordXML.paragraph("- " + $0, plain, run: .init(halfPoints: format.recipients)) }.joined()
    case .signature(let titles, let name):
      // The signature sits in the right half of the page, under the text, on one page.
      var right = WordXML.Paragraph(spacingBefore: 0, spacingAfter: 0, indent: (format.textWidth / 2, 0), alignment: "center")
      right.keepNext = true
      var last = right
      last.keepNext = false
      return titles.map { WordXML.paragraph($0, right, run: .init(bold: true)) }.joined()
        + String(repeating: WordXML.paragraph("", right), count: 3) + WordXML.paragraph(name, last, run: .init(bold: true))
    }
  }

  /// TT narrow, the task's name wide, the other columns sharing the rest.
  private static func projectColumnWidths(count: Int) -> [Int] {
    let total = WordTemplateFormat.textWidth
    guard count > 2 else { return Array(repeating: total / max(count, 1), count: count) }
    let number = 567
    let name = 2268
    let other = (total - number - name) / (count - 2)
    return [number, name] + Array(repeating: other, count: count - 2)
  }

  private static func table(rows: [[String]], widths: [Int], bordered: Bool, headerRow: Bool = false) -> String {
    let borders =
      bordered
      ? #"<w:tblStyle w:val="TableGrid"/>"#
      : #"<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>"#
    var xml = "<w:tbl><w:tblPr>"
    xml += bordered ? borders : ""
    xml += #"<w:tblW w:w="\#(widths.reduce(0, +))" w:type="dxa"/><w:jc w:val="center"/>"#
    xml += bordered ? "" : borders
    xml +=
      #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#
    xml += widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
    for (index, row) in rows.enumerated() {
      // A row never breaks across pages; the list's column titles repeat on each page.
      xml += "<w:tr><w:trPr><w:cantSplit/>" + (headerRow && index == 0 ? "<w:tblHeader/>" : "") + "</w:trPr>"
      for (column, cell) in row.enumerated() {
        let width = column < widths.count ? widths[column] : widths.last ?? 0
        xml += #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/></w:tcPr>\#(cell)</w:tc>"#
      }
      xml += "</w:tr>"
    }
    return xml + "</w:tbl>"
  }

  // MARK: The other parts

  private static let contentTypes = """
    \(WordXML.declaration)<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
    </Types>
    """

  private static let packageRelationships = """
    \(WordXML.declaration)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    </Relationships>
    """

  private static let documentRelationships = """
    \(WordXML.declaration)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
    <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    <Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
    </Relationships>
    """

  private static let settings = """
    \(WordXML.declaration)<w:settings \(WordXML.namespaces)><w:defaultTabStop w:val="720"/>\
    <w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
    <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
    </w:settings>
    """

  /// The page number, centred in the top margin, Arabic, 14 pt; the first page has none (`w:titlePg`).
  private static let pageNumberHeader = """
    \(WordXML.declaration)<w:hdr \(WordXML.namespaces)><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
    <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
    <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
    """

  /// 1980-01-01, the earliest date a ZIP entry can carry: the bytes do not depend on when they were written.
  private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  private static func zip(_ parts: [(String, String)]) throws(KeHoachLintError) -> [UInt8] {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
      return Array(data)
    } catch {
      throw .unreadable(path: "template.docx", reason: Messages.Annotate.cannotWrite("template.docx"))
    }
  }
}
