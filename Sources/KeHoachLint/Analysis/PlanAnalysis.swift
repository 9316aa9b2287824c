import Foundation

/// What the rules and the report know about one plan, each fact computed once on first use
/// and typed: the text index, the legal review, the project lists and budget, the unit's
/// level. Rules read it through `RuleContext.analysis`; the report's facts (`PlanFacts`) are
/// filled from the same store, so a report shows what the checks computed.
///
/// Rules of one plan may run on several threads: a fact asked for twice at once is made once,
/// the second caller waiting for it.
public final class PlanAnalysis: Sendable {
  public let document: PlanDocument
  public let outline: Outline
  public let profile: Profile
  public let configuration: Configuration
  public let resources: RuleResources

  private let textIndexSlot = Lazy<TextIndex>()
  private let legalReviewSlot = Lazy<LegalReview>()
  private let projectListsSlot = Lazy<[ProjectList]>()
  private let budgetSlot = Lazy<BudgetSummary?>()
  private let unitLevelSlot = Lazy<UnitLevel?>()
  private let citationRowsSlot = Lazy<[CitationTable.Row]>()
  private let reviewCoverageSlot = Lazy<ReviewCoverage?>()
  private let decreeHeaderSlot = Lazy<DecreeFormatText.Header>()

  public init(document: PlanDocument, outline: Outline, profile: Profile, configuration: Configuration, resources: RuleResources) {
    self.document = document
    self.outline = outline
    self.profile = profile
    self.configuration = configuration
    self.resources = resources
  }

  /// The header lines the decree's format checks read (one instance per check).
  var decreeHeader: DecreeFormatText.Header { decreeHeaderSlot.get { DecreeFormatText.Header(document.blocks) } }

  /// Every text of the plan with its place, folded once.
  public var textIndex: TextIndex { textIndexSlot.get { TextIndex(document: document) } }

  /// The plan's citations read against the catalog.
  public var legalReview: LegalReview {
    legalReviewSlot.get {
      LegalReview(
        document: document, textIndex: textIndex, catalog: resources.legalCatalog, configuredPlanDate: configuration.planDate)
    }
  }

  /// The lists of planned tasks and projects (lists assessing the past left out).
  public var plannedProjectLists: [ProjectList] { projectListsSlot.get { ProjectList.planned(in: document, outline: outline) } }

  /// The budget figures of the planned lists, security counted with the profile's vocabulary;
  /// nil when the plan has no project list.
  public var budget: BudgetSummary? {
    budgetSlot.get { BudgetSummary(lists: plannedProjectLists, vocabulary: profile.securityVocabulary) }
  }

  /// The unit's level: configured, else read from the plan's header (the lowest issuing body).
  public var unitLevel: UnitLevel? {
    unitLevelSlot.get { configuration.unitLevel ?? UnitLevel.infer(from: document) }
  }

  /// The guidance's deadline for drafts at the unit's level, and where it is set.
  public var draftDeadline: (date: CivilDate, source: GuidanceSource)? {
    guard let level = unitLevel, let deadlines = profile.draftDeadlines, let date = deadlines.byLevel[level] else { return nil }
    return (date, deadlines.source)
  }

  /// Every citation with its catalog entry, problems and section: the reviewer's table.
  public var citationRows: [CitationTable.Row] { citationRowsSlot.get { CitationTable.rows(of: legalReview, outline: outline) } }

  /// How much of the profile's review list (Phụ lục III) the plan mentions; nil when the
  /// profile has none.
  public var reviewCoverage: ReviewCoverage? {
    reviewCoverageSlot.get { profile.reviewList.map { legalReview.coverage(of: $0) } }
  }
}

/// A value made once, on first use, under its own lock (so making it may use other slots).
final class Lazy<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value?

  func get(_ make: () -> Value) -> Value {
    lock.withLock {
      if let value { return value }
      let made = make()
      value = made
      return made
    }
  }
}
