/// Every rule kind the linter has. Explicit on purpose: a test checks that each
/// `*Rule.swift` is listed here and that kind ids are unique.
public enum BuiltInRules {
  public static let kinds: [any RuleKind.Type] = [
    RequiredSectionsRule.self,
    SectionOrderRule.self,
    SectionNumberingRule.self,
    EmptySectionRule.self,
    PlaceholderRule.self,
    TemplateInstructionRule.self,
    QuantifiedTargetsRule.self,
    RequiredTopicRule.self,
    ProjectRowCompletenessRule.self,
    ProjectTotalsRule.self,
    SecuritySpendingShareRule.self,
    DigitalGovernmentBudgetShareRule.self,
    ProjectTimeFrameRule.self,
    RoadmapYearsRule.self,
    DatesWithinPeriodRule.self,
    PlanDeadlineRule.self,
    LegalNumberFormatRule.self,
    ImpossibleCitationDateRule.self,
    CatalogDateRule.self,
    ConflictingCitationDatesRule.self,
    CitationAfterPlanDateRule.self,
    RequiredLegalBasesRule.self,
    ReviewListCoverageRule.self,
    ReplacedDocumentRule.self,
    IssuerSymbolRule.self,
    DraftHygieneRule.self,
    DecreeFormatRule.self,
  ]

  /// Names of rule sets a setting may name to reach every rule whose id contains the name
  /// (`rules: {hygiene: off}`, `rules: {the-thuc: off}`).
  public static let ruleSets = [DraftHygieneRule.setName, DecreeFormatRule.setName]

  /// The kind with the given id.
  public static func kind(named id: String) -> (any RuleKind.Type)? {
    kinds.first { $0.description.kind == id }
  }
}
