/// A Markdown report (GitHub's job summary, a merge-request comment): a table of the plans,
/// then per plan the requirements not met and every finding.
public struct MarkdownReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let t = options.text
    var lines = ["## kehoach-lint: " + t(Messages.runTotals(report)), ""]
    lines.append(
      "| \(t(Messages.Report.file)) | \(t(Messages.Report.verdict)) | \(t(Messages.Report.profile)) | \(t(Messages.Report.coverage)) | \(t(Messages.Report.errors)) | \(t(Messages.Report.warnings)) | \(t(Messages.Report.infos)) |"
    )
    lines.append("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for file in report.files {
      let coverage = file.coverage.map { "\($0.met)/\($0.applicable)" } ?? "–"
      lines.append(
        "| \(Markup.markdownCode(file.path)) | \(Markup.markdownCell(t(Messages.planVerdict(file.verdict)))) | \(file.profileID ?? "–") | \(coverage) | \(file.count(.error)) | \(file.count(.warning)) | \(file.count(.info)) |"
      )
    }
    for file in report.files { lines += section(for: file, options: options) }
    return lines.joined(separator: "\n") + "\n"
  }

  private func section(for file: FileReport, options: ReportOptions) -> [String] {
    let t = options.text
    var lines = ["", "### " + Markup.markdownCode(file.path), ""]
    lines += ["**" + Markup.markdownCell(t(Messages.verdictLine(file))) + "**", ""]
    if let error = file.error {
      return lines + ["❌ " + Markup.markdownCell(t(error.message)) + " (`\(error.code)`)"]
    }
    if let detail = Messages.coverageDetail(file) { lines += [Markup.markdownCell(t(detail)) + ".", ""] }
    let open = file.verdicts.filter { $0.status == .notMet || $0.status == .waived || $0.status == .needsReview }
    for verdict in open {
      let mark = verdict.status == .notMet ? "❌" : "🔍"
      lines.append(
        "- \(mark) \(Markup.markdownCell(t(verdict.title))) (\(Markup.markdownCode(verdict.id))) — \(Markup.markdownCell(verdict.source.citation))"
      )
    }
    if !open.isEmpty { lines.append("") }
    guard !file.findings.isEmpty else { return lines + [t(Messages.Report.noFindings)] }
    let header = [Messages.Report.severity, Messages.Report.position, Messages.Report.rule, Messages.Report.message].map(t)
    lines.append("| " + header.joined(separator: " | ") + " |")
    lines.append("| --- | --- | --- | --- |")
    for finding in file.findingsBySeverity {
      var message = Markup.markdownCell(t(finding.message))
      if finding.location.line == nil, !finding.headingPath.isEmpty {
        message += " <br>_" + Markup.markdownCell(finding.headingPath.joined(separator: " › ")) + "_"
      }
      if let waiver = finding.waiver { message += " <br>_" + Markup.markdownCell(t(Messages.Report.waivedNote(waiver))) + "_" }
      let cells = [
        Self.badge(finding.severity) + " " + finding.severity.rawValue + (finding.isWaived ? " (" + t(Messages.Report.waived) + ")" : ""),
        ReportFormatting.shortPosition(finding.location, language: options.language),
        Markup.markdownCode(finding.ruleID), message,
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines
  }

  static func badge(_ severity: Severity) -> String {
    switch severity {
    case .error: "❌"
    case .warning: "⚠️"
    case .info: "ℹ️"
    }
  }
}
