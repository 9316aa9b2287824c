import Foundation

/// Applies a configuration's waivers to the reports of the plans it governs.
extension ProjectConfiguration {
  /// `reports` with the findings a live waiver covers marked as waived, an `expired-waiver`
  /// error for each waiver past its date and an `unused-waiver` warning for each live waiver
  /// that covered nothing. Both are reported once, in the first plan the waiver names (a
  /// waiver naming no plan of this run is left alone: the run may check only some files).
  public func applyWaivers(to reports: [FileReport], today: CivilDate) -> [FileReport] {
    guard !waivers.isEmpty else { return reports }
    var reports = reports
    var used = Array(repeating: false, count: waivers.count)
    var firstNamed: [Int?] = Array(repeating: nil, count: waivers.count)
    for index in reports.indices where reports[index].error == nil {
      let relative = relativePath(reports[index].path)
      for (position, waiver) in waivers.enumerated() where firstNamed[position] == nil && waiver.names(relativePath: relative) {
        firstNamed[position] = index
      }
      var findings = reports[index].findings
      for findingIndex in findings.indices where findings[findingIndex].waiver == nil {
        guard
          let position = waivers.indices.first(where: {
            !waivers[$0].isExpired(on: today) && waivers[$0].covers(findings[findingIndex], relativePath: relative)
          })
        else { continue }
        findings[findingIndex].waiver = waivers[position].note
        used[position] = true
      }
      reports[index] = reports[index].with(findings: findings)
      reports[index].verdicts = Self.waivingVerdicts(reports[index])
    }
    for (position, waiver) in waivers.enumerated() {
      guard let index = firstNamed[position] else { continue }
      let finding: Finding
      if waiver.isExpired(on: today) {
        finding = Self.waiverFinding(BuiltInRules.expiredWaiver, waiver, Messages.expiredWaiver(waiver))
      } else if !used[position] {
        finding = Self.waiverFinding(BuiltInRules.unusedWaiver, waiver, Messages.unusedWaiver(waiver))
      } else {
        continue
      }
      guard !isOff(finding.ruleID) else { continue }
      var adjusted = finding
      if case .severity(let severity)? = rules[finding.ruleID] { adjusted.severity = severity }
      reports[index] = reports[index].with(findings: reports[index].findings + [adjusted])
    }
    return reports
  }

  private func isOff(_ id: String) -> Bool { rules[id] == .off }

  /// A requirement not met only by waived findings is `waived`: accepted on purpose, not met.
  private static func waivingVerdicts(_ report: FileReport) -> [RequirementVerdict] {
    report.verdicts.map { verdict in
      let against = report.findings.filter { $0.ruleID == verdict.ruleID && $0.severity >= .warning }
      guard verdict.status == .notMet, !against.isEmpty, against.allSatisfy({ $0.waiver != nil }) else { return verdict }
      var waived = verdict
      waived.status = .waived
      return waived
    }
  }

  private static func waiverFinding(_ rule: EngineRule, _ waiver: Waiver, _ message: LocalizedText) -> Finding {
    let info = rule.info
    return Finding(
      ruleID: info.id, kind: info.kind, severity: info.severity, message: message,
      location: SourceLocation(file: waiver.configurationFile ?? fileName, line: waiver.line, column: waiver.column),
      source: info.source)
  }
}

extension CivilDate {
  /// The calendar date of `date` in `timeZone` (a run's "today").
  public init(_ date: Date, timeZone: TimeZone = .current) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(year: 1970, month: 1, day: 1)!
  }
}
