/// What a rule sees while checking one plan.
public struct RuleContext: Sendable {
  /// What the checks compute from the plan, once; the report reads the same store.
  public let analysis: PlanAnalysis

  public var document: PlanDocument { analysis.document }
  public var outline: Outline { analysis.outline }
  /// The profile (framework) the plan is checked against.
  public var profile: Profile { analysis.profile }
  /// The run's settings (unit level, plan date given on the command line, …).
  public var configuration: Configuration { analysis.configuration }
  /// Shared data loaded from `Rules/` (legal catalog, …).
  public var resources: RuleResources { analysis.resources }

  public init(
    document: PlanDocument, outline: Outline, profile: Profile, configuration: Configuration,
    resources: RuleResources = RuleResources()
  ) {
    analysis = PlanAnalysis(document: document, outline: outline, profile: profile, configuration: configuration, resources: resources)
  }

  /// A finding at `location`, inside block `blockIndex` (which gives the heading path and
  /// the quote a reader uses to find the place in Word).
  public func finding(
    _ info: RuleInfo, _ message: LocalizedText, at location: SourceLocation, blockIndex: Int?,
    fixHint: LocalizedText? = nil, fix: Fix? = nil
  ) -> Finding {
    var headingPath: [String] = []
    var quote: String?
    if let blockIndex, document.blocks.indices.contains(blockIndex) {
      headingPath = outline.headingPath(forBlock: blockIndex)
      quote = document.blocks[blockIndex].quote()
      // A table has no text of its own: quote the cell's place (Word shows no paragraph numbers).
      if let cell = location.cell { quote = CellQuote.quote(for: cell, blockIndex: blockIndex, analysis: analysis) ?? quote }
    }
    return Finding(
      ruleID: info.id, kind: info.kind, severity: info.severity, message: message, location: location,
      source: info.source, headingPath: headingPath, quote: quote, fixHint: fixHint, fix: fix)
  }
}
