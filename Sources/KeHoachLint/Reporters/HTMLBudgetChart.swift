/// Inline SVG charts of a plan's budget: the security share against the 10% the guidance
/// asks for, and spending per year. Plain shapes and text, so they print and need no script.
struct HTMLBudgetChart {
  /// The share of the budget the guidance asks for security (an toàn thông tin).
  static let securityTarget = 0.10

  let budget: BudgetFacts
  let options: ReportOptions

  private func coordinate(_ value: Double) -> String {
    ReportFormatting.number(value, decimals: 1, language: .en).replacingOccurrences(of: ",", with: "")
  }
  private func label(_ text: String) -> String { HTML.escape(text) }

  /// A horizontal bar of the share with a dashed line at 10%.
  var securityShare: String {
    guard let share = budget.securityShare else { return "" }
    let width = 560.0
    let left = 20.0
    let scale = max(0.2, (share * 1.25 * 20).rounded(.up) / 20)
    let barWidth = width * min(share, scale) / scale
    let targetX = left + width * Self.securityTarget / scale
    let color = share >= Self.securityTarget ? "#12b76a" : "#d92d20"
    let shareText = ReportFormatting.percent(share, language: options.language)
    // The figure sits inside the bar when it is long enough, else after it; either way
    // clear of the 10% line.
    let inside = barWidth > 70
    var valueX = inside ? left + barWidth - 8 : left + barWidth + 6
    if !inside, valueX < targetX + 6, valueX + 44 > targetX - 6 { valueX = targetX + 8 }
    var svg = "<svg class=\"chart\" width=\"600\" height=\"78\" viewBox=\"0 0 600 78\" role=\"img\" aria-label=\""
    svg += label(options.text(Messages.Report.securityShare) + ": " + shareText) + "\">\n"
    svg += "<rect x=\"\(coordinate(left))\" y=\"20\" width=\"\(coordinate(width))\" height=\"22\" rx=\"3\" fill=\"#f2f4f7\"/>\n"
    svg += "<rect x=\"\(coordinate(left))\" y=\"20\" width=\"\(coordinate(barWidth))\" height=\"22\" rx=\"3\" fill=\"\(color)\"/>\n"
    let anchor = inside ? " text-anchor=\"end\" fill=\"#fff\"" : " fill=\"#1d2939\""
    svg += "<text x=\"\(coordinate(min(valueX, left + width - 50)))\" y=\"36\" font-size=\"13\" font-weight=\"700\"\(anchor)>"
    svg += label(shareText) + "</text>\n"
    svg +=
      "<line x1=\"\(coordinate(targetX))\" y1=\"12\" x2=\"\(coordinate(targetX))\" y2=\"50\" stroke=\"#1d2939\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n"
    svg += "<text x=\"\(coordinate(targetX))\" y=\"64\" font-size=\"12\" text-anchor=\"middle\" fill=\"#344054\">"
    svg += label(options.text(Messages.Report.securityTarget)) + "</text>\n"
    svg += "<text x=\"\(coordinate(left))\" y=\"12\" font-size=\"11\" fill=\"#667085\">0%</text>\n"
    svg += "<text x=\"\(coordinate(left + width))\" y=\"12\" font-size=\"11\" text-anchor=\"end\" fill=\"#667085\">"
    svg += label(ReportFormatting.percent(scale, language: options.language)) + "</text>\n"
    return svg + "</svg>\n"
  }

  /// Vertical bars, one per year, with the amount above each.
  var perYear: String {
    guard !budget.perYear.isEmpty else { return "" }
    let years = budget.perYear.keys.sorted()
    let maximum = max(budget.perYear.values.max() ?? 0, 1)
    let (width, height, top, bottom) = (600.0, 240.0, 28.0, 30.0)
    let plotHeight = height - top - bottom
    let slot = (width - 20) / Double(years.count)
    let barWidth = min(64, slot * 0.6)
    let caption = options.text(Messages.Report.perYear) + " (" + options.text(Messages.Report.millionDong) + ")"
    var svg = "<svg class=\"chart\" width=\"600\" height=\"\(Int(height))\" viewBox=\"0 0 600 \(Int(height))\" role=\"img\" aria-label=\""
    svg += label(caption) + "\">\n"
    svg += "<text x=\"10\" y=\"14\" font-size=\"12\" font-weight=\"600\" fill=\"#344054\">\(label(caption))</text>\n"
    svg += "<line x1=\"10\" y1=\"\(coordinate(height - bottom))\" x2=\"590\" y2=\"\(coordinate(height - bottom))\" stroke=\"#98a2b3\"/>\n"
    for (index, year) in years.enumerated() {
      let value = budget.perYear[year] ?? 0
      let barHeight = plotHeight * max(value, 0) / maximum
      let centre = 10 + slot * (Double(index) + 0.5)
      let y = height - bottom - barHeight
      svg +=
        "<rect x=\"\(coordinate(centre - barWidth / 2))\" y=\"\(coordinate(y))\" width=\"\(coordinate(barWidth))\" height=\"\(coordinate(barHeight))\" fill=\"#2e90fa\"/>\n"
      svg += "<text x=\"\(coordinate(centre))\" y=\"\(coordinate(y - 5))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#1d2939\">"
      svg += label(ReportFormatting.number(value, decimals: 1, language: options.language)) + "</text>\n"
      svg +=
        "<text x=\"\(coordinate(centre))\" y=\"\(coordinate(height - bottom + 18))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#344054\">\(year)</text>\n"
    }
    return svg + "</svg>\n"
  }
}
