/// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message`
/// annotation per finding, the most severe first (GitHub shows only the first few per step),
/// then the closing summary line. The full list goes to the job summary
/// (`MarkdownReporter`), which the CLI writes to `$GITHUB_STEP_SUMMARY`.
public struct GitHubActionsReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    var output = ""
    for file in report.files {
      guard let error = file.error else { continue }
      output += Self.command(
        "error", properties: [("file", file.path), ("title", "kehoach-lint: \(error.code)")], message: options.text(error.message))
    }
    for finding in report.findingsMostSevereFirst {
      var properties = [("file", finding.location.file)]
      if let line = finding.location.line {
        properties.append(("line", String(line)))
        if let column = finding.location.column { properties.append(("col", String(column))) }
      }
      properties.append(("title", finding.ruleID))
      var message = options.text(finding.message)
      if finding.location.line == nil {
        let place = [ReportFormatting.position(finding.location, language: options.language)] + finding.headingPath
        message += " (" + place.joined(separator: " › ") + ")"
      }
      if let waiver = finding.waiver { message += " — " + options.text(Messages.Report.waivedNote(waiver)) }
      // A waived finding is a notice: it does not fail the run, so it must not look like it does.
      output += Self.command(finding.isWaived ? "notice" : Self.level(finding.severity), properties: properties, message: message)
    }
    return output + options.text(Messages.runTotals(report)) + "\n"
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  /// `::name key=value,…::message` with the toolkit's escaping (@actions/core `command.ts`).
  static func command(_ name: String, properties: [(String, String)], message: String) -> String {
    let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
    return "::\(name)\(list.isEmpty ? "" : " " + list)::\(escapeData(message))\n"
  }

  /// `%`, CR and LF percent-encoded, as in the command's data.
  static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// As `escapeData`, and `:` and `,`, which separate properties.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}
