/// The batch scoreboard for a terminal (`--format text --summary`): a row per plan, worst
/// verdict first, in aligned columns, then the requirements most often not met.
public struct ScoreboardTextReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let board = Scoreboard(report: report, options: options)
    let t = { (text: LocalizedText) in options.text(text) }
    let header = [
      "#", t(Messages.Report.file), t(Messages.Report.verdict), t(Messages.Report.profile), t(Messages.Report.coverage),
      t(Messages.Report.errors), t(Messages.Report.warnings),
    ]
    var rows: [[String]] = []
    for (index, row) in board.rows.enumerated() {
      var verdict = t(Messages.planVerdict(row.verdict))
      if let code = row.errorCode { verdict += " (\(code))" }
      rows.append([
        String(index + 1), row.path, verdict, row.profile ?? "–", row.coverage.map { "\($0.met)/\($0.applicable)" } ?? "–",
        row.errorCode == nil ? String(row.errors) : "–", row.errorCode == nil ? String(row.warnings) : "–",
      ])
    }
    var lines = [t(Messages.Report.scoreboardTitle), ""] + Self.aligned([header] + rows, numeric: [0, 4, 5, 6])
    if !board.failures.isEmpty {
      lines += ["", t(Messages.Report.commonFailures) + ":"]
      for failure in board.failures {
        lines.append("  \(failure.plans.count)/\(failure.evaluated)  \(t(failure.title)) [\(failure.id)] – \(failure.source.citation)")
      }
    }
    lines += ["", t(Messages.runTotals(report))]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Columns padded to their widest cell (in characters); numbers right-aligned.
  static func aligned(_ table: [[String]], numeric: Set<Int>) -> [String] {
    let columns = table.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in table.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    return table.map { row in
      row.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        return numeric.contains(column) ? pad + cell : (column == row.count - 1 ? cell : cell + pad)
      }.joined(separator: "  ")
    }
  }
}
