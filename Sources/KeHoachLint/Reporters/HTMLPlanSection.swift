/// One plan in the reviewer's HTML report: header data, the figures, the requirement
/// checklist, the findings with quotes, then citations, budget and provenance.
struct HTMLPlanSection {
  let file: FileReport
  let anchor: String
  let options: ReportOptions

  private func t(_ text: LocalizedText) -> String { HTML.escape(options.text(text)) }

  var html: String {
    var html = "<article class=\"plan\" id=\"\(anchor)\">\n"
    html += "<h2>\(HTML.escape(file.summary?.title ?? file.path))</h2>\n"
    html += header
    if let error = file.error {
      html += HTML.element("p", "finding error", t(Messages.Report.unreadable) + ": " + HTML.escape(options.text(error.message))) + "\n"
    } else {
      html += cards + checklist + findings
      let facts = HTMLPlanFacts(file: file, options: options)
      html += facts.citations + facts.budget
    }
    html += HTMLPlanFacts(file: file, options: options).provenance
    return html + "</article>\n"
  }

  private var header: String {
    let summary = file.summary
    let profile = summary?.profileTitle.map(options.text) ?? file.profileID
    return HTML.facts(
      [
        (Messages.Report.unit, summary?.unit), (Messages.Report.number, summary?.number),
        (Messages.Report.placeAndDate, summary?.placeAndDate), (Messages.Report.profile, profile),
        (Messages.Report.file, file.path),
      ], options: options)
  }

  private var cards: String {
    var html = "<div class=\"cards\">\n"
    if let coverage = file.coverage {
      html += "<div class=\"card coverage\"><span class=\"figure\">\(coverage.met)/\(coverage.applicable)</span>"
      html += t(Messages.Report.coverage) + "<br>" + HTML.coverageBar(coverage) + "</div>\n"
    }
    for (severity, label) in [
      (Severity.error, Messages.Report.errors), (.warning, Messages.Report.warnings), (.info, Messages.Report.infos),
    ] {
      html += "<div class=\"card \(severity.rawValue)\"><span class=\"figure\">\(file.count(severity))</span>\(t(label))</div>\n"
    }
    return html + "</div>\n"
  }

  private var checklist: String {
    guard !file.verdicts.isEmpty else {
      return HTML.section(
        id: "\(anchor)-checklist", heading: options.text(Messages.Report.checklist),
        HTML.element("p", "muted", t(Messages.Report.noData)) + "\n")
    }
    let rows = file.verdicts.map { verdict in
      [
        HTML.statusBadge(verdict.status, options: options),
        HTML.escape(options.text(verdict.title)) + "<br>" + HTML.element("code", nil, HTML.escape(verdict.id)),
        HTML.escape(verdict.source.citation),
      ]
    }
    let header = [Messages.Report.status, Messages.Report.requirement, Messages.Report.guidance].map { options.text($0) }
    var intro = ""
    if let detail = Messages.coverageDetail(file) { intro = HTML.element("p", nil, HTML.escape(options.text(detail)) + ".") + "\n" }
    return HTML.section(
      id: "\(anchor)-checklist", heading: options.text(Messages.Report.checklist),
      intro + HTML.table("checklist", header: header, rows: rows))
  }

  private var findings: String {
    let heading = options.text(Messages.Report.findings) + " (\(file.findings.count))"
    guard !file.findings.isEmpty else {
      return HTML.section(id: "\(anchor)-findings", heading: heading, HTML.element("p", "muted", t(Messages.Report.noFindings)) + "\n")
    }
    var html = "<ol class=\"findings\">\n"
    for finding in file.findings { html += item(finding) }
    return HTML.section(id: "\(anchor)-findings", heading: heading, html + "</ol>\n")
  }

  private func item(_ finding: Finding) -> String {
    var html = "<li class=\"finding \(finding.severity.rawValue)\">\n"
    var place = HTML.escape(ReportFormatting.position(finding.location, language: options.language))
    if !finding.headingPath.isEmpty { place += " · " + HTML.escape(finding.headingPath.joined(separator: " › ")) }
    html += "<p>\(HTML.severityBadge(finding.severity, options: options)) <span class=\"where\">\(place)</span></p>\n"
    html += HTML.element("p", "message", HTML.escape(options.text(finding.message))) + "\n"
    if let quote = finding.quote, !quote.isEmpty { html += HTML.element("blockquote", nil, HTML.escape(quote)) + "\n" }
    if let hint = finding.fixHint {
      html += HTML.element("p", "hint", t(Messages.Report.fixHint) + ": " + HTML.escape(options.text(hint))) + "\n"
    }
    let source =
      t(Messages.Report.guidance) + ": " + HTML.escape(finding.source.citation) + " · "
      + HTML.element("code", nil, HTML.escape(finding.ruleID))
    html += HTML.element("p", "source", source) + "\n"
    return html + "</li>\n"
  }
}
