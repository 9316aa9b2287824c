/// What a rule sees while checking one plan.
public struct RuleContext: Sendable {
  public let document: PlanDocument
  public let outline: Outline
  /// The profile (framework) the plan is checked against.
  public let profile: Profile
  /// The run's settings (unit level, plan date given on the command line, …).
  public let configuration: Configuration
  /// Shared data loaded from `Rules/` (legal catalog, …).
  public let resources: RuleResources
  /// What several rules compute from this document, computed once.
  public let cache = AnalysisCache()

  public init(
    document: PlanDocument, outline: Outline, profile: Profile, configuration: Configuration,
    resources: RuleResources = RuleResources()
  ) {
    self.document = document
    self.outline = outline
    self.profile = profile
    self.configuration = configuration
    self.resources = resources
  }

  /// A finding at `location`, inside block `blockIndex` (which gives the heading path and
  /// the quote a reader uses to find the place in Word).
  public func finding(
    _ info: RuleInfo, _ message: LocalizedText, at location: SourceLocation, blockIndex: Int?,
    fixHint: LocalizedText? = nil
  ) -> Finding {
    var headingPath: [String] = []
    var quote: String?
    if let blockIndex, document.blocks.indices.contains(blockIndex) {
      headingPath = outline.headingPath(forBlock: blockIndex)
      quote = document.blocks[blockIndex].quote()
    }
    return Finding(
      ruleID: info.id, kind: info.kind, severity: info.severity, message: message, location: location,
      source: info.source, headingPath: headingPath, quote: quote, fixHint: fixHint)
  }
}
