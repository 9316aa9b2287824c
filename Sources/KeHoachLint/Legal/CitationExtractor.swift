/// Finds every citation of a legal or administrative document in a plan: in every text of its
/// text index (paragraphs, list items, headings, table cells, nested tables, notes).
///
/// Matching runs on folded characters, so NFD drafts, capitals and missing diacritics are read
/// alike; positions are character offsets into each block's own text, turned into locations by
/// the block's text map (never by searching the source again).
public struct CitationExtractor: Sendable {
  private let knownLawNames: [[ScanText.Word]]

  /// `catalog` supplies the names of laws cited without a number ("Luật An toàn thông tin
  /// mạng"), so lower-case names are read to their exact end.
  public init(catalog: LegalCatalog = LegalCatalog()) {
    knownLawNames = catalog.lawNames
      .map { ScanText.words($0) }
      .sorted { $0.joined().count > $1.joined().count }
  }

  /// All citations in document order.
  public func citations(in document: PlanDocument) -> [Citation] { citations(in: TextIndex(document: document)) }

  /// All citations in the texts of `index`, in document order.
  public func citations(in index: TextIndex) -> [Citation] {
    index.entries.flatMap { entry in citations(in: ScanText(entry.folded), place: entry.place, locate: entry.location(at:)) }
  }

  /// The citations in one text; `locate` maps an index of `text` to its source location.
  public func citations(in text: String, place: Citation.Place, locate: (String.Index) -> SourceLocation) -> [Citation] {
    citations(in: ScanText(text), place: place, locate: locate)
  }

  private func citations(in scan: ScanText, place: Citation.Place, locate: (String.Index) -> SourceLocation) -> [Citation] {
    let matches = CitationScanner(text: scan, knownLawNames: knownLawNames).scan()
    return matches.map { match in
      func part<Value>(_ value: Value, _ range: Range<Int>) -> Citation.Part<Value> {
        Citation.Part(value: value, location: locate(scan.index(range.lowerBound)))
      }
      return Citation(
        type: match.type, typeSource: match.typeSource, typeWord: match.typeWord.map(scan.text),
        number: match.number.map { part($0.0, $0.1) },
        name: match.name.map { part(scan.text($0), $0) },
        date: match.date.map { part($0.0, $0.1) },
        issuer: match.issuer.map { part($0.0, $0.1) },
        text: scan.text(match.range), location: locate(scan.index(match.range.lowerBound)), place: place)
    }
  }
}
