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
    return matches.enumerated().map { position, match in
      func part<Value>(_ value: Value, _ range: Range<Int>) -> Citation.Part<Value> {
        Citation.Part(value: value, location: locate(scan.index(range.lowerBound)), characters: range)
      }
      let next = position + 1 < matches.count ? matches[position + 1].range.lowerBound : scan.count
      var citation = Citation(
        type: match.type, typeSource: match.typeSource, typeWord: match.typeWord.map(scan.text),
        number: match.number.map { part($0.0, $0.1) },
        name: match.name.map { part(scan.text($0), $0) },
        date: match.date.map { part($0.0, $0.1) },
        issuer: match.issuer.map { part($0.0, $0.1) },
        text: scan.text(match.range), location: locate(scan.index(match.range.lowerBound)), place: place)
      citation.subject = Self.subject(in: scan, from: match.range.upperBound, to: next)
      return citation
    }
  }

  /// Punctuation that ends a citation's subject: a clause, a parenthesis, a list.
  private static let subjectEnds: Set<Unicode.Scalar> = [";", ".", "(", ")", ":", "\n", "\r", "[", "]"]
  /// At most this many words make the subject (enough to tell two documents apart).
  private static let subjectWords = 16

  /// The folded words between a citation and the clause's end or the next citation.
  private static func subject(in scan: ScanText, from start: Int, to limit: Int) -> String {
    var end = start
    while end < limit, let scalar = scan.character(end), !subjectEnds.contains(scalar) { end += 1 }
    guard end > start else { return "" }
    let words = VietnameseFolding.titleKey(scan.foldedText(start..<end)).split(separator: " ")
    return words.prefix(subjectWords).joined(separator: " ")
  }
}
