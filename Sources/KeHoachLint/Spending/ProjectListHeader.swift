import Foundation

/// Reads a table's header and decides whether the table is a project list: the header names
/// the task and at least three of the fields the guidance requires. The header may span two
/// rows ("Kinh phí" over "Tổng | 2021 | 2022", "Nguồn vốn" over "NSTW | NSĐP") and may be
/// followed by a row numbering the columns ("(1) | (2) | …").
struct ProjectListHeader {
  let columns: [ProjectColumn]
  /// Index of the first body row.
  let bodyStart: Int
  let location: SourceLocation

  /// Fields besides the name a header must name to be a project list's.
  static let minimumFields = 3

  init?(_ table: Table) {
    for top in 0..<min(3, table.rows.count) {
      let upper = table.rows[top].cells.map(Self.cellText)
      let roles = upper.map { ProjectColumnRole.classify(title: $0, lower: "") }
      guard roles.contains(.name), Self.fieldCount(roles) >= Self.minimumFields else { continue }
      var bodyStart = top + 1
      var lowerRow: TableRow?
      if bodyStart < table.rows.count, Self.isLowerHeader(table.rows[bodyStart], upper: upper) {
        lowerRow = table.rows[bodyStart]
        bodyStart += 1
      }
      if bodyStart < table.rows.count, Self.isNumberingRow(table.rows[bodyStart]) { bodyStart += 1 }
      self.columns = Self.columns(upper: table.rows[top], lower: lowerRow)
      self.bodyStart = bodyStart
      self.location = table.rows[top].cells.first?.contentLocation ?? table.rows[top].location
      return
    }
    return nil
  }

  private static func cellText(_ cell: TableCell) -> String {
    cell.isCovered ? "" : cell.text.trimmingWhitespace()
  }

  private static func fieldCount(_ roles: [ProjectColumnRole]) -> Int {
    Set(
      roles.compactMap { role -> String? in
        switch role {
        case .leadUnit: "lead"
        case .status: "status"
        case .objective: "objective"
        case .timeFrame: "time"
        case .total, .year, .spendingType: "amount"
        case .source, .sourceAmount: "source"
        case .index, .name, .other: nil
        }
      }
    ).count
  }

  /// Titles a spanning upper cell lends to the empty cells right of it, joined with the lower row.
  private static func columns(upper: TableRow, lower: TableRow?) -> [ProjectColumn] {
    var columns: [ProjectColumn] = []
    var spanning = ""
    for (index, cell) in upper.cells.enumerated() {
      let lowerCell = lower.flatMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
      let below = lowerCell.map(cellText) ?? ""
      var above = cellText(cell)
      if above.isEmpty, !below.isEmpty { above = spanning } else if !above.isEmpty { spanning = above }
      let title = [above, below].filter { !$0.isEmpty }.joined(separator: " ")
      var role = ProjectColumnRole.classify(title: title, lower: below)
      // "Nguồn vốn" over two untitled columns ("Chi ĐTPT" | "NS tỉnh"), as in the guidance's sample.
      if title.isEmpty, let previous = columns.last, previous.role == .source { role = .source }
      let location = below.isEmpty ? cell.contentLocation : (lowerCell?.contentLocation ?? cell.contentLocation)
      columns.append(ProjectColumn(index: index, role: role, title: title, location: location))
    }
    return columns
  }

  /// A second header row: only short labels, years or source names, under headings that divide.
  private static func isLowerHeader(_ row: TableRow, upper: [String]) -> Bool {
    let texts = row.cells.map(cellText)
    let filled = texts.indices.filter { !texts[$0].isEmpty }
    guard !filled.isEmpty, filled.allSatisfy({ texts[$0].count <= 40 }) else { return false }
    return filled.allSatisfy { index in
      // Sub-headings sit under a spanning (empty) upper cell or under a heading that divides
      // ("Kinh phí" into years, "Nguồn vốn" into sources); text under "Mục tiêu" or the name is
      // a row broken by a page break.
      if index < upper.count, !upper[index].isEmpty {
        switch ProjectColumnRole.classify(title: upper[index], lower: "") {
        case .index, .name, .leadUnit, .objective: return false
        default: break
        }
      }
      guard let number = VietnameseNumber.number(in: texts[index]) else { return true }
      return VietnameseDate.plausibleYears.contains(NSDecimalNumber(decimal: number).intValue) && !texts[index].contains(".")
    }
  }

  /// "1 | 2 | 3 …" or "(1) | (2) | …" under the header.
  private static func isNumberingRow(_ row: TableRow) -> Bool {
    let texts = row.cells.map(cellText).filter { !$0.isEmpty }
    guard texts.count >= 3 else { return false }
    let numbers = texts.compactMap { Int($0.trimmingCharacters(in: CharacterSet(charactersIn: "()"))) }
    return numbers.count == texts.count && numbers == Array(numbers.sorted()) && numbers.first == 1
  }
}
