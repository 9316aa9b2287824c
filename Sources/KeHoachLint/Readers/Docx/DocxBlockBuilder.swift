import Foundation

/// Turns parsed Word stories into the model's blocks: styles resolved (hidden text, caps,
/// bold), automatic numbers computed, headings recognised, tables laid out on their grid,
/// notes placed at the paragraph that cites them.
struct DocxBlockBuilder {
  let file: String
  private let styles: WordStyles
  private let headings: HeadingStyles
  private var labeler: ListLabeler
  /// Note references in reading order, with the paragraph that holds each.
  private var noteReferences: [(reference: NoteReference, paragraph: Int)] = []
  /// Paragraphs holding hidden text that is not white space (after styles), for draft hygiene.
  private(set) var hiddenTextParagraphs: [Int] = []

  init(file: String, styles: WordStyles, numbering: WordNumbering) {
    self.file = file
    self.styles = styles
    self.headings = HeadingStyles(styles: styles)
    self.labeler = ListLabeler(styles: styles, numbering: numbering)
  }

  /// The blocks of a sequence of items, in reading order.
  mutating func blocks(_ items: [WordItem]) -> [Block] {
    var result: [Block] = []
    // A paragraph whose mark is a tracked deletion joins the next one (accepted view), and so
    // does a drop cap.
    var carried: WordParagraph?
    for (index, item) in items.enumerated() {
      switch item {
      case .paragraph(var paragraph):
        if let previous = carried {
          paragraph = Self.join(previous, paragraph)
          carried = nil
        }
        if paragraph.properties.joinsNext, index + 1 < items.count, case .paragraph = items[index + 1] {
          carried = paragraph
          continue
        }
        result += blocks(paragraph)
      case .table(let table):
        if let previous = carried {
          result += blocks(previous)
          carried = nil
        }
        result.append(block(table, after: result.last))
      }
    }
    if let carried { result += blocks(carried) }
    return result
  }

  /// Footnotes and endnotes in the order they are cited, each at its citing paragraph,
  /// labelled with the mark Word shows (1, 2, … for footnotes; i, ii, … for endnotes).
  mutating func noteBlocks(footnotes: [String: [WordItem]], endnotes: [String: [WordItem]]) -> [Block] {
    var result: [Block] = []
    var seen: Set<NoteReference> = []
    var counts = (footnotes: 0, endnotes: 0)
    var position = 0
    while position < noteReferences.count {
      let (reference, paragraph) = noteReferences[position]
      position += 1
      guard seen.insert(reference).inserted else { continue }
      let mark: String
      let items: [WordItem]?
      switch reference.kind {
      case .footnote:
        items = footnotes[reference.id]
        counts.footnotes += 1
        mark = String(counts.footnotes)
      case .endnote:
        items = endnotes[reference.id]
        counts.endnotes += 1
        mark = ListNumberFormat.roman(counts.endnotes)
      }
      guard let items else { continue }
      for (index, block) in blocks(items).enumerated() {
        result.append(
          Block(
            kind: block.kind, text: block.text, label: index == 0 ? (block.label.map { "\(mark) \($0)" } ?? mark) : block.label,
            location: SourceLocation(file: file, paragraph: paragraph), isStrong: block.isStrong, table: block.table))
      }
    }
    return result
  }

  // MARK: Paragraphs

  private static func join(_ first: WordParagraph, _ second: WordParagraph) -> WordParagraph {
    var joined = second
    joined.number = first.number
    joined.spans = first.spans + second.spans
    joined.textBoxes = first.textBoxes + second.textBoxes
    joined.noteReferences = first.noteReferences + second.noteReferences
    joined.isTableOfContents = first.isTableOfContents || second.isTableOfContents
    return joined
  }

  /// The paragraph's block (none when it shows no text or is a TOC entry), then its text boxes.
  private mutating func blocks(_ paragraph: WordParagraph) -> [Block] {
    // Counters advance on every numbered paragraph, shown or not, as in Word.
    let label = labeler.label(for: paragraph.properties)
    for reference in paragraph.noteReferences { noteReferences.append((reference, paragraph.number)) }
    let shown = visibleText(of: paragraph)
    if shown.hasHiddenText { WordDraftState.add(paragraph.number, to: &hiddenTextParagraphs) }
    var result: [Block] = []
    if !paragraph.isTableOfContents, let visible = shown.visible {
      let kind: Block.Kind
      if let level = headings.level(of: paragraph.properties) {
        kind = .heading(level: level)
      } else if let position = labeler.position(of: paragraph.properties) {
        kind = .listItem(depth: position.level + 1)
      } else {
        kind = .paragraph
      }
      result.append(
        Block(
          kind: kind, text: visible.text, label: label, location: SourceLocation(file: file, paragraph: paragraph.number),
          isStrong: visible.isStrong))
    }
    for box in paragraph.textBoxes { result += blocks(box) }
    return result
  }

