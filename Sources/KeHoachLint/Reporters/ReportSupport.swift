import Foundation

/// Counts and orderings several reporters share, so every format states the same figures.
extension LintReport {
  public func count(_ severity: Severity) -> Int { files.reduce(0) { $0 + $1.count(severity) } }

  /// Inputs that could not be checked.
  public var unreadableCount: Int { files.filter { $0.error != nil }.count }

  /// Every finding, the most severe first, then in report order (what CI annotations show
  /// when only the first few are displayed).
  public var findingsMostSevereFirst: [Finding] {
    findings.enumerated().sorted { lhs, rhs in
      lhs.element.severity != rhs.element.severity ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
    }.map(\.element)
  }
}

extension FileReport {
  /// The findings most severe first, then in document order: what a reviewer reads first.
  public var findingsBySeverity: [Finding] {
    findings.enumerated().sorted { lhs, rhs in
      lhs.element.severity != rhs.element.severity ? lhs.element.severity > rhs.element.severity : lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Coverage of the profile's requirements, nil when none were evaluated.
  public var coverage: RequirementCoverage? { verdicts.isEmpty ? nil : RequirementCoverage(verdicts) }

  /// How many verdicts have `status`.
  public func verdictCount(_ status: RequirementVerdict.Status) -> Int { verdicts.filter { $0.status == status }.count }

  /// The findings a verdict stands for: those of its rule (a rule's findings are not split
  /// among its items).
  public func findings(for verdict: RequirementVerdict) -> [Finding] {
    verdict.status == .met || verdict.status == .notApplicable ? [] : findings.filter { $0.ruleID == verdict.ruleID }
  }

  /// Findings of rules that decide no requirement (unused suppressions, profile detection).
  public var findingsOutsideVerdicts: [Finding] {
    let ruleIDs = Set(verdicts.map(\.ruleID))
    return findings.filter { !ruleIDs.contains($0.ruleID) }
  }
}

/// Positions, dates and numbers as reports print them.
enum ReportFormatting {
  /// "dòng 12, cột 5", "đoạn 12, bảng 2 (hàng 3, cột 4)".
  static func position(_ location: SourceLocation, language: Language) -> String {
    let vi = language == .vi
    if let line = location.line {
      return vi ? "dòng \(line), cột \(location.column ?? 1)" : "line \(line), column \(location.column ?? 1)"
    }
    var parts: [String] = []
    if let paragraph = location.paragraph { parts.append(vi ? "đoạn \(paragraph)" : "paragraph \(paragraph)") }
    if let cell = location.cell {
      parts.append(
        vi
          ? "bảng \(cell.table) (hàng \(cell.row), cột \(cell.column))"
          : "table \(cell.table) (row \(cell.row), column \(cell.column))")
    }
    return parts.isEmpty ? (vi ? "cả tệp" : "whole file") : parts.joined(separator: ", ")
  }

  /// "12:5", or "¶12" / "¶12 bảng 2 [3,4]" ("¶12 table 2 [3,4]") for Word documents.
  static func shortPosition(_ location: SourceLocation, language: Language = .vi) -> String {
    if let line = location.line { return "\(line):\(location.column ?? 1)" }
    var text = location.paragraph.map { "¶\($0)" } ?? ""
    if let cell = location.cell { text += (text.isEmpty ? "" : " ") + cellPosition(cell, language: language) }
    return text
  }

  /// "bảng 2 [3,4]" / "table 2 [3,4]": a table cell, counted from 1.
  static func cellPosition(_ cell: TableCellAddress, language: Language) -> String {
    Messages.tableNumber(cell.table).text(in: language) + " [\(cell.row),\(cell.column)]"
  }

  /// "2025-11-23T12:43:05Z".
  static func iso8601(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// "2025-11-23T19:43:05" in `timeZone` (JUnit's timestamp has no zone).
  static func localISO8601(_ date: Date, timeZone: TimeZone) -> String {
    let parts = components(date, timeZone)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0,
      parts.second ?? 0)
  }

  /// "23/11/2025 19:43 (UTC+07:00)".
  static func humanDate(_ date: Date, timeZone: TimeZone) -> String {
    let parts = components(date, timeZone)
    let offset = timeZone.secondsFromGMT(for: date)
    let sign = offset < 0 ? "-" : "+"
    let zone = String(format: "UTC%@%02d:%02d", sign, abs(offset) / 3600, abs(offset) % 3600 / 60)
    return String(
      format: "%02d/%02d/%04d %02d:%02d (%@)", parts.day ?? 0, parts.month ?? 0, parts.year ?? 0, parts.hour ?? 0, parts.minute ?? 0, zone)
  }

  private static func components(_ date: Date, _ timeZone: TimeZone) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
  }

  /// "4.000,5" in Vietnamese, "4,000.5" in English; at most `decimals` decimals, trailing
  /// zeros dropped.
  static func number(_ value: Double, decimals: Int = 2, language: Language) -> String {
    VietnameseNumber.format(Decimal(value), fractionDigits: decimals, language: language)
  }

  /// "9,5%" for 0.095.
  static func percent(_ share: Double, language: Language) -> String {
    number(share * 100, decimals: 1, language: language) + "%"
  }
}
