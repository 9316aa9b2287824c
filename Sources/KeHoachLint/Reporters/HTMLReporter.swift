/// The reviewer's report: one self-contained HTML page (inline CSS and SVG, no script, nothing
/// fetched), in the report language, printable on A4. One article per plan; several plans
/// get a contents list first.
public struct HTMLReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let title = options.text(Messages.Report.reportTitle)
    var body = "<header>\n"
    body += HTML.element("h1", nil, HTML.escape(title)) + "\n"
    body += HTML.element("p", "eyebrow", HTML.escape(options.text(Messages.runTotals(report)))) + "\n"
    body += "</header>\n"
    if report.files.count > 1 { body += contents(report, options: options) }
    for (index, file) in report.files.enumerated() {
      body += HTMLPlanSection(file: file, anchor: "plan-\(index + 1)", options: options).html
    }
    body += footer(options)
    let pageTitle = report.files.count == 1 ? title + " – " + (report.files[0].summary?.number ?? report.files[0].path) : title
    return HTML.page(title: pageTitle, language: options.language, generator: "kehoach-lint \(options.toolVersion)", body: body)
  }

  private func contents(_ report: LintReport, options: ReportOptions) -> String {
    var html = "<nav class=\"contents\">\n<h2>\(HTML.escape(options.text(Messages.Report.contents)))</h2>\n<ol>\n"
    for (index, file) in report.files.enumerated() {
      var line = HTML.verdictBadge(file.verdict, options: options) + " "
      line += "<a href=\"#plan-\(index + 1)\">\(HTML.escape(file.summary?.unit ?? file.path))</a>"
      if let detail = Messages.coverageDetail(file) { line += " – " + HTML.escape(options.text(detail)) }
      html += "<li>\(line)</li>\n"
    }
    return html + "</ol>\n</nav>\n"
  }

  func footer(_ options: ReportOptions) -> String {
    var text = "kehoach-lint \(options.toolVersion)"
    if let date = options.generatedAt { text += " · " + ReportFormatting.humanDate(date, timeZone: options.timeZone) }
    return HTML.element("footer", nil, HTML.escape(text)) + "\n"
  }
}
