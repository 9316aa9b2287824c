/// Whether one requirement of a profile is met by a plan, as compliance reports state it
/// beside the findings ("28/31 yêu cầu đạt").
public struct RequirementVerdict: Sendable, Hashable, Codable {
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    case met
    case notMet = "not-met"
    /// The requirement does not apply to this plan (an optional section left out, a rule
    /// switched off).
    case notApplicable = "not-applicable"
    /// The linter cannot decide; a person should look.
    case needsReview = "needs-review"
    /// Not met, and every finding that says so is covered by a waiver (a departure accepted on
    /// purpose, with its approver: `waivers:` in `.kehoach-lint.yml`).
    case waived
  }

  /// Stable id: the rule id, with the item for rules that check several things
  /// (`pl1-required-sections/Phần II/VI`).
  public var id: String
  public var ruleID: String
  public var title: LocalizedText
  public var status: Status
  public var source: GuidanceSource
  /// The rule's severity as configured (what SARIF states as the rule's default level); set
  /// by the linter.
  public var severity: Severity?

  public init(id: String, ruleID: String, title: LocalizedText, status: Status, source: GuidanceSource) {
    self.id = id
    self.ruleID = ruleID
    self.title = title
    self.status = status
    self.source = source
  }

  /// The single requirement a rule instance stands for.
  public init(rule info: RuleInfo, status: Status) {
    self.init(id: info.id, ruleID: info.id, title: info.resolvedTitle, status: status, source: info.source)
  }
}

extension Rule {
  /// One requirement per rule instance: met when it found nothing, not met on an error or
  /// warning, needing review when it only has information to give.
  public func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict] {
    let status: RequirementVerdict.Status =
      findings.isEmpty ? .met : findings.contains { $0.severity >= .warning } ? .notMet : .needsReview
    return [RequirementVerdict(rule: info, status: status)]
  }
}

/// Coverage figures over a set of verdicts.
public struct RequirementCoverage: Sendable, Hashable {
  public let met: Int
  /// Requirements that apply (everything but not-applicable).
  public let applicable: Int

  public init(_ verdicts: [RequirementVerdict]) {
    met = verdicts.filter { $0.status == .met }.count
    applicable = verdicts.filter { $0.status != .notApplicable }.count
  }

  /// "28/31 yêu cầu đạt".
  public func text(in language: Language) -> String {
    language == .vi ? "\(met)/\(applicable) yêu cầu đạt" : "\(met)/\(applicable) requirements met"
  }
}
