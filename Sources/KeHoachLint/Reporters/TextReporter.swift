/// The terminal report, grouped by file: `path:line:col: error: message [rule-id]` (the form
/// editors and CI logs link), the source line with a caret (Markdown) or the heading path and
/// a quote (Word), a verdict line per file ("Đạt, có lưu ý: …") with the requirement
/// coverage, and a closing
/// summary line.
public struct TextReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let palette = TerminalPalette(enabled: options.useColor)
    let groups = report.files.map { group(for: $0, options: options, palette: palette) }.filter { !$0.isEmpty }
    var output = groups.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    output += palette.bold(options.text(Messages.runTotals(report))) + "\n"
    return output
  }

  private func group(for file: FileReport, options: ReportOptions, palette: TerminalPalette) -> [String] {
    if let error = file.error {
      return [palette.red(error.message.text(in: options.language)) + " [\(error.code)]"]
    }
    var lines: [String] = []
    for finding in file.findings {
      lines.append(line(for: finding, options: options))
      lines += TextExcerpt(finding: finding, palette: palette).lines
      if let hint = finding.fixHint {
        lines.append("    = " + options.text(Messages.Report.hint) + options.text(hint))
      }
      if let waiver = finding.waiver { lines.append("    = " + options.text(Messages.Report.waivedNote(waiver))) }
    }
    // The verdict line: what a reviewer acts on, with the requirement coverage.
    var text = options.text(Messages.verdictLine(file))
    if let detail = Messages.coverageDetail(file) { text += " " + options.text(detail) + "." }
    switch file.verdict {
    case .pass: text = palette.green(text)
    case .passWithNotes: text = palette.yellow(text)
    case .needsRevision, .unreadable: text = palette.red(text)
    }
    lines.append("\(file.path): " + text)
    return lines
  }

  /// One finding on one line.
  public func line(for finding: Finding, options: ReportOptions) -> String {
    let palette = TerminalPalette(enabled: options.useColor)
    // A waived finding keeps its place but not its severity word, so a log parser does not
    // count it.
    let severity =
      finding.isWaived ? palette.dim("waived \(finding.severity.rawValue)") : palette.severity(finding.severity, finding.severity.rawValue)
    // One line whatever the message holds: editors and CI logs read a finding per line.
    let message = options.text(finding.message).split(whereSeparator: \.isNewline).joined(separator: " ")
    return "\(Self.position(finding.location, language: options.language)): \(severity): \(message) [\(finding.ruleID)]"
  }

  /// `path:line:col`, or `path:¶12:bảng 2 [3,4]` (`path:¶12:table 2 [3,4]`) for Word
  /// documents. The severity word stays English in both languages: editors and CI logs parse it.
  static func position(_ location: SourceLocation, language: Language) -> String {
    if let line = location.line { return "\(location.file):\(line):\(location.column ?? 1)" }
    var parts = [location.file]
    if let paragraph = location.paragraph { parts.append("¶\(paragraph)") }
    if let cell = location.cell { parts.append(ReportFormatting.cellPosition(cell, language: language)) }
    return parts.joined(separator: ":")
  }
}
