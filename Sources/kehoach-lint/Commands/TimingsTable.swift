import Foundation
import KeHoachLint

/// `check --timings`: the slowest phases first, like ESLint's TIMING table.
enum TimingsTable {
  static let rowsShown = 20

  static func render(_ timings: Timings, jobs: Int, language: Language) -> String {
    let total = timings.total
    let sorted = timings.phases.sorted { $0.seconds > $1.seconds }
    let width = max(12, sorted.prefix(rowsShown).map(\.name.count).max() ?? 0)
    let header = Messages.CommandLine.timingsHeader.text(in: language)
    var lines = ["\(header.padding(toLength: width, withPad: " ", startingAt: 0))  \("ms".leftPadded(9))  \("%".leftPadded(5))"]
    for phase in sorted.prefix(rowsShown) {
      let share = total > 0 ? 100 * phase.seconds / total : 0
      lines.append(
        "\(phase.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
          + "\(String(format: "%.1f", phase.seconds * 1000).leftPadded(9))  \(String(format: "%.1f", share).leftPadded(5))")
    }
    let label = Messages.CommandLine.timingsTotal(jobs: jobs).text(in: language)
    lines.append("\(label): \(String(format: "%.1f", total * 1000)) ms")
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
