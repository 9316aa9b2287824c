extension Linter {
  /// The reviewer's table of a plan's citations, read against the catalog this linter loaded,
  /// with the review-list coverage of the plan's profile (when it has such a rule).
  public func citationTable(for document: PlanDocument) throws(KeHoachLintError) -> CitationTable {
    let outline = Outline(document: document)
    let review = LegalReview(document: document, catalog: resources.legalCatalog, configuredPlanDate: configuration.planDate)
    let rules = try pack(for: document)?.rules() ?? []
    let coverage = rules.compactMap { $0 as? ReviewListCoverageRule }.map { $0.coverage(in: review) }
    return CitationTable(review: review, outline: outline, coverage: coverage)
  }
}
