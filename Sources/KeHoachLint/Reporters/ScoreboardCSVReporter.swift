/// The batch scoreboard as CSV, one row per plan, for a spreadsheet. Figures are plain
/// numbers (a dot for decimals, a share as a fraction 0…1) so they sort and sum.
public struct ScoreboardCSVReporter: Reporter {
  static let columns = [
    "file", "unit", "number", "verdict", "profile", "requirements_met", "requirements_applicable", "errors", "warnings", "infos",
    "security_share",
    "total_budget_million_vnd", "input_error", "report",
  ]

  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let board = Scoreboard(report: report, options: options)
    var rows = [Self.columns]
    for row in board.rows {
      rows.append([
        row.path, row.unit ?? "", row.number ?? "", row.verdict.rawValue, row.profile ?? "", row.coverage.map { String($0.met) } ?? "",
        row.coverage.map { String($0.applicable) } ?? "", String(row.errors), String(row.warnings), String(row.infos),
        row.securityShare.map { Self.plain($0, decimals: 4) } ?? "", row.totalBudget.map { Self.plain($0, decimals: 3) } ?? "",
        row.errorCode ?? "", row.link,
      ])
    }
    return CSVReporter.byteOrderMark + CSVReporter.table(rows)
  }

  /// "0.0925", "12500.5": no grouping, a dot for decimals.
  static func plain(_ value: Double, decimals: Int) -> String {
    ReportFormatting.number(value, decimals: decimals, language: .en).replacingOccurrences(of: ",", with: "")
  }
}
