/// The HTML report's sections built from what other checks computed (legal citations,
/// budget) and the provenance of the review. A section whose data is absent says so.
struct HTMLPlanFacts {
  let file: FileReport
  let options: ReportOptions

  private func t(_ text: LocalizedText) -> String { HTML.escape(options.text(text)) }
  private var noData: String { HTML.element("p", "muted", t(Messages.Report.noData)) + "\n" }

  func citations(id: String? = nil) -> String {
    let heading = options.text(Messages.Report.citations)
    guard let summary = file.summary, !summary.citations.isEmpty else { return HTML.section(id: id, heading: heading, noData) }
    let rows = summary.citations.map { citation in
      let statuses = citation.problems.isEmpty ? [Messages.citationStatus(citation.status)] : citation.problems.map(\.status)
      let badge = citation.status == .ok ? "st-met" : citation.status == .problem ? "st-not-met" : "st-needs-review"
      return [
        HTML.escape(citation.text), HTML.escape(ReportFormatting.shortPosition(citation.location, language: options.language)),
        HTML.element("span", "badge \(badge)", HTML.escape(statuses.map(options.text).joined(separator: "; "))),
        HTML.escape(catalogText(citation)),
      ]
    }
    let header = [Messages.Report.citation, Messages.Report.position, Messages.Report.status, Messages.Facts.catalogEntry]
    var html = HTML.table("citations", header: header.map { options.text($0) }, rows: rows)
    if let coverage = summary.reviewCoverage {
      html += HTML.element("p", nil, t(Messages.Facts.coverage(coverage))) + "\n"
      if !coverage.missing.isEmpty {
        html +=
          HTML.element("p", "muted", t(Messages.Facts.notMentioned) + ": " + HTML.escape(coverage.missing.joined(separator: "; ")))
          + "\n"
      }
    }
    return HTML.section(id: id, heading: heading, html)
  }

  /// "Nghị quyết 17/NQ-CP, 7/3/2019 – Về một số nhiệm vụ …".
  private func catalogText(_ citation: CitationFacts) -> String {
    guard let entry = citation.catalog else { return citation.candidates.isEmpty ? "–" : citation.candidates.joined(separator: " / ") }
    return [entry.displayName, entry.date, entry.title].compactMap { $0 }.joined(separator: ", ")
  }

  func budget(id: String? = nil) -> String {
    let heading = options.text(Messages.Report.budget)
    guard let budget = file.summary?.budget else { return HTML.section(id: id, heading: heading, noData) }
    let unit = " " + options.text(Messages.Report.millionDong)
    func money(_ value: Double?) -> String? { value.map { ReportFormatting.number($0, language: options.language) + unit } }
    var html = HTML.facts(
      [
        (Messages.Facts.computedTotal, money(budget.total)), (Messages.Facts.statedTotal, money(budget.statedTotal)),
        (Messages.Report.securityAmount, money(budget.securityAmount)),
        (Messages.Report.securityShare, budget.securityShare.map { ReportFormatting.percent($0, language: options.language) }),
      ], options: options)
    let chart = HTMLBudgetChart(budget: budget, options: options)
    html += chart.securityShare
    if budget.securityAmount == nil {
      html += HTML.element("p", "muted", t(Messages.Facts.securityNotCounted)) + "\n"
    } else if budget.securityRows.isEmpty {
      html += HTML.element("p", "muted", t(Messages.Facts.noSecurityRows)) + "\n"
    } else {
      let rows = budget.securityRows.map { row in
        [
          HTML.escape(row.name), HTML.escape(ReportFormatting.shortPosition(row.location, language: options.language)),
          HTML.escape(money(row.amount) ?? ""),
        ]
      }
      let header = [Messages.Facts.task, Messages.Report.position, Messages.Facts.amount].map { options.text($0) }
      html += HTML.element("p", nil, t(Messages.Facts.securityRows)) + "\n"
      html += HTML.table("security-rows", header: header, rows: rows, numericColumns: [2])
    }
    html += chart.perYear
    if !budget.perYear.isEmpty {
      html += HTML.element("p", "muted", t(budget.perYearIsDerived ? Messages.Facts.perYearDerived : Messages.Facts.perYearStated)) + "\n"
    }
    if !budget.perSource.isEmpty {
      let rows = budget.perSource.sorted { $0.key < $1.key }.map { [HTML.escape($0.key), HTML.escape(money($0.value) ?? "")] }
      let header = [options.text(Messages.Report.perSource), options.text(Messages.Report.budgetTotal)]
      html += HTML.table("sources", header: header, rows: rows, numericColumns: [1])
    }
    return HTML.section(id: id, heading: heading, html)
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
