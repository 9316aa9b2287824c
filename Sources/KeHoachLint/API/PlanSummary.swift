/// What a report shows about a plan besides findings: its header, and the facts the checks
/// computed (budget, legal citations), taken from the same analysis the rules read.
public struct PlanSummary: Sendable, Hashable, Codable {
  /// The issuing body ("ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG").
  public var unit: String?
  /// "125/KH-UBND".
  public var number: String?
  /// "Trà Bồng, ngày 25 tháng 9 năm 2020".
  public var placeAndDate: String?
  public var date: CivilDate?
  public var title: String?
  /// The profile's title.
  public var profileTitle: LocalizedText?
  /// The version of the rule pack (profile) the plan was checked with, for provenance.
  public var profileVersion: String?
  /// The latest date the plan can bear, as the legal checks used it (its own date, else
  /// `--date`, else the last day of its year).
  public var planDate: CivilDate?
  /// Budget figures, when the plan has a project list.
  public var budget: BudgetFacts?
  /// Every legal citation found, in document order, as the legal checks read it.
  public var citations: [CitationFacts]
  /// How much of the profile's review list (Phụ lục III) the plan mentions.
  public var reviewCoverage: ReviewCoverage?
  /// The unit's level (`--level`, the configuration, or read from the issuing body).
  public var unitLevel: UnitLevel?
  /// The guidance's deadline for drafts at that level, and where it is set.
  public var deadline: CivilDate?
  public var deadlineSource: GuidanceSource?

  public init(document: PlanDocument, profile: Profile?) {
    let header = document.header
    unit = header.issuingBody?.text
    number = header.number?.text
    placeAndDate = header.placeAndDate?.text
    date = header.placeAndDate?.date
    title = header.title?.text
    profileTitle = profile?.title
    profileVersion = profile?.version
    citations = []
  }

  /// The summary with every fact the analysis holds.
  init(analysis: PlanAnalysis) {
    self.init(document: analysis.document, profile: analysis.profile)
    addFacts(from: analysis)
  }

  /// The facts of `analysis` (legal citations and the budget hold whatever the profile).
  mutating func addFacts(from analysis: PlanAnalysis) {
    planDate = analysis.legalReview.planDate
    unitLevel = analysis.unitLevel
    deadline = analysis.draftDeadline?.date
    deadlineSource = analysis.draftDeadline?.source
    budget = analysis.budget?.facts
    citations = analysis.citationRows.map(CitationFacts.init)
    reviewCoverage = analysis.reviewCoverage
  }
}

/// Budget figures of a plan, in million đồng (triệu đồng).
public struct BudgetFacts: Sendable, Hashable, Codable {
  /// One task counted in a category.
  public struct Row: Sendable, Hashable, Codable {
    public var name: String
    public var amount: Double
    public var location: SourceLocation
  }

  /// The sum of the tasks' amounts (computed).
  public var total: Double?
  /// The list's own total row (stated by the plan), when it has one.
  public var statedTotal: Double?
  /// Nil when the profile counts no security spending.
  public var securityAmount: Double?
  /// Security spending over the total, 0…1.
  public var securityShare: Double?
  /// Total per year of the plan period.
  public var perYear: [Int: Double]
  /// Whether `perYear` is derived (each multi-year task spread evenly over its years) rather
  /// than read from the list's year columns.
  public var perYearIsDerived: Bool
  /// Total per funding source as written ("NSĐP - Chi đầu tư phát triển").
  public var perSource: [String: Double]
  /// The rows counted as information security.
  public var securityRows: [Row]

  public init(
    total: Double? = nil, statedTotal: Double? = nil, securityAmount: Double? = nil, securityShare: Double? = nil,
    perYear: [Int: Double] = [:], perYearIsDerived: Bool = false, perSource: [String: Double] = [:], securityRows: [Row] = []
  ) {
    self.total = total
    self.statedTotal = statedTotal
    self.securityAmount = securityAmount
    self.securityShare = securityShare
    self.perYear = perYear
    self.perYearIsDerived = perYearIsDerived
    self.perSource = perSource
    self.securityRows = securityRows
  }
}
