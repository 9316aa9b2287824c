/// A plan's citations read against the catalog: what the legal rules and the `citations`
/// table share, computed once per use.
public struct LegalReview: Sendable {
  public let document: PlanDocument
  public let citations: [Citation]
  public let catalog: LegalCatalog
  /// The latest date the plan can bear: its own date, else the configured one, else the last
  /// day of the year its date line gives ("ngày … tháng … năm 2020").
  public let planDate: CivilDate?
  /// The catalog entry of each citation (same order as `citations`).
  public let matches: [CatalogMatch]
  /// Every text of the plan, folded (shared with the other rules).
  public let textIndex: TextIndex

  public init(document: PlanDocument, textIndex: TextIndex, catalog: LegalCatalog, configuredPlanDate: CivilDate? = nil) {
    self.document = document
    self.catalog = catalog
    self.textIndex = textIndex
    let planDate =
      document.header.placeAndDate?.date ?? configuredPlanDate
      ?? document.header.placeAndDate?.year.flatMap { CivilDate(year: $0, month: 12, day: 31) }
    self.planDate = planDate
    let citations = CitationExtractor(catalog: catalog).citations(in: textIndex)
    self.citations = citations
    self.matches = citations.map { catalog.match($0, asOf: planDate) }
  }

  /// The review of the context's document, made once and shared by the legal rules.
  public static func of(_ context: RuleContext) -> LegalReview { context.analysis.legalReview }

  /// Citations with their catalog matches, in document order.
  public var entries: [(citation: Citation, match: CatalogMatch)] { Array(zip(citations, matches)) }

  /// The entries whose block lies in one of `sections`.
  public func entries(in sections: [Outline.Node]) -> [(citation: Citation, match: CatalogMatch)] {
    entries.filter { entry in
      guard let block = entry.citation.place.blockIndex else { return false }
      return sections.contains { $0.contains(block: block) }
    }
  }

  /// The entries in `scope`; all of them when the scope is the whole plan or the plan has no
  /// such section (a citation rule never goes silent because a section is named otherwise).
  public func entries(in scope: SectionScope, outline: Outline) -> [(citation: Citation, match: CatalogMatch)] {
    switch scope.resolve(in: outline) {
    case .sections(let sections): entries(in: sections)
    case .wholePlan, .absent: entries
    }
  }

  /// The folded texts of `sections`.
  func texts(in sections: [Outline.Node]) -> [FoldedText] {
    sections.flatMap { textIndex.entries(inBlocks: $0.blockIndex..<$0.endBlockIndex).map(\.folded) }
  }

  /// Which documents of `list` the plan mentions anywhere (notes included), and which not.
  public func coverage(of list: ReviewList) -> ReviewCoverage {
    let texts = textIndex.entries.map(\.folded)
    var mentioned: [String] = []
    var missing: [String] = []
    for basis in list.documents {
      let name = basis.shortName(in: catalog)
      if basis.isMentioned(by: entries, texts: texts, catalog: catalog) {
        mentioned.append(name)
      } else {
        missing.append(name)
      }
    }
    return ReviewCoverage(list: list.name, mentioned: mentioned, missing: missing)
  }
}

extension LegalReview {
  /// Whether `sections` cite the plan named by one of `phrases` (see the static form).
  func citesPlan(named phrases: [String], in sections: [Outline.Node]) -> Bool {
    Self.citesPlan(named: phrases, entries: entries(in: sections), texts: texts(in: sections))
  }

  /// Whether `entries` cite a plan ("Kế hoạch số 123/KH-UBND") in one of `texts` that names it
  /// by one of `phrases` ("giai đoạn 2021-2025", "05 năm"): the approved five-year plan an
  /// annual plan rests on (Công văn 2606/BTTTT-THH mục 1: "Căn cứ nội dung Kế hoạch 05 năm …
  /// đã được phê duyệt").
  static func citesPlan(
    named phrases: [String], entries: [(citation: Citation, match: CatalogMatch)], texts: [FoldedText]
  ) -> Bool {
    guard !phrases.isEmpty else { return false }
    let planCited = entries.contains { $0.citation.type == .keHoach || $0.citation.number?.value.typeCode == "KH" }
    guard planCited else { return false }
    let keys = phrases.map { Profile.detectionKey($0) }
    return texts.contains { text in
      let key = Profile.detectionKey(text.original)
      return key.contains(Profile.detectionKey("Kế hoạch")) && keys.contains { key.contains($0) }
    }
  }
}

extension SourceLocation {
  /// "178:12" for text formats, "¶12" for Word documents: a place in a message.
  var shortDescription: String {
    if let line { return "\(line):\(column ?? 1)" }
    return "¶\(paragraph ?? 0)"
  }
}
