/// styles.xml and numbering.xml of the Word template: Times New Roman everywhere, body 14 pt,
/// Word's built-in Heading styles (with outline levels, so the Navigation pane and a table of
/// contents see them) bound to one multi-level list that numbers the sections as the
/// guidance does: "Phần I." for parts, "I." for sections, "1." below, "a)" for points.
enum WordTemplateStyles {
  /// The list levels from the top: parts only when the plan has them.
  static func levels(hasParts: Bool) -> [SectionLabel.Style] {
    (hasParts ? [.part] : []) + [.roman, .arabic, .letter]
  }

  /// The paragraph style of a list level: Heading n for sections, "Diem" for lettered points
  /// (running text, not a heading).
  static func styleID(level: Int, levels: [SectionLabel.Style]) -> String {
    levels[min(level, levels.count) - 1] == .letter ? "Diem" : "Heading\(level)"
  }

  static let sectionsNumID = 1
  static let bulletsNumID = 2

  static func styles(levels: [SectionLabel.Style]) -> String {
    let font = WordTemplateFormat.font
    let body = WordTemplateFormat.body
    var xml = WordXML.declaration + "<w:styles \(WordXML.namespaces)>"
    xml += """
      <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="\(font)" w:hAnsi="\(font)" w:cs="\(font)" w:eastAsia="\(font)"/>\
      <w:sz w:val="\(body)"/><w:szCs w:val="\(body)"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
      <w:pPrDefault><w:pPr><w:spacing w:before="60" w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
      <w:pPr><w:ind w:firstLine="\(WordTemplateFormat.firstLineIndent)"/><w:jc w:val="both"/></w:pPr></w:style>\
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>\
      <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
      <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
      <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
      """
    for (index, style) in levels.enumerated() where style != .letter {
      let level = index + 1
      let alignment = style == .part ? #"<w:ind w:firstLine="0"/><w:jc w:val="center"/>"# : ""
      xml += """
        <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        <w:numPr><w:ilvl w:val="\(index)"/><w:numId w:val="\(sectionsNumID)"/></w:numPr>\
        <w:spacing w:before="120" w:after="60"/>\(alignment)<w:outlineLvl w:val="\(index)"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="\(body)"/><w:szCs w:val="\(body)"/></w:rPr></w:style>
        """
    }
    if let point = levels.firstIndex(of: .letter) {
      xml += """
        <w:style w:type="paragraph" w:styleId="Diem"><w:name w:val="Điểm a), b), c)"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:numPr><w:ilvl w:val="\(point)"/><w:numId w:val="\(sectionsNumID)"/></w:numPr></w:pPr></w:style>
        """
    }
    xml += """
      <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>\
      <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="\(bulletsNumID)"/></w:numPr></w:pPr></w:style>\
      <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr>\
      <w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
      </w:tblBorders></w:tblPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>
      """
    return xml + "</w:styles>"
  }

  static func numbering(levels: [SectionLabel.Style]) -> String {
    var xml = WordXML.declaration + "<w:numbering \(WordXML.namespaces)>"
    xml += #"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>"#
    for (index, style) in levels.enumerated() {
      let (format, text): (String, String) =
        switch style {
        case .part: ("upperRoman", "Phần %\(index + 1).")
        case .roman: ("upperRoman", "%\(index + 1).")
        case .letter: ("lowerLetter", "%\(index + 1))")
        default: ("decimal", "%\(index + 1).")
        }
      let indent = style == .part ? 0 : WordTemplateFormat.firstLineIndent
      xml += """
        <w:lvl w:ilvl="\(index)"><w:start w:val="1"/><w:numFmt w:val="\(format)"/>\
        <w:pStyle w:val="\(styleID(level: index + 1, levels: levels))"/><w:suff w:val="space"/><w:lvlText w:val="\(text)"/>\
        <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="\(indent)"/></w:pPr></w:lvl>
        """
    }
    xml += "</w:abstractNum>"
    xml += """
      <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>\
      <w:numFmt w:val="bullet"/><w:pStyle w:val="ListBullet"/><w:suff w:val="space"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>\
      <w:pPr><w:ind w:left="0" w:firstLine="\(WordTemplateFormat.firstLineIndent)"/></w:pPr></w:lvl></w:abstractNum>\
      <w:num w:numId="\(sectionsNumID)"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="\(bulletsNumID)"><w:abstractNumId w:val="1"/></w:num>
      """
    return xml + "</w:numbering>"
  }
}
