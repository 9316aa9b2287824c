import Foundation
import ZIPFoundation

/// The letter a reviewer sends back to the unit (`--format letter:PATH`): "Sở … có ý kiến về
/// dự thảo Kế hoạch … như sau:", the verdict, the findings (errors and warnings) grouped by
/// the section they are in, each with where it is, what to change and the guidance, then the
/// deadline for the unit's level. One letter per plan, as Markdown or as a Word document.
struct FeedbackLetter {
  enum Block: Equatable {
    case title(String)
    case heading(String)
    case paragraph(String)
    case strong(String)
    /// A numbered comment: its text, then smaller lines (where, proposal, guidance).
    case item(String, details: [String])
  }

  let blocks: [Block]

  init(file: FileReport, options: ReportOptions) {
    let t = options.text
    let summary = file.summary
    var blocks: [Block] = [.title(t(Messages.Letter.title(summary?.number)))]
    if let unit = summary?.unit { blocks.append(.paragraph(t(Messages.Letter.addressee(unit)))) }
    blocks.append(
      .paragraph(
        t(
          Messages.Letter.opening(
            reviewer: Messages.Letter.reviewer(summary?.unitLevel), title: summary?.title, number: summary?.number))))
    blocks.append(.strong(t(Messages.Letter.conclusion(Messages.verdictLine(file)))))
    if let error = file.error { blocks.append(.paragraph(t(error.message))) }
    let comments = file.findings.filter { $0.severity >= .warning }
    if comments.isEmpty, file.error == nil { blocks.append(.paragraph(t(Messages.Letter.nothing))) }
    // Sections in document order (the findings are sorted by place), a comment under the
    // part and section it sits in.
    var order: [String] = []
    var groups: [String: [Finding]] = [:]
    for finding in comments {
      let key = finding.headingPath.prefix(2).joined(separator: " › ")
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(finding)
    }
    // Remarks on the plan as a whole (no section) come first.
    order = order.filter(\.isEmpty) + order.filter { !$0.isEmpty }
    var number = 0
    for (index, key) in order.enumerated() {
      blocks.append(.heading("\(index + 1). " + (key.isEmpty ? t(Messages.Letter.general) : key)))
      for finding in groups[key] ?? [] {
        number += 1
        var details: [String] = []
        // Word shows no line or paragraph numbers: there the quote and the heading say where.
        var place: [String] = []
        if finding.location.line != nil { place.append(ReportFormatting.position(finding.location, language: options.language)) }
        if finding.headingPath.count > 2 { place.append(finding.headingPath.dropFirst(2).joined(separator: " › ")) }
        if let quote = finding.quote, !quote.isEmpty { place.append(quote.contains("“") ? quote : "“\(quote)”") }
        if !place.isEmpty { details.append(t(Messages.Letter.place) + ": " + place.joined(separator: " — ")) }
        if let hint = finding.fixHint { details.append(t(Messages.Letter.proposal) + ": " + t(hint)) }
        details.append(t(Messages.Report.guidance) + ": " + finding.source.citation)
        blocks.append(.item(t(finding.message), details: details))
      }
    }
    guard file.error == nil else {
      self.blocks = blocks
      return
    }
    blocks.append(.heading(t(Messages.Letter.deadlineHeading)))
    blocks.append(
      .paragraph(
        t(
          Messages.Letter.deadline(
            unit: summary?.unit, level: summary?.unitLevel, date: summary?.deadline, source: summary?.deadlineSource))))
    self.blocks = blocks
  }

  /// Text as Markdown shows it literally: markup characters escaped, nothing turned to HTML.
  private static func plain(_ text: String) -> String {
    var result = ""
    for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
      if "\\`*_[]<>#|".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// The letter in Markdown.
  var markdown: String {
    var lines: [String] = []
    var number = 0
    for block in blocks {
      switch block {
      case .title(let text): lines += ["# " + Self.plain(text), ""]
      case .heading(let text): lines += ["## " + Self.plain(text), ""]
      case .paragraph(let text): lines += [Self.plain(text), ""]
      case .strong(let text): lines += ["**" + Self.plain(text) + "**", ""]
      case .item(let text, let details):
        number += 1
        lines.append("\(number). " + Self.plain(text))
        lines += details.map { "   - " + Self.plain($0) }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The letter as a minimal WordprocessingML package (content types, relationships, one
  /// document part with built-in heading styles), which Word and LibreOffice open.
  func docx() throws -> Data {
    var body = ""
    var number = 0
    for block in blocks {
      switch block {
      case .title(let text): body += Self.paragraph(text, style: "Title", bold: true, size: 28, centered: true)
      case .heading(let text): body += Self.paragraph(text, style: "Heading2", bold: true, size: 26)
      case .paragraph(let text): body += Self.paragraph(text)
      case .strong(let text): body += Self.paragraph(text, bold: true)
      case .item(let text, let details):
        number += 1
        body += Self.paragraph("\(number). " + text)
        for detail in details { body += Self.paragraph(detail, size: 22, indent: 567) }
      }
    }
    let document = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
      <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>\
      </w:body></w:document>
      """
    let parts: [String: String] = [
      "[Content_Types].xml": """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
      <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
      </Types>
      """,
      "_rels/.rels": """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
      </Relationships>
      """,
      "word/document.xml": document,
      "word/_rels/document.xml.rels": """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
      </Relationships>
      """,
      "word/styles.xml": Self.styles,
    ]
    let archive = try Archive(accessMode: .create)
    // [Content_Types].xml first, as Word writes it.
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
    return archive.data ?? Data()
  }

  /// Normal, Title and Heading 2 (so Word's navigation pane lists the sections), Times New Roman.
  private static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>\
    <w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/></w:style>\
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
    <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr></w:style>\
    </w:styles>
    """

  /// One paragraph in Times New Roman (the administrative font), 13 pt unless `size` (half
  /// points) says otherwise.
  private static func paragraph(
    _ text: String, style: String? = nil, bold: Bool = false, size: Int = 26, centered: Bool = false, indent: Int? = nil
  ) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    properties += "<w:spacing w:after=\"120\"/>"
    if let indent { properties += "<w:ind w:left=\"\(indent)\"/>" }
    properties += centered ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"both\"/>"
    var run = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    if bold { run += "<w:b/>" }
    run += "<w:sz w:val=\"\(size)\"/>"
    let escaped = Markup.escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:rPr>\(run)</w:rPr><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
  }
}

/// Every plan's feedback letter in Markdown, one after another (`--format letter`).
public struct FeedbackLetterReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    report.files.map { FeedbackLetter(file: $0, options: options).markdown }.joined(separator: "\n---\n\n")
  }

  /// One plan's letter as a Word document.
  public static func docx(_ file: FileReport, options: ReportOptions) throws -> Data {
    try FeedbackLetter(file: file, options: options).docx()
  }

  /// One plan's letter in Markdown.
  public static func markdown(_ file: FileReport, options: ReportOptions) -> String {
    FeedbackLetter(file: file, options: options).markdown
  }
}
