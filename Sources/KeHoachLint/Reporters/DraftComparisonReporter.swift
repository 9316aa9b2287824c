import Foundation

/// `kehoach-lint diff` as text, JSON, Markdown or HTML (the reviewer's "đã tiếp thu / chưa
/// tiếp thu" table).
public struct DraftComparisonReporter: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text, json, markdown, html
  }

  public let format: Format

  public init(format: Format) { self.format = format }

  public func render(_ comparison: FolderComparison, options: ReportOptions) -> String {
    switch format {
    case .text: text(comparison, options)
    case .json: json(comparison, options)
    case .markdown: markdown(comparison, options)
    case .html: html(comparison, options)
    }
  }

  // MARK: text

  private func text(_ comparison: FolderComparison, _ options: ReportOptions) -> String {
    let t = options.text
    let plain = ReportOptions(language: options.language, toolVersion: options.toolVersion)
    var lines: [String] = []
    for pair in comparison.pairs {
      lines.append("\(pair.oldDraft.path) → \(pair.newDraft.path): " + t(Messages.Diff.counts(pair)))
      for (heading, findings) in [
        (Messages.Diff.introduced, pair.introduced), (Messages.Diff.persisting, pair.persisting), (Messages.Diff.fixed, pair.fixed),
      ] where !findings.isEmpty {
        lines.append("  " + t(heading) + ":")
        lines += findings.map { "    " + TextReporter().line(for: $0, options: plain) }
      }
      if !pair.verdictChanges.isEmpty {
        lines.append("  " + t(Messages.Diff.verdicts) + ":")
        lines += pair.verdictChanges.map { "    \($0.id): \(status($0.old, options)) → \(status($0.new, options)) — " + t($0.title) }
      }
      if !pair.figureChanges.isEmpty {
        lines.append("  " + t(Messages.Diff.figures) + ":")
        lines += pair.figureChanges.map {
          "    " + t(Messages.Diff.figure($0.figure)) + ": \(value($0.old, $0.figure, options)) → \(value($0.new, $0.figure, options))"
        }
      }
      lines.append("")
    }
    for (heading, files) in [(Messages.Diff.onlyOld, comparison.onlyOld), (Messages.Diff.onlyNew, comparison.onlyNew)]
    where !files.isEmpty {
      lines.append(t(heading) + ":")
      lines += files.map { "  " + $0.path }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  private func status(_ status: RequirementVerdict.Status?, _ options: ReportOptions) -> String {
    status.map { options.text(Messages.verdictStatus($0)) } ?? options.text(Messages.Diff.none)
  }

  private func value(_ value: Double?, _ figure: DraftComparison.FigureChange.Figure, _ options: ReportOptions) -> String {
    guard let value else { return options.text(Messages.Diff.none) }
    return figure == .securityShare
      ? ReportFormatting.percent(value, language: options.language) : ReportFormatting.number(value, language: options.language)
  }

  // MARK: JSON

  private struct JSONDocument: Encodable {
    struct Finding: Encodable {
      let ruleId: String
      let severity: String
      let message: String
      let headingPath: [String]
      let line: Int?
      let paragraph: Int?
      let fingerprint: String
      let waived: Bool
    }
    struct Verdict: Encodable {
      let id: String
      let title: String
      let old: String?
      let new: String?
    }
    struct Figure: Encodable {
      let figure: String
      let old: Double?
      let new: Double?
    }
    struct Pair: Encodable {
      let old: String
      let new: String
      let fixed: [Finding]
      let newFindings: [Finding]
      let persisting: [Finding]
      let verdicts: [Verdict]
      let figures: [Figure]

      enum CodingKeys: String, CodingKey {
        case old, new, fixed, newFindings, persisting, verdicts, figures
      }
    }
    let schemaVersion: Int
    let tool: String
    let language: String
    let pairs: [Pair]
    let onlyOld: [String]
    let onlyNew: [String]
  }

  private func json(_ comparison: FolderComparison, _ options: ReportOptions) -> String {
    func finding(_ finding: KeHoachLint.Finding) -> JSONDocument.Finding {
      JSONDocument.Finding(
        ruleId: finding.ruleID, severity: finding.severity.rawValue, message: options.text(finding.message),
        headingPath: finding.headingPath, line: finding.location.line, paragraph: finding.location.paragraph,
        fingerprint: Baseline.fingerprint(finding), waived: finding.isWaived)
    }
    let document = JSONDocument(
      schemaVersion: 1, tool: "kehoach-lint \(options.toolVersion)", language: options.language.rawValue,
      pairs: comparison.pairs.map { pair in
        JSONDocument.Pair(
          old: pair.oldDraft.path, new: pair.newDraft.path, fixed: pair.fixed.map(finding), newFindings: pair.introduced.map(finding),
          persisting: pair.persisting.map(finding),
          verdicts: pair.verdictChanges.map {
            JSONDocument.Verdict(id: $0.id, title: options.text($0.title), old: $0.old?.rawValue, new: $0.new?.rawValue)
          },
          figures: pair.figureChanges.map { JSONDocument.Figure(figure: $0.figure.rawValue, old: $0.old, new: $0.new) })
      }, onlyOld: comparison.onlyOld.map(\.path), onlyNew: comparison.onlyNew.map(\.path))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  // MARK: the reviewer's table

  /// Rows of the "đã tiếp thu / chưa tiếp thu" table: every finding of either draft with its
  /// status, the new and the still-open first.
  private func rows(_ pair: DraftComparison) -> [(status: LocalizedText, finding: Finding)] {
    pair.introduced.map { (Messages.Diff.new, $0) } + pair.persisting.map { (Messages.Diff.notAddressed, $0) }
      + pair.fixed.map { (Messages.Diff.addressed, $0) }
  }

  private func markdown(_ comparison: FolderComparison, _ options: ReportOptions) -> String {
    let t = options.text
    var lines = ["# " + t(Messages.Diff.title), ""]
    for pair in comparison.pairs {
      lines += ["## \(Markup.markdownCode(pair.oldDraft.path)) → \(Markup.markdownCode(pair.newDraft.path))", ""]
      lines += [t(Messages.Diff.counts(pair)) + ".", ""]
      let entries = rows(pair)
      if !entries.isEmpty {
        let header = [Messages.Diff.status, Messages.Report.severity, Messages.Report.rule, Messages.Report.message].map(t)
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for (status, finding) in entries {
          var message = Markup.markdownCell(t(finding.message))
          if !finding.headingPath.isEmpty { message += " <br>_" + Markup.markdownCell(finding.headingPath.joined(separator: " › ")) + "_" }
          lines.append("| \(t(status)) | \(finding.severity.rawValue) | \(Markup.markdownCode(finding.ruleID)) | \(message) |")
        }
        lines.append("")
      }
      if !pair.verdictChanges.isEmpty {
        lines += ["### " + t(Messages.Diff.verdicts), ""]
        lines += pair.verdictChanges.map {
          "- `\($0.id)` " + Markup.markdownCell(t($0.title)) + ": \(status($0.old, options)) → \(status($0.new, options))"
        }
        lines.append("")
      }
      if !pair.figureChanges.isEmpty {
        lines += ["### " + t(Messages.Diff.figures), ""]
        lines += pair.figureChanges.map {
          "- " + t(Messages.Diff.figure($0.figure)) + ": \(value($0.old, $0.figure, options)) → \(value($0.new, $0.figure, options))"
        }
        lines.append("")
      }
    }
    for (heading, files) in [(Messages.Diff.onlyOld, comparison.onlyOld), (Messages.Diff.onlyNew, comparison.onlyNew)]
    where !files.isEmpty {
      lines += ["## " + t(heading), ""] + files.map { "- " + Markup.markdownCode($0.path) } + [""]
    }
    return lines.joined(separator: "\n")
  }

  private func html(_ comparison: FolderComparison, _ options: ReportOptions) -> String {
    let t = { (text: LocalizedText) in HTML.escape(options.text(text)) }
    var body = HTML.element("h1", nil, t(Messages.Diff.title)) + "\n"
    for pair in comparison.pairs {
      var section = HTML.element("p", nil, t(Messages.Diff.counts(pair)) + ".") + "\n"
      let entries = rows(pair)
      if !entries.isEmpty {
        section += "<table class=\"scoreboard\">\n<thead><tr>"
        for label in [
          Messages.Diff.status, Messages.Report.severity, Messages.Report.position, Messages.Report.rule, Messages.Report.message,
        ] {
          section += "<th>\(t(label))</th>"
        }
        section += "</tr></thead>\n<tbody>\n"
        for (status, finding) in entries {
          var place = HTML.escape(ReportFormatting.position(finding.location, language: options.language))
          if !finding.headingPath.isEmpty { place += "<br>" + HTML.escape(finding.headingPath.joined(separator: " › ")) }
          section += "<tr><td>\(t(status))</td><td>\(HTML.severityBadge(finding.severity, options: options))</td><td>\(place)</td>"
          section += "<td><code>\(HTML.escape(finding.ruleID))</code></td><td>\(HTML.escape(options.text(finding.message)))</td></tr>\n"
        }
        section += "</tbody>\n</table>\n"
      }
      if !pair.verdictChanges.isEmpty {
        section += HTML.element("h4", nil, t(Messages.Diff.verdicts)) + "\n<ul>\n"
        for change in pair.verdictChanges {
          section += "<li><code>\(HTML.escape(change.id))</code> \(t(change.title)): "
          section += HTML.escape(status(change.old, options)) + " → " + HTML.escape(status(change.new, options)) + "</li>\n"
        }
        section += "</ul>\n"
      }
      if !pair.figureChanges.isEmpty {
        section += HTML.element("h4", nil, t(Messages.Diff.figures)) + "\n<ul>\n"
        for change in pair.figureChanges {
          section += "<li>\(t(Messages.Diff.figure(change.figure))): "
          section += HTML.escape(value(change.old, change.figure, options)) + " → " + HTML.escape(value(change.new, change.figure, options))
          section += "</li>\n"
        }
        section += "</ul>\n"
      }
      body += HTML.section(heading: HTML.escape(pair.oldDraft.path + " → " + pair.newDraft.path), section)
    }
    for (heading, files) in [(Messages.Diff.onlyOld, comparison.onlyOld), (Messages.Diff.onlyNew, comparison.onlyNew)]
    where !files.isEmpty {
      let list = "<ul>\n" + files.map { "<li>" + HTML.escape($0.path) + "</li>\n" }.joined() + "</ul>\n"
      body += HTML.section(heading: t(heading), list)
    }
    return HTML.page(
      title: options.text(Messages.Diff.title), language: options.language, generator: "kehoach-lint \(options.toolVersion)", body: body)
  }
}
