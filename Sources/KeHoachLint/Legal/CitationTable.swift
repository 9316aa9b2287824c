/// A reviewer's table of a plan's legal bases: every citation, where it is, what it matched in
/// the catalog and what is wrong with it. Made once per plan by `PlanAnalysis.citationRows`;
/// reports list it as `PlanSummary.citations`.
public enum CitationTable {
  public struct Row: Sendable {
    public let citation: Citation
    public let match: CatalogMatch
    public let problems: [CitationProblem]
    /// The heading path of the citation's block.
    public let section: [String]
  }

  /// Every citation of `review` with its problems, each check run once (the legal rule kinds
  /// report the same problems).
  static func rows(of review: LegalReview, outline: Outline) -> [Row] {
    var conflicting: [Citation: CitationProblem] = [:]
    for group in review.dateConflicts() {
      for citation in group { conflicting[citation] = .conflictingDates(LegalReview.describeDates(group)) }
    }
    let trusted = Set(LegalDocument.Verification.allCases.filter(\.isTrusted))
    return review.entries.map { citation, match in
      let problems = [
        review.numberProblem(of: citation, match: match), review.dateProblem(of: citation),
        review.catalogDateProblem(of: citation, match: match, trusting: trusted), conflicting[citation],
        review.afterPlanProblem(of: citation, match: match), review.replacementProblem(of: citation, match: match),
        review.issuerProblem(of: citation),
      ].compactMap { $0 }
      let section = citation.place.blockIndex.map { outline.headingPath(forBlock: $0) } ?? []
      return Row(citation: citation, match: match, problems: problems, section: section)
    }
  }
}

/// How many of a guidance's listed documents a plan mentions.
public struct ReviewCoverage: Sendable, Hashable, Codable {
  /// The list, as the guidance names it ("Phụ lục III").
  public let list: String
  public let mentioned: [String]
  public let missing: [String]

  public var total: Int { mentioned.count + missing.count }
}
