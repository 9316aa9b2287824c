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
  /// Each block's texts (its text, or every table cell), folded for phrase searches.
  let blockTexts: [[FoldedText]]
  let noteTexts: [FoldedText]

  /// The folded texts of blocks `range`.
  func texts(blocks range: Range<Int>) -> [FoldedText] {
    blockTexts[range.clamped(to: blockTexts.indices)].flatMap { $0 }
  }

  public init(document: PlanDocument, catalog: LegalCatalog, configuredPlanDate: CivilDate? = nil) {
    self.document = document
    self.catalog = catalog
    let planDate =
      document.header.placeAndDate?.date ?? configuredPlanDate
      ?? document.header.placeAndDate?.year.flatMap { CivilDate(year: $0, month: 12, day: 31) }
    self.planDate = planDate
    let scan = CitationExtractor(catalog: catalog).scan(document)
    let citations = scan.citations
    self.citations = citations
    self.blockTexts = scan.blockTexts
    self.noteTexts = scan.noteTexts
    self.matches = citations.map { catalog.match($0, asOf: planDate) }
  }

  /// The review of the context's document, made once and shared by the legal rules.
  public static func of(_ context: RuleContext) -> LegalReview {
    context.cache.value("legal-review") {
      LegalReview(
        document: context.document, catalog: context.resources.legalCatalog, configuredPlanDate: context.configuration.planDate)
    }
  }

  /// Citations with their catalog matches, in document order.
  public var entries: [(citation: Citation, match: CatalogMatch)] { Array(zip(citations, matches)) }

  /// The sections titled like one of `titles` (compared on folded keys; "CĂN CỨ LẬP KẾ
  /// HOẠCH" = "Căn cứ lập kế hoạch"), and every section whose title starts with one.
  public static func sections(titled titles: [String], in outline: Outline) -> [Outline.Node] {
    let keys = titles.map(VietnameseFolding.titleKey)
    return outline.allNodes.filter { node in
      guard !node.isPoint else { return false }
      let key = VietnameseFolding.titleKey(node.title)
      return keys.contains { key == $0 || key.hasPrefix($0 + " ") }
    }
  }

  /// The entries whose block lies in one of `sections`.
  public func entries(in sections: [Outline.Node]) -> [(citation: Citation, match: CatalogMatch)] {
    entries.filter { entry in
      guard let block = entry.citation.place.blockIndex else { return false }
      return sections.contains { $0.blockIndex <= block && block < $0.endBlockIndex }
    }
  }

  /// The entries within the sections titled `titles`; all of them when `titles` is empty or no
  /// such section exists.
  public func entries(within titles: [String], outline: Outline) -> [(citation: Citation, match: CatalogMatch)] {
    guard !titles.isEmpty else { return entries }
    let sections = Self.sections(titled: titles, in: outline)
    return sections.isEmpty ? entries : entries(in: sections)
  }
}

extension SourceLocation {
  /// "178:12" for text formats, "¶12" for Word documents: a place in a message.
  var shortDescription: String {
    if let line { return "\(line):\(column ?? 1)" }
    return "¶\(paragraph ?? 0)"
  }
}
