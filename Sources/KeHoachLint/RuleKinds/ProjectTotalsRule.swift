import Foundation

/// The figures add up: every amount can be read; the list's total row equals the sum of its
/// tasks (total, each year, each source column); a task's year or source columns add up to its
/// total; the total stated under "Kinh phí thực hiện" equals the list's sum, and a breakdown
/// of it (by source, year, kind of spending) adds up to it.
public struct ProjectTotalsRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Titles of the section stating the plan's total ("Kinh phí thực hiện").
    public var sections: SectionScope
    /// Words of parts that are not a breakdown of the total ("an toàn thông tin").
    public var ignoreParts: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case sections, ignoreParts = "ignore-parts" }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      sections = try container.decodeIfPresent(SectionScope.self, forKey: .sections) ?? SectionScope([])
      ignoreParts = try container.decodeIfPresent([String].self, forKey: .ignoreParts) ?? []
    }
  }

  static let table = """
    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
    |---|---|---|---|---|---|
    | 1 | Nâng cấp mạng LAN | Văn phòng | 2022 | 4.000 | NSĐP |
    | 2 | Giám sát an toàn thông tin | Văn phòng | 2023 | 1.234,5 | NSĐP |

    """

  public static let description = RuleDescription(
    kind: "project-totals",
    title: LocalizedText(vi: "Các số tổng cộng khớp với danh mục", en: "Totals match the list of tasks"),
    rationale: LocalizedText(
      vi:
        "Người thẩm định cộng lại danh mục nhiệm vụ, dự án: dòng tổng cộng, tổng kinh phí nêu tại mục Kinh phí thực hiện và các khoản chia theo nguồn vốn phải khớp với tổng các dòng.",
      en:
        "Reviewers add up the list of tasks and projects: the total row, the total stated under “Kinh phí thực hiện” and its breakdown by funding source must match the rows."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown:
          "## VII. Kinh phí thực hiện\n\nTổng kinh phí: 5.234,5 triệu đồng, trong đó: NSTW 1.000 triệu đồng; NSĐP 4.234,5 triệu đồng.\n\n"
          + table + "| | Tổng cộng | | | 5.234,5 | |\n",
        spec: "sections: [Kinh phí thực hiện]\n"),
      RuleExample(
        markdown:
          "## VII. Kinh phí thực hiện\n\nTổng kinh phí: ↓6.000 triệu đồng, trong đó: ↓NSTW 1.000 triệu đồng; NSĐP 4.000 triệu đồng.\n\n"
          + table.replacingOccurrences(of: "1.234,5", with: "↓1.2x4") + "| | Tổng cộng | | | ↓5.000 | |\n",
        spec: "sections: [Kinh phí thực hiện]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let lists = context.plannedProjectLists
    var findings: [Finding] = []
    for list in lists { findings += checkList(list, context: context) }
    if let section = spec.sections.section(in: context.outline) {
      let sum = lists.flatMap { list in list.countedRows.compactMap { $0.total(in: list) } }.reduce(0, +)
      findings += checkStatements(in: section.body, listSum: lists.isEmpty ? nil : sum, context: context)
    }
    return findings
  }

  private func checkList(_ list: ProjectList, context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for row in list.tasks + list.totalRows {
      for column in list.amountColumns {
        guard case .invalid(let text) = row.amount(column), let cell = row.cell(column) else { continue }
        findings.append(context.finding(info, Messages.unreadableAmount(text), at: cell.contentLocation, blockIndex: row.blockIndex))
      }
    }
    for row in list.countedRows {
      guard let total = row.amount(list.column(.total)).value, let cell = row.cell(list.column(.total)) else { continue }
      let task = row.text(list.column(.name))
      for (dimension, columns) in [
        (AmountBreakdown.Dimension.year, list.yearColumns.map(\.column)),
        (.spendingType, list.spendingTypeColumns.map(\.column)), (.source, list.sourceAmountColumns.map(\.column)),
      ] {
        let parts = columns.compactMap { row.amount($0).value }
        guard !parts.isEmpty, abs(parts.reduce(0, +) - total) > tolerance(cell.text, list.unit.unit) else { continue }
        let message = Messages.rowBreakdownMismatch(task: task, total: total, parts: parts.reduce(0, +), dimension: dimension.name)
        findings.append(context.finding(info, message, at: cell.contentLocation, blockIndex: row.blockIndex))
      }
    }
    guard let totalRow = list.totalRows.last else { return findings }
    for column in list.amountColumns {
      guard let stated = totalRow.amount(column).value, let cell = totalRow.cell(column) else { continue }
      let sum = list.countedRows.compactMap { column.role == .total ? $0.total(in: list) : $0.amount(column).value }.reduce(0, +)
      guard abs(stated - sum) > tolerance(cell.text, list.unit.unit) else { continue }
      let message = Messages.totalRowMismatch(
        column: column.title, written: cell.text.trimmingSpaces(), unit: list.unit.unit, stated: stated, sum: sum)
      findings.append(context.finding(info, message, at: cell.contentLocation, blockIndex: totalRow.blockIndex))
    }
    return findings
  }

  private func checkStatements(in range: Range<Int>, listSum: Decimal?, context: RuleContext) -> [Finding] {
    let breakdown = AmountBreakdown(document: context.document, range: range, ignoring: spec.ignoreParts)
    var findings: [Finding] = []
    for (position, statement) in breakdown.statements.enumerated() {
      let block = context.document.blocks[statement.blockIndex]
      if position == 0, let listSum, listSum > 0, abs(statement.total.millions - listSum) > statement.total.tolerance {
        let message = Messages.statedTotalMismatch(written: statement.total.written, stated: statement.total.millions, sum: listSum)
        findings.append(
          context.finding(info, message, at: block.location(at: statement.total.range.lowerBound), blockIndex: statement.blockIndex))
      }
      for dimension in AmountBreakdown.Dimension.allCases {
        guard let parts = statement.parts[dimension], parts.count >= 2, let first = parts.first else { continue }
        let sum = parts.map(\.amount.millions).reduce(0, +)
        let slack = max(statement.total.tolerance, parts.map(\.amount.tolerance).reduce(0, +))
        guard abs(sum - statement.total.millions) > slack else { continue }
        // "ngân sách huyện gồm chi ĐTPT … và chi thường xuyên …" divides a part, not the total.
        let otherParts = statement.parts.filter { $0.key != dimension }.values.flatMap { $0 }.map(\.amount)
        guard !otherParts.contains(where: { abs(sum - $0.millions) <= max(slack, $0.tolerance) }) else { continue }
        let message = Messages.breakdownMismatch(
          written: statement.total.written, total: statement.total.millions, parts: sum, dimension: dimension.name)
        let partBlock = context.document.blocks[first.blockIndex]
        findings.append(context.finding(info, message, at: partBlock.location(at: first.amount.nameStart), blockIndex: first.blockIndex))
      }
    }
    return findings
  }

  private func tolerance(_ written: String, _ unit: MoneyUnit) -> Decimal {
    StatedAmount.tolerance(forWritten: written.trimmingSpaces(), unit: unit)
  }
}
