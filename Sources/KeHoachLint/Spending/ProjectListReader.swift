import Foundation

/// Finds the project lists of a document and reads their rows.
struct ProjectListReader {
  private(set) var lists: [ProjectList] = []

  init(document: PlanDocument) {
    let blocks = document.blocks
    var index = 0
    while index < blocks.count {
      guard let table = blocks[index].table, let header = ProjectListHeader(table) else {
        index += 1
        continue
      }
      // A list split across pages: the tables right after it with the same columns, with or
      // without the header repeated.
      var parts: [(blockIndex: Int, table: Table, bodyStart: Int)] = [(index, table, header.bodyStart)]
      var next = index + 1
      while next < blocks.count, let following = blocks[next].table, following.columnCount == table.columnCount {
        parts.append((next, following, ProjectListHeader(following)?.bodyStart ?? 0))
        next += 1
      }
      let unit = Self.unit(header: header, table: table, before: blocks[..<index])
      lists.append(Self.read(parts, header: header, unit: unit))
      index = next
    }
  }

  private static func read(
    _ parts: [(blockIndex: Int, table: Table, bodyStart: Int)], header: ProjectListHeader, unit: ProjectList.UnitStatement
  ) -> ProjectList {
    let columns = settleSourceColumns(header.columns, rows: parts.flatMap { $0.table.rows.dropFirst($0.bodyStart) })
    let probe = ProjectList(
      columns: columns, unit: unit, tasks: [], totalRows: [], blockIndices: [], headerLocation: header.location)
    var tasks: [ProjectRow] = []
    var totals: [ProjectRow] = []
    var groupStatus: String?
    for part in parts {
      for tableRow in part.table.rows.dropFirst(part.bodyStart) {
        let row = ProjectRow(
          kind: .task, cells: tableRow.cells, blockIndex: part.blockIndex, groupStatus: groupStatus, unit: unit.unit)
        let number = row.text(probe.column(.index))
        let name = row.text(probe.column(.name))
        if tableRow.cells.allSatisfy({ $0.text.trimmingWhitespace().isEmpty }) { continue }
        if isTotalLabel(number) || isTotalLabel(name) {
          totals.append(row.with(kind: .total))
        } else if isGroupHeading(number: number, name: name, row: row, list: probe) {
          groupStatus = status(named: name) ?? groupStatus
        } else if number.isEmpty, isFragment(row, list: probe), let previous = tasks.popLast() {
          tasks.append(previous.continued(by: tableRow.cells))  // a row broken by a page break
        } else {
          tasks.append(row.with(kind: isSubItemNumber(number) ? .subItem : .task))
        }
      }
    }
    return ProjectList(
      columns: columns, unit: unit, tasks: tasks, totalRows: totals, blockIndices: parts.map(\.blockIndex),
      headerLocation: header.location)
  }

  /// "Nguồn vốn" columns holding numbers are amounts per source; "NSTW" columns holding text are
  /// the source written out.
  private static func settleSourceColumns(_ columns: [ProjectColumn], rows: [TableRow]) -> [ProjectColumn] {
    columns.map { column in
      let texts = rows.compactMap { $0.cells.indices.contains(column.index) ? $0.cells[column.index].text : nil }
        .map { $0.trimmingWhitespace() }.filter { !VietnameseNumber.noneMarks.contains($0) }
      guard !texts.isEmpty else { return column }
      let numeric = texts.filter { VietnameseNumber.number(in: $0) != nil }.count * 2 >= texts.count
      switch column.role {
      case .source where numeric:
        return ProjectColumn(index: column.index, role: .sourceAmount(column.title), title: column.title, location: column.location)
      case .sourceAmount where !numeric:
        return ProjectColumn(index: column.index, role: .source, title: column.title, location: column.location)
      default: return column
      }
    }
  }

  static func isTotalLabel(_ text: String) -> Bool {
    let key = VietnameseFolding.titleKey(text)
    return ["tong", "cong", "tong so", "tong cong", "tong kinh phi", "tong muc"].contains(key)
      || ["tong cong ", "tong so ", "tong kinh phi ", "tong muc dau tu", "tong cong kinh phi"].contains { key.hasPrefix($0) }
  }

