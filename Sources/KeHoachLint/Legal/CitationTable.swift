/// A reviewer's table of a plan's legal bases: every citation, where it is, what it matched in
/// the catalog and what is wrong with it (`kehoach-lint citations`).
public struct CitationTable: Sendable {
  public struct Row: Sendable {
    public let citation: Citation
    public let match: CatalogMatch
    public let problems: [CitationProblem]
    /// The heading path of the citation's block.
    public let section: [String]
  }

  public let file: String
  public let planDate: CivilDate?
  public let rows: [Row]
  /// Coverage of the lists of documents the guidance asks units to review (Phụ lục III).
  public let coverage: [ReviewCoverage]

  /// `coverageRules`: the plan's profile's coverage instances, if any.
  public init(review: LegalReview, outline: Outline, coverage: [ReviewCoverage] = []) {
    file = review.document.file
    planDate = review.planDate
    self.coverage = coverage
    var conflicting: [Citation: CitationProblem] = [:]
    for group in review.dateConflicts() {
      for citation in group { conflicting[citation] = .conflictingDates(LegalReview.describeDates(group)) }
    }
    let trusted = Set(LegalDocument.Verification.allCases.filter(\.isTrusted))
    rows = review.entries.map { citation, match in
      let problems = [
        review.numberProblem(of: citation, match: match), review.dateProblem(of: citation),
        review.catalogDateProblem(of: citation, match: match, trusting: trusted), conflicting[citation],
        review.afterPlanProblem(of: citation, match: match), review.replacementProblem(of: citation, match: match),
      ].compactMap { $0 }
      let section = citation.place.blockIndex.map { outline.headingPath(forBlock: $0) } ?? []
      return Row(citation: citation, match: match, problems: problems, section: section)
    }
  }
}

/// How many of a guidance's listed documents a plan mentions.
public struct ReviewCoverage: Sendable, Hashable {
  /// The list, as the guidance names it ("Phụ lục III").
  public let list: String
  public let mentioned: [String]
  public let missing: [String]

  public var total: Int { mentioned.count + missing.count }
}
