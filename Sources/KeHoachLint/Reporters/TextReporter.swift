/// `path:line:col: error: message [rule-id]`, the form editors and CI logs link, grouped by
/// file, with a closing summary line.
public struct TextReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    var output = ""
    for file in report.files {
      if let error = file.error {
        output += paint("\(error.message.text(in: options.language))", .red, options) + " [\(error.code)]\n"
        continue
      }
      for finding in file.findings {
        output += line(for: finding, options: options) + "\n"
      }
    }
    output += summary(report, language: options.language) + "\n"
    return output
  }

  /// One finding on one line.
  public func line(for finding: Finding, options: ReportOptions) -> String {
    let severity = paint(Self.severityWord(finding.severity, options.language), color(for: finding.severity), options)
    var text = "\(Self.position(finding.location)): \(severity): \(finding.message.text(in: options.language)) [\(finding.ruleID)]"
    if finding.location.line == nil, !finding.headingPath.isEmpty || finding.quote != nil {
      let path = finding.headingPath.joined(separator: " › ")
      let quote = finding.quote.map { "“\($0)”" } ?? ""
      text += "\n    " + [path, quote].filter { !$0.isEmpty }.joined(separator: " — ")
    }
    return text
  }

  static func position(_ location: SourceLocation) -> String {
    if let line = location.line { return "\(location.file):\(line):\(location.column ?? 1)" }
    var parts = [location.file]
    if let paragraph = location.paragraph { parts.append("¶\(paragraph)") }
    if let cell = location.cell { parts.append("bảng \(cell.table) [\(cell.row),\(cell.column)]") }
    return parts.joined(separator: ":")
  }

  static func severityWord(_ severity: Severity, _ language: Language) -> String {
    // The English words in both languages: editors and CI logs parse them.
    severity.rawValue
  }

  private func summary(_ report: LintReport, language: Language) -> String {
    let findings = report.findings
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let infos = findings.filter { $0.severity == .info }.count
    let unreadable = report.files.filter { $0.error != nil }.count
    switch language {
    case .vi:
      var text = "\(report.files.count) tệp: \(errors) lỗi, \(warnings) cảnh báo, \(infos) thông tin"
      if unreadable > 0 { text += ", \(unreadable) tệp không đọc được" }
      return text + "."
    case .en:
      var text =
        "\(report.files.count) file\(report.files.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(infos) info"
      if unreadable > 0 { text += ", \(unreadable) unreadable" }
      return text + "."
    }
  }

  private enum Color: String {
    case red = "31"
    case yellow = "33"
    case blue = "34"
  }

  private func color(for severity: Severity) -> Color {
    switch severity {
    case .error: .red
    case .warning: .yellow
    case .info: .blue
    }
  }

  private func paint(_ text: String, _ color: Color, _ options: ReportOptions) -> String {
    options.useColor ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
  }
}
