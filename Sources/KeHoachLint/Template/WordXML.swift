/// Small builders for WordprocessingML written by hand: escaped text and runs.
enum WordXML {
  static let namespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

  /// Text as XML character data (the reports' escaper: it also drops what XML 1.0 forbids).
  static func escaped(_ text: String) -> String { Markup.escape(text) }

  /// Run formatting given directly (nil leaves the style's).
  struct Run {
    var bold = false
    var italic = false
    var underline = false
    var halfPoints: Int?

    var properties: String {
      var xml = ""
      if bold { xml += "<w:b/><w:bCs/>" }
      if italic { xml += "<w:i/><w:iCs/>" }
      if let halfPoints { xml += #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"# }
      if underline { xml += #"<w:u w:val="single"/>"# }
      return xml.isEmpty ? "" : "<w:rPr>\(xml)</w:rPr>"
    }
  }

  /// Paragraph properties, written in the order the schema requires (Word rejects others).
  struct Paragraph {
    var style: String?
    var keepNext = false
    var spacingBefore: Int?
    var spacingAfter: Int?
    /// Left indent and first-line indent; nil keeps the style's.
    var indent: (left: Int, firstLine: Int)?
    var alignment: String?

    /// Running text outside the body's style: no first-line indent, no spacing.
    static func plain(_ alignment: String? = nil) -> Paragraph {
      Paragraph(spacingBefore: 0, spacingAfter: 0, indent: (0, 0), alignment: alignment)
    }

    var properties: String {
      var xml = ""
      if let style { xml += #"<w:pStyle w:val="\#(style)"/>"# }
      if keepNext { xml += "<w:keepNext/>" }
      if spacingBefore != nil || spacingAfter != nil {
        xml += #"<w:spacing w:before="\#(spacingBefore ?? 0)" w:after="\#(spacingAfter ?? 0)"/>"#
      }
      if let indent { xml += #"<w:ind w:left="\#(indent.left)" w:firstLine="\#(indent.firstLine)"/>"# }
      if let alignment { xml += #"<w:jc w:val="\#(alignment)"/>"# }
      return xml.isEmpty ? "" : "<w:pPr>\(xml)</w:pPr>"
    }
  }

  /// A paragraph of one run.
  static func paragraph(_ text: String, _ format: Paragraph = Paragraph(), run: Run = Run()) -> String {
    guard !text.isEmpty else { return "<w:p>\(format.properties)</w:p>" }
    return #"<w:p>\#(format.properties)<w:r>\#(run.properties)<w:t xml:space="preserve">\#(escaped(text))</w:t></w:r></w:p>"#
  }
}
