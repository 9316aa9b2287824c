/// What a report shows about a plan besides findings: its header, and the figures other
/// checks compute (budget, legal citations) when they ran.
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
  /// Budget figures, when the plan has a project list the spending checks could read.
  public var budget: BudgetFacts?
  /// The legal citations found, when the legal checks ran.
  public var citations: [CitationFacts]

  public init(document: PlanDocument, profile: Profile?) {
    let header = document.header
    unit = header.issuingBody?.text
    number = header.number?.text
    placeAndDate = header.placeAndDate?.text
    date = header.placeAndDate?.date
    title = header.title?.text
    profileTitle = profile?.title
    citations = []
  }
}

/// Budget figures of a plan, in million đồng (triệu đồng).
public struct BudgetFacts: Sendable, Hashable, Codable {
  public var total: Double?
  public var securityAmount: Double?
  /// Security spending over the total, 0…1.
  public var securityShare: Double?
  /// Total per year of the plan period (a row spanning years counts in each year pro rata).
  public var perYear: [Int: Double]
  /// Total per funding source as written ("NSĐP - Chi đầu tư phát triển").
  public var perSource: [String: Double]

  public init(
    total: Double? = nil, securityAmount: Double? = nil, securityShare: Double? = nil, perYear: [Int: Double] = [:],
    perSource: [String: Double] = [:]
  ) {
    self.total = total
    self.securityAmount = securityAmount
    self.securityShare = securityShare
    self.perYear = perYear
    self.perSource = perSource
  }
}

/// One legal citation as a report lists it.
public struct CitationFacts: Sendable, Hashable, Codable {
  /// As written ("Quyết định số 749/QĐ-TTg ngày 03/6/2020").
  public var text: String
  public var number: String?
  public var location: SourceLocation
  /// `ok`, `wrong-date`, `malformed`, `replaced`, `unknown` …
  public var status: String
  /// The catalog's title for the document, when it is known.
  public var catalogTitle: String?

  public init(text: String, number: String?, location: SourceLocation, status: String, catalogTitle: String?) {
    self.text = text
    self.number = number
    self.location = location
    self.status = status
    self.catalogTitle = catalogTitle
  }
}