  /// The text Word shows (hidden runs left out, all-caps runs in capitals), trimmed and in
  /// NFC, nil when nothing but white space is left; and whether a hidden run (`w:vanish`,
  /// directly or by style) holds more than white space. One style resolution per run.
  private func visibleText(of paragraph: WordParagraph) -> (visible: (text: String, isStrong: Bool)?, hasHiddenText: Bool) {
    var text = ""
    var boldCharacters = 0
    var plainCharacters = 0
    var mayNeedComposition = false
    var hasHiddenText = false
    for span in paragraph.spans {
      let formatting = styles.resolve(span.formatting, paragraphStyle: paragraph.properties.styleID)
      if formatting.hidden == true {
        hasHiddenText = hasHiddenText || span.text.unicodeScalars.contains { !TextScalars.isWhitespace($0) }
        continue
      }
      let piece = formatting.caps == true ? span.text.uppercased() : span.text
      text += piece
      var visible = 0
      for scalar in piece.unicodeScalars {
        if !TextScalars.isWhitespace(scalar) { visible += 1 }
        if TextScalars.isCombiningMark(scalar) { mayNeedComposition = true }
      }
      if formatting.bold == true { boldCharacters += visible } else { plainCharacters += visible }
    }
    let trimmed = TextScalars.trimmingWhitespace(text)
    guard !trimmed.isEmpty else { return (nil, hasHiddenText) }
    // Foundation's NFC is costly; only decomposed text (typed with some Vietnamese input
    // methods) needs it.
    let composed = mayNeedComposition ? trimmed.precomposedStringWithCanonicalMapping : trimmed
    return ((composed, boldCharacters > 0 && plainCharacters == 0), hasHiddenText)
  }

  // MARK: Tables

  private mutating func block(_ wordTable: WordTable, after previous: Block?) -> Block {
    let table = makeTable(wordTable, caption: Self.caption(previous))
    let firstParagraph = wordTable.rows.first?.cells.first?.firstParagraph
    return Block(kind: .table, text: "", location: SourceLocation(file: file, paragraph: firstParagraph), table: table)
  }

  /// "ĐVT: triệu đồng" or "Đơn vị tính: …" just above a table.
  private static func caption(_ previous: Block?) -> String? {
    guard let previous, previous.kind == .paragraph else { return nil }
    let folded = VietnameseFolding.fold(previous.text).drop { $0 == "(" || $0 == " " }
    return folded.hasPrefix("dvt") || folded.hasPrefix("don vi tinh") ? previous.text : nil
  }

  private mutating func makeTable(_ wordTable: WordTable, caption: String? = nil) -> Table {
    // Every cell's content is read in document order (numbering counters depend on it).
    let contents = wordTable.rows.map { row in row.cells.map { cell in cellContent(cell) } }
    let layout = TableGrid.layout(wordTable)
    let hasHeaderRows = wordTable.rows.contains { $0.isHeader }
    var rows: [TableRow] = []
    for (rowIndex, row) in wordTable.rows.enumerated() {
      let rowParagraph = row.cells.first?.firstParagraph
      var cells: [TableCell] = []
      for (columnIndex, slot) in layout[rowIndex].enumerated() {
        let address = TableCellAddress(table: wordTable.number, row: rowIndex + 1, column: columnIndex + 1)
        switch slot {
        case .origin(let index):
          let location = SourceLocation(file: file, paragraph: row.cells[index].firstParagraph, cell: address)
          let content = contents[rowIndex][index]
          cells.append(TableCell(text: content.text, location: location, nestedTables: content.tables))
        case .covered(let index):
          let location = SourceLocation(file: file, paragraph: row.cells[index].firstParagraph, cell: address)
          cells.append(TableCell(text: "", location: location, isCovered: true))
        case .empty:
          cells.append(TableCell(text: "", location: SourceLocation(file: file, paragraph: rowParagraph, cell: address)))
        }
      }
      let isHeader = hasHeaderRows ? row.isHeader : rowIndex == 0
      let rowLocation = cells.first?.location ?? SourceLocation(file: file, paragraph: rowParagraph)
      rows.append(TableRow(cells: cells, isHeader: isHeader, location: rowLocation))
    }
    return Table(rows: rows, caption: caption, number: wordTable.number)
  }

  /// A cell's paragraphs as lines (with their automatic numbers), and its nested tables.
  private mutating func cellContent(_ cell: WordCell) -> (text: String, tables: [Table]) {
    let cellBlocks = blocks(cell.items)
    let text = cellBlocks.filter { $0.kind != .table }.map(\.displayText).joined(separator: "\n")
    return (text, cellBlocks.compactMap(\.table))
  }
}
