import Foundation

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

/// Budget figures of a plan, in million đồng (triệu đồng). The amounts are rounded to the đồng
/// (six decimals) and written to JSON as exact decimals ("4896.666667", never a binary
/// fraction's "12500.499999999998").
public struct BudgetFacts: Sendable, Hashable, Codable {
  /// One task counted in a category.
  public struct Row: Sendable, Hashable, Codable {
    public var name: String
    public var amount: Double
    public var location: SourceLocation

    enum CodingKeys: String, CodingKey { case name, amount, location }

    public init(name: String, amount: Double, location: SourceLocation) {
      self.name = name
      self.amount = amount
      self.location = location
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encode(BudgetFacts.exact(amount), forKey: .amount)
      try container.encode(location, forKey: .location)
    }
  }

  enum CodingKeys: String, CodingKey {
    case total, statedTotal, securityAmount, securityShare, perYear, perYearIsDerived, perSource, securityRows
  }

  /// The decimal a figure was made from: the shortest text that reads back as `value`.
  static func exact(_ value: Double) -> Decimal {
    Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(total.map(Self.exact), forKey: .total)
    try container.encodeIfPresent(statedTotal.map(Self.exact), forKey: .statedTotal)
    try container.encodeIfPresent(securityAmount.map(Self.exact), forKey: .securityAmount)
    try container.encodeIfPresent(securityShare.map(Self.exact), forKey: .securityShare)
    try container.encode(perYear.mapValues(Self.exact), forKey: .perYear)
    try container.encode(perYearIsDerived, forKey: .perYearIsDerived)
    try container.encode(perSource.mapValues(Self.exact), forKey: .perSource)
    try container.encode(securityRows, forKey: .securityRows)
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
  /// Total per funding source as written ("NSĐP - Chi đầu tư phát triển"); rows that name no
  /// source count under "không ghi nguồn", so the figures add up to `total`.
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
