import Foundation

/// The plan's list of tasks and projects ("Danh mục nhiệm vụ, dự án", Phụ lục I Phần II mục
/// IX): one or more tables with the same columns (a list split across pages repeats its
/// header), read into rows with typed fields and amounts in million đồng.
public struct ProjectList: Sendable {
  /// The unit the amounts are written in, and where that was read.
  public struct UnitStatement: Sendable, Hashable {
    public let unit: MoneyUnit
    /// The text that names it ("ĐVT: triệu đồng"), nil when the list never says.
    public let statedIn: String?
  }

  public let columns: [ProjectColumn]
  public let unit: UnitStatement
  /// Tasks and projects, in order (group headings, continuation lines and totals removed).
  public let tasks: [ProjectRow]
  /// "Tổng cộng" rows, in order; the last is the list's total.
  public let totalRows: [ProjectRow]
  /// Indices of the table blocks in `PlanDocument.blocks`.
  public let blockIndices: [Int]
  /// The first header cell, for findings about the list as a whole.
  public let headerLocation: SourceLocation

  /// The column with `role`, if the list has one.
  public func column(_ role: ProjectColumnRole) -> ProjectColumn? { columns.first { $0.role == role } }

  /// Year columns in order.
  public var yearColumns: [(year: Int, column: ProjectColumn)] {
    columns.compactMap { column in
      if case .year(let year) = column.role { return (year, column) }
      return nil
    }
  }

  /// Funding-source amount columns in order.
  public var sourceAmountColumns: [(name: String, column: ProjectColumn)] {
    columns.compactMap { column in
      if case .sourceAmount(let name) = column.role { return (name, column) }
      return nil
    }
  }

  /// Kind-of-spending amount columns in order ("Chi ĐTPT", "Chi thường xuyên").
  public var spendingTypeColumns: [(name: String, column: ProjectColumn)] {
    columns.compactMap { column in
      if case .spendingType(let name) = column.role { return (name, column) }
      return nil
    }
  }

  /// The amount columns whose rows add up to the total row: the total, each year, each source.
  var amountColumns: [ProjectColumn] { columns.filter(\.role.isAmount) }

  /// Every project list in `document`.
  public static func all(in document: PlanDocument) -> [ProjectList] {
    ProjectListReader(document: document).lists
  }

  /// The lists of planned tasks: every list except those under a section assessing the past
  /// ("Phần I. Đánh giá kết quả … giai đoạn 2016-2020", "Hiện trạng").
  public static func planned(in document: PlanDocument, outline: Outline) -> [ProjectList] {
    // Only parts and Roman sections count: a point "d) … kiểm tra, đánh giá …" is not an assessment.
    let assessments = outline.allNodes.filter(\.isAssessment)
    return all(in: document).filter { list in !assessments.contains { $0.contains(block: list.blockIndices[0]) } }
  }

  /// The columns with `role`, in order (a time frame may take two: "Bắt đầu", "Kết thúc").
  public func columns(_ role: ProjectColumnRole) -> [ProjectColumn] { columns.filter { $0.role == role } }
}

/// One row of a project list.
public struct ProjectRow: Sendable {
  public enum Kind: Sendable, Hashable {
    case task
    /// "1.1", "a", "-": part of the task above.
    case subItem
    case total
  }

  public let kind: Kind
  /// The cells by grid column (a row continued on the next page has its lines appended).
  public let cells: [TableCell]
  /// Index of the table block in `PlanDocument.blocks`.
  public let blockIndex: Int
  /// "Mới" or "Chuyển tiếp" from the group heading the row sits under ("I. Nhiệm vụ chuyển tiếp").
  public let groupStatus: String?
  let unit: MoneyUnit

  /// The cell in `column`, nil when the row is shorter.
  public func cell(_ column: ProjectColumn?) -> TableCell? {
    guard let column, cells.indices.contains(column.index) else { return nil }
    return cells[column.index]
  }

  /// Where the row starts (its first cell).
  public var location: SourceLocation { cells.first?.location ?? SourceLocation(file: "", line: nil, column: nil, paragraph: nil) }

  /// The text in `column`, trimmed.
  public func text(_ column: ProjectColumn?) -> String {
    cell(column)?.text.trimmingWhitespace() ?? ""
  }

  /// The amount in `column`, in million đồng.
  public func amount(_ column: ProjectColumn?) -> ParsedNumber {
    switch VietnameseNumber.parse(text(column)) {
    case .value(let value): .value(unit.toMillions(value))
    case let other: other
    }
  }

  /// The row's total in million đồng: its total cell, else the sum of its year, kind-of-spending
  /// or source cells.
  func total(in list: ProjectList) -> Decimal? {
    if let value = amount(list.column(.total)).value { return value }
    for columns in [
      list.yearColumns.map(\.column), list.spendingTypeColumns.map(\.column), list.sourceAmountColumns.map(\.column),
    ] where !columns.isEmpty {
      let values = columns.compactMap { amount($0).value }
      if !values.isEmpty { return values.reduce(0, +) }
    }
    return nil
  }
}

extension RuleContext {
  /// The plan's project lists (not the 2016-2020 assessment's), read once per document.
  public var plannedProjectLists: [ProjectList] {
    analysis.plannedProjectLists
  }
}
