/// Reads a story (the document body, a footnote, a text box) into `WordItem`s, keeping the
/// text a reader sees in Word's "no markup" view:
///
/// - tracked changes accepted: `w:ins`/`w:moveTo` kept, `w:del`/`w:moveFrom` dropped;
/// - fields show their cached result, never the instruction; TOC results are marked;
/// - hyperlinks, smart tags, custom XML and content controls are see-through;
/// - comments, drawings and page furniture are not text; text boxes become their own items.
final class WordStoryParser {
  private let reader: XMLStreamReader
  private var paragraphCount = 0
  private var tableCount = 0
  /// Inside a text box, paragraphs take the anchor paragraph's number (a reader counts the
  /// body's paragraphs; text boxes float beside them).
  private var anchorParagraph: Int?
  private var fields = FieldStack()
  /// Where each Word comment sits in the body: the paragraphs its range starts and ends in
  /// (a range opened between paragraphs starts at the next one), or that holds its reference.
  private(set) var commentAnchors: [String: CommentAnchor] = [:]
  /// Tracked changes and highlights seen in this story (the text read is not changed by them).
  private(set) var draftState = WordDraftState()
  /// Each section's page setup with the last body paragraph it holds (the body's final
  /// `w:sectPr` ends the last section), in order.
  private(set) var sectionEnds: [(lastParagraph: Int, setup: WordSectionSetup)] = []

  init(reader: XMLStreamReader) {
    self.reader = reader
  }

  /// Reads the `w:document` element the reader is on: the content of its `w:body`.
  func readDocument() throws(KeHoachLintError) -> [WordItem] {
    var items: [WordItem] = []
    try reader.forEachChild { child throws(KeHoachLintError) in
      if child.isWord("body") { items += try readBlocks(child) }
    }
    return items
  }

