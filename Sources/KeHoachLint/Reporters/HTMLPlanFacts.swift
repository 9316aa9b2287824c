/// The HTML report's sections built from what other checks computed (legal citations,
/// budget) and the provenance of the review. A section whose data is absent says so.
struct HTMLPlanFacts {
  let file: FileReport
  let options: ReportOptions

  private func t(_ text: LocalizedText) -> String { HTML.escape(options.text(text)) }
  private var noData: String { HTML.element("p", "muted", t(Messages.Report.noData)) + "\n" }

  var citations: String {
    let heading = options.text(Messages.Report.citations)
    guard let citations = file.summary?.citations, !citations.isEmpty else { return HTML.section(heading: heading, noData) }
    let rows = citations.map { citation in
      [
        HTML.escape(citation.text), HTML.escape(citation.number ?? "–"),
        HTML.escape(ReportFormatting.shortPosition(citation.location)),
        HTML.element("span", "badge \(citation.status == "ok" ? "st-met" : "st-not-met")", t(Messages.citationStatus(citation.status))),
        HTML.escape(citation.catalogTitle ?? "–"),
      ]
    }
    let header = [
      Messages.Report.citation, Messages.Report.number, Messages.Report.position, Messages.Report.status, Messages.Report.catalogTitle,
    ]
    return HTML.section(heading: heading, HTML.table("citations", header: header.map { options.text($0) }, rows: rows))
  }

  var budget: String {
    let heading = options.text(Messages.Report.budget)
    guard let budget = file.summary?.budget else { return HTML.section(heading: heading, noData) }
    let unit = " " + options.text(Messages.Report.millionDong)
    func money(_ value: Double?) -> String? { value.map { ReportFormatting.number($0, language: options.language) + unit } }
    var html = HTML.facts(
      [
        (Messages.Report.budgetTotal, money(budget.total)), (Messages.Report.securityAmount, money(budget.securityAmount)),
        (Messages.Report.securityShare, budget.securityShare.map { ReportFormatting.percent($0, language: options.language) }),
      ], options: options)
    let chart = HTMLBudgetChart(budget: budget, options: options)
    html += chart.securityShare + chart.perYear
    if !budget.perSource.isEmpty {
      let rows = budget.perSource.sorted { $0.key < $1.key }.map { [HTML.escape($0.key), HTML.escape(money($0.value) ?? "")] }
      let header = [options.text(Messages.Report.perSource), options.text(Messages.Report.budgetTotal)]
      html += HTML.table("sources", header: header, rows: rows, numericColumns: [1])
    }
    return HTML.section(heading: heading, html)
  }

  var provenance: String {
    var pairs: [(LocalizedText, String?)] = [(Messages.Report.tool, "kehoach-lint \(options.toolVersion)")]
    if let profile = file.profileID {
      pairs.append((Messages.Report.rulePack, profile + (file.summary?.profileVersion.map { " (\($0))" } ?? "")))
    }
    pairs.append((Messages.Report.inputHash, file.sha256))
    if let date = options.generatedAt {
      pairs.append((Messages.Report.generatedAt, ReportFormatting.humanDate(date, timeZone: options.timeZone)))
    }
    let list = HTML.facts(pairs, options: options, monospaced: [Messages.Report.inputHash.en])
    return HTML.section(className: "provenance", heading: options.text(Messages.Report.provenance), list)
  }
}
