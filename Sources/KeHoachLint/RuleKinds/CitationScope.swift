/// The common field of the citation rules: which sections to check (`within:`, titles compared
/// folded; a title also covers sections whose title starts with it). Empty, or no such section
/// in the plan: the whole plan.
public struct CitationScope: Decodable, Sendable {
  public var within: SectionScope

  enum CodingKeys: String, CodingKey, CaseIterable { case within }

  public init(within: SectionScope = SectionScope([])) { self.within = within }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    within = try container.decodeIfPresent(SectionScope.self, forKey: .within) ?? SectionScope([])
  }

  /// The review's entries in scope (all of them when the plan has no such section).
  func entries(of review: LegalReview, outline: Outline) -> [(citation: Citation, match: CatalogMatch)] {
    review.entries(in: within, outline: outline)
  }
}

extension RuleContext {
  /// A finding about one citation, at `location` (the part at fault).
  func finding(
    _ info: RuleInfo, _ problem: CitationProblem, citation: Citation, at location: SourceLocation, fix: Fix? = nil
  ) -> Finding {
    finding(info, Messages.citationProblem(problem, in: citation), at: location, blockIndex: citation.place.blockIndex, fix: fix)
  }
}
