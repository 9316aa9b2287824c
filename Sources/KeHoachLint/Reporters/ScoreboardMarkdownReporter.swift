/// The batch scoreboard in Markdown (a job summary, a wiki page): a row per plan with a link
/// to its report, then the requirements most often not met.
public struct ScoreboardMarkdownReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let board = Scoreboard(report: report, options: options)
    let t = { (text: LocalizedText) in options.text(text) }
    var lines = ["## " + t(Messages.Report.scoreboardTitle), "", t(Messages.runTotals(report)), ""]
    let header = [
      "#", t(Messages.Report.unit), t(Messages.Report.verdict), t(Messages.Report.profile), t(Messages.Report.coverage),
      t(Messages.Report.errors),
      t(Messages.Report.warnings), t(Messages.Report.securityShare),
      t(Messages.Report.budgetTotal) + " (" + t(Messages.Report.millionDong) + ")",
    ]
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append("| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for (index, row) in board.rows.enumerated() {
      let detail = [row.number.map(Markup.markdownCell), Markup.markdownCode(row.path)].compactMap { $0 }.joined(separator: " · ")
      let name = "[\(Markup.markdownCell(row.unit ?? row.path))](\(Markup.uriPath(row.link)))<br>\(detail)"
      let verdict = Markup.markdownCell(t(Messages.planVerdict(row.verdict)))
      if let message = row.errorMessage {
        lines.append("| \(index + 1) | \(name) | \(verdict) | ❌ \(Markup.markdownCell(t(message))) | | | | | |")
        continue
      }
      let cells = [
        String(index + 1), name, verdict, row.profile ?? t(Messages.Report.noProfile),
        row.coverage.map { "\($0.met)/\($0.applicable)" } ?? "–",
        String(row.errors), String(row.warnings), row.securityShare.map { ReportFormatting.percent($0, language: options.language) } ?? "–",
        Scoreboard.money(row.totalBudget, language: options.language) ?? "–",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines += ["", "### " + t(Messages.Report.commonFailures), ""]
    if board.failures.isEmpty { lines.append(t(Messages.Report.noFindings)) }
    for failure in board.failures {
      lines.append(
        "- **\(failure.plans.count)/\(failure.evaluated)** \(Markup.markdownCell(t(failure.title))) [\(failure.profile.isEmpty ? t(Messages.Report.noProfile) : failure.profile)] (\(Markup.markdownCode(failure.id))) — \(Markup.markdownCell(failure.source.citation))"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
