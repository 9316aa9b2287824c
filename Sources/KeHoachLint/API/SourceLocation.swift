/// Where something sits in an input file.
///
/// Text formats (Markdown) carry a 1-based `line` and `column`; columns count characters
/// (grapheme clusters), never bytes, so "Kế hoạch" occupies eight columns whether it is stored
/// NFC or NFD. Word documents have no lines: they carry the paragraph number and, for a table
/// cell, its address, which is what a person can find on screen.
public struct SourceLocation: Sendable, Hashable, Codable {
  /// The path of the input as it was given.
  public var file: String
  /// 1-based line, for text formats.
  public var line: Int?
  /// 1-based column in characters, for text formats.
  public var column: Int?
  /// 1-based paragraph number in document order, for Word documents.
  public var paragraph: Int?
  /// The table cell, when the location is inside a table.
  public var cell: TableCellAddress?

  public init(
    file: String, line: Int? = nil, column: Int? = nil, paragraph: Int? = nil,
    cell: TableCellAddress? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.paragraph = paragraph
    self.cell = cell
  }

  /// The same place, shifted right by `characters` on the same line (text formats only).
  func advanced(by characters: Int) -> SourceLocation {
    var copy = self
    if let column { copy.column = column + characters }
    return copy
  }
}

/// A cell of a table: the table's 1-based number in the document, row and column in the
/// table's regular grid (merged cells resolved).
public struct TableCellAddress: Sendable, Hashable, Codable {
  public var table: Int
  public var row: Int
  public var column: Int

  public init(table: Int, row: Int, column: Int) {
    self.table = table
    self.row = row
    self.column = column
  }
}

extension SourceLocation: Comparable {
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    if lhs.file != rhs.file { return lhs.file < rhs.file }
    let left = (lhs.line ?? 0, lhs.paragraph ?? 0, lhs.column ?? 0)
    let right = (rhs.line ?? 0, rhs.paragraph ?? 0, rhs.column ?? 0)
    return left < right
  }
}
