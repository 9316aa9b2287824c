/// Finds every citation of a legal or administrative document in a plan: in every block's text
/// (paragraphs, list items, headings), every table cell (nested tables too) and every note.
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
  public func citations(in document: PlanDocument) -> [Citation] { scan(document).citations }

  /// The citations, and each block's texts (the text, or every table cell) and each note's,
  /// prepared for phrase searches.
  func scan(_ document: PlanDocument) -> (citations: [Citation], blockTexts: [[FoldedText]], noteTexts: [FoldedText]) {
    var citations: [Citation] = []
    var blockTexts: [[FoldedText]] = []
    for (index, block) in document.blocks.enumerated() {
      var texts: [FoldedText] = []
      if let table = block.table {
        citations += self.citations(in: table, block: index, texts: &texts)
      } else {
        let scan = ScanText(block.text)
        texts.append(scan.foldedText)
        citations += self.citations(in: scan, place: .block(index), locate: block.location(at:))
      }
      blockTexts.append(texts)
    }
    var noteTexts: [FoldedText] = []
    for (index, note) in document.notes.enumerated() {
      let scan = ScanText(note.text)
      noteTexts.append(scan.foldedText)
      citations += self.citations(in: scan, place: .note(index), locate: note.location(at:))
    }
    return (citations, blockTexts, noteTexts)
  }

  private func citations(in table: Table, block: Int, texts: inout [FoldedText]) -> [Citation] {
    var result: [Citation] = []
    for (rowNumber, row) in table.rows.enumerated() {
      for (columnNumber, cell) in row.cells.enumerated() where !cell.isCovered {
        let place = Citation.Place.cell(block: block, row: rowNumber + 1, column: columnNumber + 1)
        let scan = ScanText(cell.text)
        texts.append(scan.foldedText)
        result += citations(in: scan, place: place, locate: cell.location(at:))
        for nested in cell.nestedTables { result += citations(in: nested, block: block, texts: &texts) }
      }
    }
    return result
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
