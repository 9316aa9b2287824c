/// Small builders for the self-contained HTML reports: the page shell (inline CSS, no script,
/// nothing fetched from the network) and the pieces every section uses. Every text from a
/// plan or a message is escaped here.
enum HTML {
  /// A complete page.
  /// `bodyClass` "scoreboard-page" prints on A4 landscape.
  static func page(title: String, language: Language, generator: String, bodyClass: String? = nil, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="\(escape(generator))">
    <title>\(escape(title))</title>
    <style>
    \(HTMLStyle.css)</style>
    </head>
    <body\(bodyClass.map { " class=\"\(escape($0))\"" } ?? "")>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  static func escape(_ text: String) -> String { Markup.escape(text) }

  /// `<tag class="…">content</tag>` with `content` already HTML.
  static func element(_ tag: String, _ className: String? = nil, _ content: String) -> String {
    let attribute = className.map { " class=\"\(escape($0))\"" } ?? ""
    return "<\(tag)\(attribute)>\(content)</\(tag)>"
  }

  /// A definition list of label/value pairs; a nil value prints the "none" placeholder.
  /// Values whose label is in `monospaced` are set as hashes.
  static func facts(_ pairs: [(LocalizedText, String?)], options: ReportOptions, monospaced: Set<String> = []) -> String {
    var html = "<dl class=\"facts\">\n"
    for (label, value) in pairs {
      let shown = value.map(escape) ?? element("span", "muted", escape(options.text(Messages.Report.notStated)))
      let valueClass = monospaced.contains(label.en) ? " class=\"hash\"" : ""
      html += "<dt>\(escape(options.text(label)))</dt><dd\(valueClass)>\(shown)</dd>\n"
    }
    return html + "</dl>\n"
  }

  /// A table with a header row; cells are HTML.
  static func table(_ className: String, header: [String], rows: [[String]], numericColumns: Set<Int> = []) -> String {
    var html = "<table class=\"\(className)\">\n<thead><tr>"
    for (index, cell) in header.enumerated() {
      html += numericColumns.contains(index) ? "<th class=\"num\">\(escape(cell))</th>" : "<th>\(escape(cell))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        html += numericColumns.contains(index) ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  static func severityBadge(_ severity: Severity, options: ReportOptions) -> String {
    element("span", "badge sev-\(severity.rawValue)", escape(options.text(Messages.severityName(severity))))
  }

  /// The plan's verdict as a banner: "Chưa đạt – đề nghị hoàn thiện: 2 lỗi, …".
  static func verdictLine(_ file: FileReport, options: ReportOptions) -> String {
    element("p", "verdict v-\(file.verdict.rawValue)", escape(options.text(Messages.verdictLine(file)))) + "\n"
  }

  static func verdictBadge(_ verdict: PlanVerdict, options: ReportOptions) -> String {
    element("span", "badge v-\(verdict.rawValue)", escape(options.text(Messages.planVerdict(verdict))))
  }

  static func statusBadge(_ status: RequirementVerdict.Status, options: ReportOptions) -> String {
    element("span", "badge st-\(status.rawValue)", escape(options.text(Messages.verdictStatus(status))))
  }

  /// A section with a heading; `id` is an anchor for the contents list.
  static func section(id: String? = nil, className: String? = nil, heading: String, level: Int = 3, _ content: String) -> String {
    let idAttribute = id.map { " id=\"\(escape($0))\"" } ?? ""
    let classAttribute = className.map { " class=\"\(escape($0))\"" } ?? ""
    return "<section\(idAttribute)\(classAttribute)>\n<h\(level)>\(escape(heading))</h\(level)>\n\(content)</section>\n"
  }

  /// The coverage bar: met over applicable, as a small inline SVG.
  /// `failing` paints the bar in the error colour (a requirement not met).
  static func coverageBar(_ coverage: RequirementCoverage, width: Double = 240, failing: Bool = false) -> String {
    let share = coverage.applicable == 0 ? 0 : Double(coverage.met) / Double(coverage.applicable)
    let filled = (width * share * 10).rounded() / 10
    return """
      <svg class="coverage-bar" width="\(Int(width))" height="10" viewBox="0 0 \(Int(width)) 10" role="img" aria-label="\(coverage.met)/\(coverage.applicable)">\
      <rect width="\(Int(width))" height="10" rx="5" fill="#e4e7ec"/><rect width="\(ReportFormatting.number(filled, decimals: 1, language: .en))" height="10" rx="5" fill="\(failing ? "#d92d20" : "#12b76a")"/></svg>
      """
  }
}