  /// "I", "B" (Roman numeral or capital letter), or an unnumbered row naming only a group
  /// ("Nhiệm vụ chuyển tiếp", "CÁC DỰ ÁN ĐẦU TƯ").
  private static func isGroupHeading(number: String, name: String, row: ProjectRow, list: ProjectList) -> Bool {
    let trimmed = number.trimmingCharacters(in: CharacterSet(charactersIn: ".)"))
    if !trimmed.isEmpty, trimmed.allSatisfy({ "IVXLC".contains($0) }) || (trimmed.count == 1 && trimmed.first?.isUppercase == true) {
      return true
    }
    guard number.isEmpty, !name.isEmpty, status(named: name) != nil || VietnameseFolding.isUpperCase(name) else { return false }
    let fields: [ProjectColumnRole] = [.leadUnit, .objective, .timeFrame]
    return fields.allSatisfy { role in list.columns(role).allSatisfy { row.text($0).isEmpty } }
  }

  /// An unnumbered row without lead unit or amounts: the rest of the row above, carried over a
  /// page break.
  private static func isFragment(_ row: ProjectRow, list: ProjectList) -> Bool {
    (list.columns(.leadUnit) + list.amountColumns).allSatisfy { row.text($0).isEmpty }
  }

  /// "1.1", "a", "a)", "-", "+": a part of the task above.
  private static func isSubItemNumber(_ number: String) -> Bool {
    guard let first = number.first else { return false }
    if "-+•–".contains(first) { return true }
    if first.isLetter, first.isLowercase, number.count <= 2 { return true }
    let parts = number.split(separator: ".", omittingEmptySubsequences: true)
    return parts.count >= 2 && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
  }

  static func status(named text: String) -> String? {
    let key = " " + VietnameseFolding.titleKey(text) + " "
    if key.contains(" chuyen tiep ") { return "Chuyển tiếp" }
    if key.contains(" moi ") || key.contains(" khoi cong moi ") { return "Mới" }
    return nil
  }

  /// The unit: the amount column's header, else the table's caption or the short paragraph
  /// just above ("ĐVT: triệu đồng"), else any header cell; triệu đồng, unstated, otherwise.
  private static func unit(header: ProjectListHeader, table: Table, before: ArraySlice<Block>) -> ProjectList.UnitStatement {
    var candidates = header.columns.filter(\.role.isAmount).map(\.title)
    if let caption = table.caption { candidates.append(caption) }
    for block in before.suffix(2).reversed() where block.kind != .table && block.text.count <= 200 {
      let key = VietnameseFolding.titleKey(block.text)
      if key.hasPrefix("dvt") || key.contains("don vi tinh") || key.hasPrefix("don vi") || block.text.hasPrefix("(") {
        candidates.append(block.text)
      }
    }
    candidates += header.columns.map(\.title)
    for candidate in candidates {
      if let unit = MoneyUnit.named(in: candidate) { return ProjectList.UnitStatement(unit: unit, statedIn: candidate) }
    }
    return ProjectList.UnitStatement(unit: .million, statedIn: nil)
  }
}

extension ProjectRow {
  func with(kind: Kind) -> ProjectRow {
    ProjectRow(kind: kind, cells: cells, blockIndex: blockIndex, groupStatus: groupStatus, unit: unit)
  }

  /// This row with the lines of a row continued on the next page appended, cell by cell.
  func continued(by more: [TableCell]) -> ProjectRow {
    let merged = cells.enumerated().map { column, cell -> TableCell in
      guard more.indices.contains(column), !more[column].text.trimmingSpaces().isEmpty else { return cell }
      let extra = more[column]
      guard !cell.text.trimmingSpaces().isEmpty else { return extra }
      let offset = cell.text.utf8.count + 1
      let segments =
        cell.textMap.segments + extra.textMap.segments.map { TextMap.Segment(textOffset: $0.textOffset + offset, location: $0.location) }
      return TableCell(text: cell.text + "\n" + extra.text, location: cell.location, textMap: TextMap(segments: segments))
    }
    return ProjectRow(kind: kind, cells: merged, blockIndex: blockIndex, groupStatus: groupStatus, unit: unit)
  }
}
