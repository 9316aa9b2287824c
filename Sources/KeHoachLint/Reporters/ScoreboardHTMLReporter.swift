/// The batch scoreboard as one HTML page: a row per plan linking to its own report, then the
/// requirements most often not met across units.
public struct ScoreboardHTMLReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let board = Scoreboard(report: report, options: options)
    let t = { (text: LocalizedText) in options.text(text) }
    let title = t(Messages.Report.scoreboardTitle)
    var body = "<header>\n" + HTML.element("h1", nil, HTML.escape(title)) + "\n"
    body += HTML.element("p", "eyebrow", HTML.escape(t(Messages.runTotals(report)))) + "\n</header>\n"
    let header = [
      "#", t(Messages.Report.unit), t(Messages.Report.profile), t(Messages.Report.coverage), t(Messages.Report.errors),
      t(Messages.Report.warnings), t(Messages.Report.securityShare),
      t(Messages.Report.budgetTotal) + " (" + t(Messages.Report.millionDong) + ")",
    ]
    let rows = board.rows.enumerated().map { index, row in cells(index + 1, row, options: options) }
    body += HTML.section(
      heading: t(Messages.Report.contents), level: 2, HTML.table("scoreboard", header: header, rows: rows, numericColumns: [0, 4, 5, 6, 7]))
    body += failures(board, options: options)
    body += HTMLReporter().footer(options)
    return HTML.page(title: title, language: options.language, generator: "kehoach-lint \(options.toolVersion)", body: body)
  }

  private func cells(_ number: Int, _ row: Scoreboard.Row, options: ReportOptions) -> [String] {
    let link = "<a href=\"\(HTML.escape(Markup.uriPath(row.link)))\">\(HTML.escape(row.unit ?? row.path))</a>"
    let detail = [row.number, row.path].compactMap { $0 }.joined(separator: " · ")
    let name = link + "<br>" + HTML.element("span", "muted", HTML.escape(detail))
    if let message = row.errorMessage {
      let problem =
        HTML.element("span", "badge sev-error", HTML.escape(row.errorCode ?? "error")) + " " + HTML.escape(options.text(message))
      return [String(number), name, problem, "", "", "", "", ""]
    }
    var coverage = "–"
    if let value = row.coverage { coverage = "\(value.met)/\(value.applicable)<br>" + HTML.coverageBar(value, width: 110) }
    let share = row.securityShare.map { ReportFormatting.percent($0, language: options.language) }
    return [
      String(number), name, HTML.escape(row.profile ?? options.text(Messages.Report.noProfile)), coverage, String(row.errors),
      String(row.warnings), HTML.escape(share ?? "–"), HTML.escape(Scoreboard.money(row.totalBudget, language: options.language) ?? "–"),
    ]
  }

  private func failures(_ board: Scoreboard, options: ReportOptions) -> String {
    let heading = options.text(Messages.Report.commonFailures)
    guard !board.failures.isEmpty else {
      return HTML.section(
        heading: heading, level: 2, HTML.element("p", "muted", HTML.escape(options.text(Messages.Report.noFindings))) + "\n")
    }
    let rows = board.failures.map { failure in
      [
        HTML.escape(options.text(failure.title)) + "<br>" + HTML.element("code", nil, HTML.escape(failure.id)),
        HTML.escape(failure.source.citation), "\(failure.plans.count)/\(board.evaluatedPlans)",
      ]
    }
    let header = [Messages.Report.requirement, Messages.Report.guidance, Messages.Report.plans].map { options.text($0) }
    return HTML.section(heading: heading, level: 2, HTML.table("failures", header: header, rows: rows, numericColumns: [2]))
  }
}
