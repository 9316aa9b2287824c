/// CSV, one row per finding (and one per unreadable input), for a spreadsheet. RFC 4180:
/// CRLF line ends, fields quoted when needed; a UTF-8 byte-order mark first so Excel reads the
/// Vietnamese text as UTF-8.
public struct CSVReporter: Reporter {
  static let byteOrderMark = "\u{FEFF}"
  static let columns = [
    "file", "line", "column", "paragraph", "table_cell", "severity", "rule_id", "kind", "message", "heading_path", "quote", "source",
  ]

  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    var rows = [Self.columns]
    for file in report.files {
      if let error = file.error {
        rows.append([file.path, "", "", "", "", "error", error.code, "input-error", options.text(error.message), "", "", ""])
      }
      for finding in file.findings {
        let location = finding.location
        rows.append([
          location.file, location.line.map(String.init) ?? "", location.column.map(String.init) ?? "",
          location.paragraph.map(String.init) ?? "", location.cell.map { "\($0.table):\($0.row):\($0.column)" } ?? "",
          finding.severity.rawValue, finding.ruleID, finding.kind, options.text(finding.message),
          finding.headingPath.joined(separator: " › "), finding.quote ?? "", finding.source.citation,
        ])
      }
    }
    return Self.byteOrderMark + Self.table(rows)
  }

  /// Rows joined as RFC 4180 CSV.
  static func table(_ rows: [[String]]) -> String {
    rows.map { $0.map(Markup.csvField).joined(separator: ",") + "\r\n" }.joined()
  }
}
