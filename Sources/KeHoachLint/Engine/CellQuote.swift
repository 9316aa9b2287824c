/// The quote of a place in a table, for Word documents (which show no paragraph numbers):
/// for a cell of the project list, the task's name and the column's title ("nhiệm vụ “Xây
/// dựng CSDL đất đai” – cột “Nguồn vốn”"); for another table, the cell's text, or when it is
/// empty the row's first text and the column's header.
enum CellQuote {
  static let maxCharacters = 60

  static func quote(for cell: TableCellAddress, blockIndex: Int, analysis: PlanAnalysis) -> String? {
    for list in analysis.plannedProjectLists where list.blockIndices.contains(blockIndex) {
      guard let row = (list.tasks + list.totalRows).first(where: { $0.blockIndex == blockIndex && $0.location.cell?.row == cell.row })
      else { continue }
      let name = row.text(list.column(.name))
      let column = list.columns.first { $0.index == cell.column - 1 }?.title
      var parts: [String] = []
      if !name.isEmpty { parts.append((row.kind == .total ? "hàng" : "nhiệm vụ") + " “\(short(name))”") }
      if let column, !column.isEmpty { parts.append("cột “\(short(column))”") }
      if !parts.isEmpty { return parts.joined(separator: " – ") }
    }
    let blocks = analysis.document.blocks
    guard blocks.indices.contains(blockIndex), let top = blocks[blockIndex].table, let table = find(cell.table, in: top),
      table.rows.indices.contains(cell.row - 1)
    else { return nil }
    let row = table.rows[cell.row - 1]
    let text = row.cells.indices.contains(cell.column - 1) ? flat(row.cells[cell.column - 1].text) : ""
    if !text.isEmpty { return short(text) }
    // The row's first text that is not a number, and the header above the column.
    let label = row.cells.map { flat($0.text) }.first { !$0.isEmpty && !$0.allSatisfy { $0.isNumber || $0 == "." } }
    let header = table.rows.first(where: \.isHeader) ?? table.rows.first
    let title = header.flatMap { $0.cells.indices.contains(cell.column - 1) ? flat($0.cells[cell.column - 1].text) : nil }
    var parts: [String] = []
    if let label { parts.append("hàng “\(short(label))”") }
    if let title, !title.isEmpty, header?.location != row.location { parts.append("cột “\(short(title))”") }
    return parts.isEmpty ? nil : parts.joined(separator: " – ")
  }

  /// The block holding table `number` (top level or nested).
  static func blockIndex(ofTable number: Int, in document: PlanDocument) -> Int? {
    document.blocks.indices.first { index in document.blocks[index].table.map { find(number, in: $0) != nil } ?? false }
  }

  static func find(_ number: Int, in table: Table) -> Table? {
    if table.number == number { return table }
    for row in table.rows {
      for cell in row.cells {
        for nested in cell.nestedTables { if let found = find(number, in: nested) { return found } }
      }
    }
    return nil
  }

  private static func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0.isNewline || $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  private static func short(_ text: String) -> String {
    let text = flat(text)
    return text.count > maxCharacters ? String(text.prefix(maxCharacters)) + "…" : text
  }
}

extension RuleContext {
  /// `finding` with the quote and heading path of its place when the rule gave no block
  /// (Word shows no paragraph numbers: a finding without a quote cannot be found there).
  func placing(_ finding: Finding) -> Finding {
    guard finding.location.line == nil, finding.quote?.isEmpty ?? true else { return finding }
    let blocks = document.blocks
    var index: Int?
    if let cell = finding.location.cell {
      index = CellQuote.blockIndex(ofTable: cell.table, in: document)
    } else if let paragraph = finding.location.paragraph {
      index = blocks.indices.last { (blocks[$0].location.paragraph ?? Int.max) <= paragraph }
    }
    guard let index else { return finding }
    var placed = finding
    var quote = blocks[index].quote()
    if let cell = finding.location.cell { quote = CellQuote.quote(for: cell, blockIndex: index, analysis: analysis) ?? quote }
    placed.quote = quote.isEmpty ? finding.quote : quote
    if placed.headingPath.isEmpty { placed.headingPath = outline.headingPath(forBlock: index) }
    return placed
  }
}
