/// One plan in the reviewer's HTML report, verdict first: the verdict line, a contents list,
/// header data and figures, the findings (most severe first, then in document order), the
/// requirement checklist (failing first, met ones collapsed), then citations, budget and
/// provenance.
struct HTMLPlanSection {
  let file: FileReport
  let anchor: String
  let options: ReportOptions

  private func t(_ text: LocalizedText) -> String { HTML.escape(options.text(text)) }

  var html: String {
    var html = "<article class=\"plan\" id=\"\(anchor)\">\n"
    if let scoreboard = options.scoreboardLink {
      html += "<p class=\"back\"><a href=\"\(HTML.escape(Markup.uriPath(scoreboard)))\">\(t(Messages.Report.backToScoreboard))</a></p>\n"
    }
    html += "<h2>\(HTML.escape(file.summary?.title ?? file.path))</h2>\n"
    html += HTML.verdictLine(file, options: options)
    if let error = file.error {
      html += header
      html += HTML.element("p", "finding error", t(Messages.Report.unreadable) + ": " + HTML.escape(options.text(error.message))) + "\n"
    } else {
      html += contents + header + cards + findings + checklist
      let facts = HTMLPlanFacts(file: file, options: options)
      html += facts.citations(id: "\(anchor)-citations") + facts.budget(id: "\(anchor)-budget")
    }
    html += HTMLPlanFacts(file: file, options: options).provenance
    return html + "</article>\n"
  }

  /// Jump links to the plan's sections.
  private var contents: String {
    let links: [(String, LocalizedText)] = [
      ("findings", Messages.Report.findings), ("checklist", Messages.Report.checklist), ("citations", Messages.Report.citations),
      ("budget", Messages.Report.budget),
    ]
    let items = links.map { "<li><a href=\"#\(anchor)-\($0.0)\">\(t($0.1))</a></li>" }.joined()
    return "<nav class=\"on-page\" aria-label=\"\(t(Messages.Report.onThisPage))\"><ul>\(items)</ul></nav>\n"
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
    for (severity, label) in [
      (Severity.error, Messages.Report.errors), (.warning, Messages.Report.warnings), (.info, Messages.Report.infos),
    ] {
      html += "<div class=\"card \(severity.rawValue)\"><span class=\"figure\">\(file.count(severity))</span>\(t(label))</div>\n"
    }
    if let coverage = file.coverage {
      // A plan with a requirement not met never shows a green bar.
      let state = file.verdictCount(.notMet) > 0 ? "not-met" : "met"
      html += "<div class=\"card coverage \(state)\"><span class=\"figure\">\(coverage.met)/\(coverage.applicable)</span>"
      html += t(Messages.Report.coverage) + "<br>" + HTML.coverageBar(coverage, failing: state == "not-met") + "</div>\n"
    }
    return html + "</div>\n"
  }

  private var checklist: String {
    let id = "\(anchor)-checklist"
    guard !file.verdicts.isEmpty else {
      return HTML.section(
        id: id, heading: options.text(Messages.Report.checklist), HTML.element("p", "muted", t(Messages.Report.noData)) + "\n")
    }
    let header = [Messages.Report.status, Messages.Report.requirement, Messages.Report.guidance].map { options.text($0) }
    let open = file.verdicts.filter { $0.status == .notMet || $0.status == .waived || $0.status == .needsReview }
      .enumerated().sorted { ($0.element.status == .notMet ? 0 : 1, $0.offset) < ($1.element.status == .notMet ? 0 : 1, $1.offset) }
      .map(\.element)
    let closed = file.verdicts.filter { $0.status == .met || $0.status == .notApplicable }
    var html = ""
    if let detail = Messages.coverageDetail(file) { html += HTML.element("p", nil, HTML.escape(options.text(detail)) + ".") + "\n" }
    if !open.isEmpty { html += HTML.table("checklist", header: header, rows: open.map(row)) }
    if !closed.isEmpty {
      html += "<details class=\"met\">\n<summary>\(t(Messages.Report.metRequirements(closed.count)))</summary>\n"
      html += HTML.table("checklist compact", header: header, rows: closed.map(row)) + "</details>\n"
    }
    return HTML.section(id: id, heading: options.text(Messages.Report.checklist), html)
  }

  private func row(_ verdict: RequirementVerdict) -> [String] {
    [
      HTML.statusBadge(verdict.status, options: options),
      HTML.escape(options.text(verdict.title)) + " " + HTML.element("code", nil, HTML.escape(verdict.id)),
      HTML.escape(verdict.source.citation),
    ]
  }

  private var findings: String {
    let heading = options.text(Messages.Report.findings) + " (\(file.findings.count))"
    let id = "\(anchor)-findings"
    guard !file.findings.isEmpty else {
      return HTML.section(id: id, heading: heading, HTML.element("p", "muted", t(Messages.Report.noFindings)) + "\n")
    }
    var html = "<ol class=\"findings\">\n"
    for finding in file.findingsBySeverity { html += item(finding) }
    return HTML.section(id: id, heading: heading, html + "</ol>\n")
  }

  private func item(_ finding: Finding) -> String {
    var html = "<li class=\"finding \(finding.severity.rawValue)\(finding.isWaived ? " waived" : "")\">\n"
    var place = HTML.escape(ReportFormatting.position(finding.location, language: options.language))
    if !finding.headingPath.isEmpty { place += " · " + HTML.escape(finding.headingPath.joined(separator: " › ")) }
    html += "<p>\(HTML.severityBadge(finding.severity, options: options)) <span class=\"where\">\(place)</span></p>\n"
    html += HTML.element("p", "message", HTML.escape(options.text(finding.message))) + "\n"
    if let quote = finding.quote, !quote.isEmpty { html += HTML.element("blockquote", nil, HTML.escape(quote)) + "\n" }
    if let hint = finding.fixHint {
      html += HTML.element("p", "hint", t(Messages.Report.fixHint) + ": " + HTML.escape(options.text(hint))) + "\n"
    }
    if let waiver = finding.waiver {
      html += HTML.element("p", "waiver", HTML.escape(options.text(Messages.Report.waivedNote(waiver)))) + "\n"
    }
    let source =
      t(Messages.Report.guidance) + ": " + HTML.escape(finding.source.citation) + " · "
      + HTML.element("code", nil, HTML.escape(finding.ruleID))
    html += HTML.element("p", "source", source) + "\n"
    return html + "</li>\n"
  }
}
