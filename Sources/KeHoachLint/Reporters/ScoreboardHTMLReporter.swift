/// The batch scoreboard as one HTML page: a row per plan (worst verdict first) linking to its
/// own report, then the requirements most often not met, counted within each framework.
/// Every column wraps, so a long path or error message never pushes the table off an A4
/// landscape page.
public struct ScoreboardHTMLReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let board = Scoreboard(report: report, options: options)
    let t = { (text: LocalizedText) in options.text(text) }
    let title = t(Messages.Report.scoreboardTitle)
    var body = "<header>\n" + HTML.element("h1", nil, HTML.escape(title)) + "\n"
    body += HTML.element("p", "eyebrow", HTML.escape(t(Messages.runTotals(report)))) + "\n</header>\n"
    let header = [
      "#", t(Messages.Report.unit), t(Messages.Report.verdict), t(Messages.Report.profile), t(Messages.Report.coverage),
      t(Messages.Report.errors), t(Messages.Report.warnings), t(Messages.Report.securityShare),
      t(Messages.Report.budgetTotal) + " (" + t(Messages.Report.millionDong) + ")",
    ]
    let numeric: Set<Int> = [0, 5, 6, 7, 8]
    var table = "<table class=\"scoreboard\">\n<thead><tr>"
    for (index, cell) in header.enumerated() {
      table += numeric.contains(index) ? "<th class=\"num\">\(HTML.escape(cell))</th>" : "<th>\(HTML.escape(cell))</th>"
    }
    table += "</tr></thead>\n<tbody>\n"
    for (index, row) in board.rows.enumerated() { table += self.row(index + 1, row, numeric: numeric, options: options) }
    table += "</tbody>\n</table>\n"
    body += HTML.section(heading: t(Messages.Report.contents), level: 2, table)
    body += failures(board, options: options)
    body += HTMLReporter().footer(options)
    return HTML.page(
      title: title, language: options.language, generator: "kehoach-lint \(options.toolVersion)", bodyClass: "scoreboard-page", body: body)
  }

  private func row(_ number: Int, _ row: Scoreboard.Row, numeric: Set<Int>, options: ReportOptions) -> String {
    let link = "<a href=\"\(HTML.escape(Markup.uriPath(row.link)))\">\(HTML.escape(row.unit ?? row.path))</a>"
    // The path is the link's text when the plan names no unit: not printed twice.
    let detail = [row.number, row.unit == nil ? nil : row.path].compactMap { $0 }.joined(separator: " · ")
    let name = link + (detail.isEmpty ? "" : "<br>" + HTML.element("span", "muted path", HTML.escape(detail)))
    let verdict = HTML.verdictBadge(row.verdict, options: options)
    if let message = row.errorMessage {
      // The error spans the figure columns and wraps: it never widens the table.
      var text = options.text(message)
      if text.hasPrefix(row.path + ": ") { text = String(text.dropFirst(row.path.count + 2)) }
      let problem = HTML.element("code", nil, HTML.escape(row.errorCode ?? "error")) + " " + HTML.escape(text)
      return "<tr class=\"unreadable\"><td class=\"num\">\(number)</td><td>\(name)</td><td>\(verdict)</td>"
        + "<td colspan=\"6\" class=\"problem\">\(problem)</td></tr>\n"
    }
    var coverage = "–"
    if let value = row.coverage {
      coverage = "\(value.met)/\(value.applicable)<br>" + HTML.coverageBar(value, width: 90, failing: row.verdict == .needsRevision)
    }
    let share = row.securityShare.map { ReportFormatting.percent($0, language: options.language) }
    let cells = [
      String(number), name, verdict, HTML.escape(row.profile ?? options.text(Messages.Report.noProfile)), coverage, String(row.errors),
      String(row.warnings), HTML.escape(share ?? "–"), HTML.escape(Scoreboard.money(row.totalBudget, language: options.language) ?? "–"),
    ]
    var html = "<tr>"
    for (index, cell) in cells.enumerated() { html += numeric.contains(index) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>" }
    return html + "</tr>\n"
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
        HTML.escape(failure.profile.isEmpty ? options.text(Messages.Report.noProfile) : failure.profile),
        HTML.escape(failure.source.citation), "\(failure.plans.count)/\(failure.evaluated)",
      ]
    }
    let header = [Messages.Report.requirement, Messages.Report.profile, Messages.Report.guidance, Messages.Report.plans].map {
      options.text($0)
    }
    return HTML.section(heading: heading, level: 2, HTML.table("failures", header: header, rows: rows, numericColumns: [3]))
  }
}
