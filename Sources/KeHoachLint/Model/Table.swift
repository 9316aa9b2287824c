/// A table as a regular grid: every row has one cell per grid column, merged cells resolved
/// (a merged cell's text stands in its first grid cell, the others are marked as covered).
public struct Table: Sendable, Hashable {
  public let rows: [TableRow]
  /// A caption or unit line just above the table ("ĐVT: triệu đồng"), if any.
  public let caption: String?
  /// 1-based number of the table in the document.
  public let number: Int

  public init(rows: [TableRow], caption: String? = nil, number: Int) {
    self.rows = rows
    self.caption = caption
    self.number = number
  }

  public var columnCount: Int { rows.map(\.cells.count).max() ?? 0 }
}

public struct TableRow: Sendable, Hashable {
  public let cells: [TableCell]
  /// A header row (GFM's first row; Word's `tblHeader`).
  public let isHeader: Bool
  public let location: SourceLocation

  public init(cells: [TableCell], isHeader: Bool, location: SourceLocation) {
    self.cells = cells
    self.isHeader = isHeader
    self.location = location
  }
}

public struct TableCell: Sendable, Hashable {
  public let text: String
  public let location: SourceLocation
  public let textMap: TextMap
  /// Covered by a merged cell that starts to its left or above.
  public let isCovered: Bool
  /// Tables nested inside this cell.
  public let nestedTables: [Table]

  public init(
    text: String, location: SourceLocation, textMap: TextMap? = nil, isCovered: Bool = false,
    nestedTables: [Table] = []
  ) {
    self.text = text
    self.location = location
    self.textMap = textMap ?? TextMap(start: location)
    self.isCovered = isCovered
    self.nestedTables = nestedTables
  }

  public func location(at index: String.Index) -> SourceLocation {
    textMap.location(of: index, in: text)
  }
}
