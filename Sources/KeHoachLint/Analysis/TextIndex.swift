/// Every text a person reads in a plan, each once, with where it is: paragraphs, headings,
/// list items, table cells (a merged cell once), tables nested in cells, footnotes and
/// endnotes (text boxes are blocks of their own). Each text is folded once, here; rules search
/// the folded text and parse dates, numbers and amounts from the original on demand (`Text/`).
public struct TextIndex: Sendable {
  /// Where a text is in the document model.
  public enum Place: Sendable, Hashable {
    case block(Int)
    /// A cell of the table of block `block` (row and column 1-based; a table nested in a
    /// cell shares its block and numbers its own rows and columns).
    case cell(block: Int, row: Int, column: Int)
    /// A footnote or endnote (`PlanDocument.notes` index).
    case note(Int)

    /// The index in `PlanDocument.blocks`, nil for notes.
    public var blockIndex: Int? {
      switch self {
      case .block(let index), .cell(let index, _, _): index
      case .note: nil
      }
    }
  }

  public struct Entry: Sendable {
    public let place: Place
    /// The text as written.
    public var text: String { folded.original }
    /// The text folded for phrase searches (case, diacritics and normalisation ignored).
    public let folded: FoldedText
    let textMap: TextMap

    /// The source location of the character at `index` in `text`.
    public func location(at index: String.Index) -> SourceLocation { textMap.location(of: index, in: text) }

    /// Where the text starts.
    public var location: SourceLocation { textMap.segments[0].location }

    public var blockIndex: Int? { place.blockIndex }
  }

  /// All texts: blocks in document order (each block's cells row by row), then the notes.
  public let entries: [Entry]
  /// The entries of block `i` are `entries[blockRanges[i]]`.
  private let blockRanges: [Range<Int>]
  private let noteRange: Range<Int>

  public init(document: PlanDocument) {
    var entries: [Entry] = []
    var blockRanges: [Range<Int>] = []
    blockRanges.reserveCapacity(document.blocks.count)
    for (index, block) in document.blocks.enumerated() {
      let start = entries.count
      if let table = block.table {
        Self.add(table, block: index, to: &entries)
      } else {
        entries.append(Entry(place: .block(index), folded: FoldedText(block.text), textMap: block.textMap))
      }
      blockRanges.append(start..<entries.count)
    }
    let notesStart = entries.count
    for (index, note) in document.notes.enumerated() {
      if let table = note.table {
        // A note holding a table: its cells, placed at the note.
        var cells: [Entry] = []
        Self.add(table, block: 0, to: &cells)
        entries += cells.map { Entry(place: .note(index), folded: $0.folded, textMap: $0.textMap) }
      } else {
        entries.append(Entry(place: .note(index), folded: FoldedText(note.text), textMap: note.textMap))
      }
    }
    self.entries = entries
    self.blockRanges = blockRanges
    self.noteRange = notesStart..<entries.count
  }

  private static func add(_ table: Table, block: Int, to entries: inout [Entry]) {
    for (rowNumber, row) in table.rows.enumerated() {
      for (columnNumber, cell) in row.cells.enumerated() where !cell.isCovered {
        let place = Place.cell(block: block, row: rowNumber + 1, column: columnNumber + 1)
        entries.append(Entry(place: place, folded: FoldedText(cell.text), textMap: cell.textMap))
        for nested in cell.nestedTables { add(nested, block: block, to: &entries) }
      }
    }
  }

  /// The texts of block `index` (its text, or each cell of its table and nested tables).
  public func entries(ofBlock index: Int) -> ArraySlice<Entry> {
    blockRanges.indices.contains(index) ? entries[blockRanges[index]] : []
  }

  /// The texts of the blocks in `range`, in order.
  public func entries(inBlocks range: Range<Int>) -> ArraySlice<Entry> {
    let clamped = range.clamped(to: blockRanges.indices)
    guard let first = clamped.first, let last = clamped.last else { return [] }
    return entries[blockRanges[first].lowerBound..<blockRanges[last].upperBound]
  }

  /// The footnotes' and endnotes' texts.
  public var notes: ArraySlice<Entry> { entries[noteRange] }

  /// The folded texts of block `index`.
  public func foldedTexts(ofBlock index: Int) -> [FoldedText] { entries(ofBlock: index).map(\.folded) }
}
