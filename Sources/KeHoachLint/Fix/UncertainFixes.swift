extension Linter {
  /// Drops the fixes that the plan's other findings make uncertain. A section number skipped
  /// where a required section is reported missing is free because that section is missing: the
  /// drafter adds the section, and renumbering the ones after it would hide the place it goes.
  static func withoutUncertainFixes(_ findings: [Finding]) -> [Finding] {
    let missingSectionPlaces = Set(
      findings.filter { $0.kind == RequiredSectionsRule.description.kind }.map(\.location))
    guard !missingSectionPlaces.isEmpty else { return findings }
    return findings.map { finding in
      guard finding.fix != nil, finding.kind == SectionNumberingRule.description.kind,
        missingSectionPlaces.contains(finding.location)
      else { return finding }
      var uncertain = finding
      uncertain.fix = nil
      return uncertain
    }
  }
}