  /// Reads `w:footnotes` or `w:endnotes`: note id → content, separators left out.
  func readNotes() throws(KeHoachLintError) -> [String: [WordItem]] {
    var notes: [String: [WordItem]] = [:]
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.isWord("footnote") || child.isWord("endnote") else { return }
      let type = child.attribute("type", in: .word) ?? "normal"
      guard type == "normal", let id = child.attribute("id", in: .word) else { return }
      fields = FieldStack()
      notes[id] = try readBlocks(child)
    }
    return notes
  }

  /// Reads `w:comments`: comment id → its text, paragraphs joined by line breaks.
  func readComments() throws(KeHoachLintError) -> [String: String] {
    var comments: [String: String] = [:]
    try reader.forEachChild { child throws(KeHoachLintError) in
      guard child.isWord("comment"), let id = child.attribute("id", in: .word) else { return }
      fields = FieldStack()
      let items = try readBlocks(child)
      comments[id] = items.compactMap { item -> String? in
        guard case .paragraph(let paragraph) = item else { return nil }
        return paragraph.spans.map(\.text).joined()
      }.joined(separator: "\n")
    }
    return comments
  }

  /// A tracked-change element (`w:ins`, `w:del`, `w:moveFrom`, `w:moveTo`); other names are ignored.
  private func noteRevision(_ name: String, paragraph: Int) {
    switch name {
    case "ins": draftState.noteRevision(.insertion, paragraph: paragraph)
    case "del": draftState.noteRevision(.deletion, paragraph: paragraph)
    case "moveFrom", "moveTo": draftState.noteRevision(.move, paragraph: paragraph)
    default: return
    }
  }

  private func noteComment(_ element: XMLStreamReader, paragraph: Int) {
    guard let id = element.attribute("id", in: .word) else { return }
    var anchor = commentAnchors[id] ?? CommentAnchor()
    switch element.localName {
    case "commentRangeStart": anchor.start = anchor.start ?? paragraph
    case "commentRangeEnd": anchor.end = paragraph
    default: anchor.reference = anchor.reference ?? paragraph
    }
    commentAnchors[id] = anchor
  }

  // MARK: Block level

  /// Paragraphs and tables inside a block container (body, note, text box).
  private func readBlocks(_ container: XMLStreamReader) throws(KeHoachLintError) -> [WordItem] {
    var items: [WordItem] = []
    try container.forEachChild { child throws(KeHoachLintError) in try readBlock(child, into: &items) }
    return items
  }

  private func readBlock(_ element: XMLStreamReader, into items: inout [WordItem]) throws(KeHoachLintError) {
    guard element.namespace == .word else { return }
    switch element.localName {
    case "p": items.append(.paragraph(try readParagraph(element)))
    case "tbl": items.append(.table(try readTable(element)))
    case "sectPr":
      guard anchorParagraph == nil, sectionEnds.count < WordFormatting.maximumSections else { return }
      let setup = try WordSectionSetup.read(element)
      if setup.isRevised { draftState.noteRevision(.formatting, paragraph: max(paragraphCount, 1)) }
      sectionEnds.append((paragraphCount, setup))
    case "commentRangeStart": noteComment(element, paragraph: anchorParagraph ?? paragraphCount + 1)
    case "commentRangeEnd": noteComment(element, paragraph: anchorParagraph ?? max(paragraphCount, 1))
    case "del", "moveFrom":
      noteRevision(element.localName, paragraph: anchorParagraph ?? max(paragraphCount, 1))
    case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag":
      if element.localName == "ins" || element.localName == "moveTo" {
        noteRevision(element.localName, paragraph: anchorParagraph ?? paragraphCount + 1)
      }
      try element.forEachChild { child throws(KeHoachLintError) in
        if !child.isWord("sdtPr") { try readBlock(child, into: &items) }
      }
    default: return  // w:del, w:moveFrom, w:sectPr, w:bookmarkStart, w:altChunk…
    }
  }

  private func readParagraph(_ element: XMLStreamReader) throws(KeHoachLintError) -> WordParagraph {
    let number: Int
    if let anchorParagraph {
      number = anchorParagraph
    } else {
      paragraphCount += 1
      number = paragraphCount
    }
    var paragraph = WordParagraph(number: number)
    try element.forEachChild { child throws(KeHoachLintError) in
      if child.isWord("pPr") {
        paragraph.properties = try ParagraphProperties.read(child)
        for revision in paragraph.properties.revisions { draftState.noteRevision(revision, paragraph: number) }
        if let section = paragraph.properties.section, anchorParagraph == nil,
          sectionEnds.count < WordFormatting.maximumSections
        {
          if section.isRevised { draftState.noteRevision(.formatting, paragraph: number) }
          sectionEnds.append((number, section))
        }
      } else {
        try readInline(child, into: &paragraph)
      }
    }
    // A field still reading its instruction at the paragraph's end is malformed; results
    // (a TOC's entries) legitimately run on over many paragraphs.
    fields.dropUnfinishedInstructions()
    return paragraph
  }

  // MARK: Inline level

  private func readInline(_ element: XMLStreamReader, into paragraph: inout WordParagraph) throws(KeHoachLintError) {
    guard element.namespace == .word else { return }
    switch element.localName {
    case "r":
      try readRun(element, into: &paragraph)
    case "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "bdo", "dir":
      noteRevision(element.localName, paragraph: paragraph.number)
      try element.forEachChild { child throws(KeHoachLintError) in try readInline(child, into: &paragraph) }
    case "del", "moveFrom":
      noteRevision(element.localName, paragraph: paragraph.number)
    case "commentRangeStart", "commentRangeEnd":
      noteComment(element, paragraph: paragraph.number)
    case "sdt":
      try element.forEachChild { child throws(KeHoachLintError) in
        guard child.isWord("sdtContent") else { return }
        try child.forEachChild { content throws(KeHoachLintError) in try readInline(content, into: &paragraph) }
      }
    default:
      return  // w:del, w:moveFrom, comment ranges, bookmarks, proofing marks, math
    }
  }

  private func readRun(_ run: XMLStreamReader, into paragraph: inout WordParagraph) throws(KeHoachLintError) {
    var formatting = RunFormatting()
    var marks = RunMarks()
    try run.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else {
        // Drawings outside the w: namespace never hold text directly, only text boxes.
        paragraph.textBoxes += try readTextBoxes(child)
        return
      }
      switch child.localName {
      case "rPr":
        formatting = try RunFormatting.read(child, marks: &marks)
        if marks.formattingChanged { draftState.noteRevision(.formatting, paragraph: paragraph.number) }
      case "t":
        let text = try child.textContent()
        if marks.highlighted, text.unicodeScalars.contains(where: { !TextScalars.isWhitespace($0) }) {
          WordDraftState.add(paragraph.number, to: &draftState.highlightParagraphs)
        }
        emit(text, formatting, into: &paragraph)
      case "tab", "ptab": emit("\t", formatting, into: &paragraph)
      case "br": emit(Self.breakText(child.attribute("type", in: .word)), formatting, into: &paragraph)
      case "cr": emit("\n", formatting, into: &paragraph)
      case "noBreakHyphen": emit("-", formatting, into: &paragraph)
      case "sym":
        let text = Self.symbolText(child.attribute("char", in: .word), font: child.attribute("font", in: .word))
        emit(text, formatting, into: &paragraph)
      case "fldChar": fields.apply(child.attribute("fldCharType", in: .word))
      case "instrText": fields.addInstruction(try child.textContent())
      case "footnoteReference", "endnoteReference":
        if let id = child.attribute("id", in: .word) {
          let kind: NoteReference.Kind = child.localName == "footnoteReference" ? .footnote : .endnote
          paragraph.noteReferences.append(NoteReference(kind: kind, id: id))
        }
      case "commentReference": noteComment(child, paragraph: paragraph.number)
      case "drawing", "pict", "object": paragraph.textBoxes += try readTextBoxes(child)
      default: return  // softHyphen (invisible), delText, lastRenderedPageBreak, annotation refs
      }
    }
  }

  private func emit(_ text: String, _ formatting: RunFormatting, into paragraph: inout WordParagraph) {
    guard fields.showsText else { return }
    if fields.inTableOfContents { paragraph.isTableOfContents = true }
    paragraph.append(text, formatting: formatting)
  }

  /// A line break is a new line; page and column breaks only move the text on screen.
  private static func breakText(_ type: String?) -> String {
    switch type {
    case "page", "column": return " "
    default: return "\n"
    }
  }

  /// `w:sym`: the character when it is an ordinary code point in an ordinary font. Symbol
  /// fonts draw their own glyphs at those code points (and at private-use F0xx): only the
  /// few that stand for text (bullets, ticks, arrows) are kept, as their Unicode equivalent.
  private static func symbolText(_ code: String?, font: String?) -> String {
    guard let code, var value = UInt32(code, radix: 16) else { return "" }
    let symbolFonts = ["symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett", "mt extra"]
    if let font, symbolFonts.contains(font.lowercased()) {
      if (0xF000...0xF0FF).contains(value) { value -= 0xF000 }
      return symbolFontGlyphs[font.lowercased().hasPrefix("wingdings") ? "wingdings" : font.lowercased()]?[value] ?? ""
    }
    guard let scalar = Unicode.Scalar(value), !(0xE000...0xF8FF).contains(value),
      scalar.properties.generalCategory != .control
    else { return "" }
    return String(scalar)
  }

  private static let symbolFontGlyphs: [String: [UInt32: String]] = [
    "symbol": [0xB7: "•", 0xAE: "→", 0xAC: "←", 0xB3: "≥", 0xA3: "≤", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0x2D: "−"],
    "wingdings": [0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xFC: "✓", 0xFB: "✗", 0xD8: "➢", 0xE0: "→", 0x6F: "☐", 0x78: "☒", 0xFE: "☑"],
  ]

  /// Finds `w:txbxContent` anywhere inside a drawing or VML shape.
  private func readTextBoxes(_ element: XMLStreamReader) throws(KeHoachLintError) -> [[WordItem]] {
    var boxes: [[WordItem]] = []
    try element.forEachChild { child throws(KeHoachLintError) in
      if child.isWord("txbxContent") {
        boxes.append(try readTextBoxContent(child))
      } else {
        boxes += try readTextBoxes(child)
      }
    }
    return boxes
  }

  private func readTextBoxContent(_ element: XMLStreamReader) throws(KeHoachLintError) -> [WordItem] {
    let savedAnchor = anchorParagraph
    let savedFields = fields
    anchorParagraph = anchorParagraph ?? paragraphCount
    fields = FieldStack()
    defer {
      anchorParagraph = savedAnchor
      fields = savedFields
    }
    return try readBlocks(element)
  }

  // MARK: Tables

  private func readTable(_ element: XMLStreamReader) throws(KeHoachLintError) -> WordTable {
    tableCount += 1
    var table = WordTable(number: tableCount)
    try element.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "tblGrid":
        try child.forEachChild { column throws(KeHoachLintError) in if column.isWord("gridCol") { table.gridColumnCount += 1 } }
      case "tr", "sdt", "sdtContent", "customXml", "ins", "moveTo":
        table.rows += try readRows(child)
      default: return
      }
    }
    return table
  }

  /// A `w:tr`, or a content control / custom XML wrapping rows.
  private func readRows(_ element: XMLStreamReader) throws(KeHoachLintError) -> [WordRow] {
    guard element.isWord("tr") else {
      var rows: [WordRow] = []
      try element.forEachChild { child throws(KeHoachLintError) in
        if child.namespace == .word, ["tr", "sdt", "sdtContent", "customXml", "ins", "moveTo"].contains(child.localName) {
          rows += try readRows(child)
        }
      }
      return rows
    }
    var row = WordRow()
    var deleted = false
    try element.forEachChild { child throws(KeHoachLintError) in
      guard child.namespace == .word else { return }
      switch child.localName {
      case "trPr": try readRowProperties(child, into: &row, deleted: &deleted)
      case "tc", "sdt", "sdtContent", "customXml": row.cells += try readCells(child)
      default: return
      }
    }
    return deleted ? [] : [row]
  }

  private func readRowProperties(_ element: XMLStreamReader, into row: inout WordRow, deleted: inout Bool) throws(KeHoachLintError) {
    try element.forEachChild { property throws(KeHoachLintError) in
      guard property.namespace == .word else { return }
      switch property.localName {
      case "tblHeader": row.isHeader = WordBoolean.value(property.wordValue)
      case "gridBefore": row.gridBefore = property.wordValue.flatMap { Int($0) } ?? 0
      case "gridAfter": row.gridAfter = property.wordValue.flatMap { Int($0) } ?? 0
      case "del":
        deleted = true
        draftState.noteRevision(.deletion, paragraph: anchorParagraph ?? paragraphCount + 1)
      case "ins": draftState.noteRevision(.insertion, paragraph: anchorParagraph ?? paragraphCount + 1)
      default: return
      }
    }
  }

  private func readCells(_ element: XMLStreamReader) throws(KeHoachLintError) -> [WordCell] {
    guard element.isWord("tc") else {
      var cells: [WordCell] = []
      try element.forEachChild { child throws(KeHoachLintError) in
        if child.namespace == .word, ["tc", "sdt", "sdtContent", "customXml"].contains(child.localName) {
          cells += try readCells(child)
        }
      }
      return cells
    }
    var cell = WordCell(firstParagraph: anchorParagraph ?? paragraphCount + 1)
    try element.forEachChild { child throws(KeHoachLintError) in
      if child.isWord("tcPr") {
        try readCellProperties(child, into: &cell)
      } else {
        try readBlock(child, into: &cell.items)
      }
    }
    return [cell]
  }

  private func readCellProperties(_ element: XMLStreamReader, into cell: inout WordCell) throws(KeHoachLintError) {
    try element.forEachChild { property throws(KeHoachLintError) in
      guard property.namespace == .word else { return }
      switch property.localName {
      case "gridSpan": cell.gridSpan = max(1, property.wordValue.flatMap { Int($0) } ?? 1)
      case "vMerge": cell.verticalMerge = property.wordValue == "restart" ? .start : .continuation
      case "hMerge": cell.horizontalMerge = property.wordValue == "restart" ? .start : .continuation
      default: return
      }
    }
  }
}
