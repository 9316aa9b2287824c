/// Lays a Word table's rows out on its regular grid: `w:gridBefore`/`w:gridAfter` leave
/// empty slots, `w:gridSpan` covers the slots to the right of a cell, `w:vMerge` (and the
/// legacy `w:hMerge`) continuation cells are covered by the cell above or to the left.
enum TableGrid {
  /// One slot of the grid.
  enum Slot {
    /// Where a cell starts; the index into its row's `cells`.
    case origin(cellIndex: Int)
    /// Covered by a merge; the index of the row's cell that stands over it.
    case covered(cellIndex: Int)
    case empty
  }

  /// Slots per row, every row as wide as the widest row (or the declared grid).
  static func layout(_ table: WordTable) -> [[Slot]] {
    let widest =
      table.rows.map { row in
        row.gridBefore + row.cells.reduce(0) { $0 + max(1, $1.gridSpan) } + row.gridAfter
      }.max() ?? 0
    let width = max(widest, table.gridColumnCount)
    return table.rows.map { row in
      var slots: [Slot] = Array(repeating: .empty, count: width)
      var column = min(row.gridBefore, width)
      for (index, cell) in row.cells.enumerated() {
        let span = max(1, cell.gridSpan)
        let isContinuation = cell.verticalMerge == .continuation || cell.horizontalMerge == .continuation
        for offset in 0..<span where column + offset < width {
          slots[column + offset] = offset == 0 && !isContinuation ? .origin(cellIndex: index) : .covered(cellIndex: index)
        }
        column += span
      }
      return slots
    }
  }
}
