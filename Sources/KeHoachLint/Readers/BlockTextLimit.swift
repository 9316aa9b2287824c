/// The most text one block (paragraph, heading, list item, note, table cell) may hold, checked
/// by the readers before the model is built.
///
/// A plan's longest paragraph is a few kilobytes. Reading the header, the outline and the rules
/// are linear in a block's text with a large constant: a 50 MB paragraph took 13 s and 230 MB
/// before this limit; refused here, it stops in about a second.
enum BlockTextLimit {
  static func check(_ blocks: [Block], maximum: Int, file: String) throws(KeHoachLintError) {
    for block in blocks {
      try check(block.text, at: block.location, maximum: maximum, file: file)
      for row in block.table?.rows ?? [] {
        for cell in row.cells { try check(cell.text, at: cell.location, maximum: maximum, file: file) }
      }
    }
  }

  private static func check(_ text: String, at location: SourceLocation, maximum: Int, file: String) throws(KeHoachLintError) {
    let size = text.utf8.count
    guard size > maximum else { return }
    throw .limitExceeded(path: file, limit: Messages.Input.textOver(place(location), size: size, maximum))
  }

  private static func place(_ location: SourceLocation) -> LocalizedText {
    if let cell = location.cell { return Messages.Input.placeCell(table: cell.table, row: cell.row, column: cell.column) }
    if let line = location.line { return Messages.Input.placeLine(line) }
    if let paragraph = location.paragraph { return Messages.Input.placeParagraph(paragraph) }
    return Messages.Input.placeUnknown
  }
}

extension BlockTextLimit {
  /// The same limit on Word paragraphs as parsed, before styles and numbering make blocks of
  /// them: building a 50 MB paragraph's visible text is a third of the time such a file takes.
  static func check(_ items: [WordItem], maximum: Int, file: String) throws(KeHoachLintError) {
    for item in items {
      switch item {
      case .paragraph(let paragraph):
        let size = paragraph.spans.reduce(0) { $0 + $1.text.utf8.count }
        if size > maximum {
          throw .limitExceeded(
            path: file, limit: Messages.Input.textOver(Messages.Input.placeParagraph(paragraph.number), size: size, maximum))
        }
        for box in paragraph.textBoxes { try check(box, maximum: maximum, file: file) }
      case .table(let table):
        for row in table.rows {
          for cell in row.cells { try check(cell.items, maximum: maximum, file: file) }
        }
      }
    }
  }
}
