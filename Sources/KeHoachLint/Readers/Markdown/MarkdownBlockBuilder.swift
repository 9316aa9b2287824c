import CCmarkGFM

/// Walks cmark's block tree and collects the model's blocks.
struct MarkdownBlockBuilder {
  let file: String
  let lines: SourceLines
  private(set) var blocks: [Block] = []
  /// Footnote definitions' blocks, in the order cmark-gfm leaves them (the order they are
  /// first referenced), the first of each labelled with the footnote's label.
  private(set) var notes: [Block] = []
  private(set) var directives: [Directive] = []
  private var tableCount = 0

  init(file: String, lines: SourceLines) {
    self.file = file
    self.lines = lines
  }

  mutating func visitChildren(of node: OpaquePointer, listDepth: Int) {
    var child = cmark_node_first_child(node)
    while let current = child {
      visit(current, listDepth: listDepth)
      child = cmark_node_next(current)
    }
  }

  private mutating func visit(_ node: OpaquePointer, listDepth: Int) {
    let type = cmark_node_get_type(node)
    switch type {
    case CMARK_NODE_HEADING:
      let inline = collectInline(node)
      blocks.append(
        Block(
          kind: .heading(level: Int(cmark_node_get_heading_level(node))), text: inline.text,
          location: start(of: node), textMap: inline.map, isStrong: inline.isStrong))
    case CMARK_NODE_PARAGRAPH:
      let inline = collectInline(node)
      blocks.append(Block(kind: .paragraph, text: inline.text, location: start(of: node), textMap: inline.map, isStrong: inline.isStrong))
    case CMARK_NODE_LIST:
      visitList(node, depth: listDepth + 1)
    case CMARK_NODE_BLOCK_QUOTE:
      visitChildren(of: node, listDepth: listDepth)
    case CMARK_NODE_HTML_BLOCK:
      // HTML is never plan content; its comments may hold suppressions.
      let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
      directives += Directive.parse(comment: literal, location: start(of: node))
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      visitFootnote(node, listDepth: listDepth)
    case CMARK_NODE_CODE_BLOCK, CMARK_NODE_THEMATIC_BREAK:
      // Code is quoted material, never plan content.
      break
    default:
      if typeName(node) == "table" { visitTable(node) } else { visitChildren(of: node, listDepth: listDepth) }
    }
  }

  /// "[^1]: Quyết định số …": the definition's blocks are a note, each where it stands in the
  /// source (cmark-gfm moves definitions to the end of the tree, keeping their positions).
  private mutating func visitFootnote(_ node: OpaquePointer, listDepth: Int) {
    let start = blocks.count
    visitChildren(of: node, listDepth: listDepth)
    let label = footnoteLabel(node) ?? String(notes.count + 1)
    for (offset, block) in blocks[start...].enumerated() {
      notes.append(
        Block(
          kind: block.kind, text: block.text, label: offset == 0 ? (block.label.map { "\(label) \($0)" } ?? label) : block.label,
          location: block.location, textMap: block.textMap, isStrong: block.isStrong, table: block.table))
    }
    blocks.removeSubrange(start...)
  }

  /// "a" of "[^a]: …", read on the definition's first line (cmark-gfm does not expose it and
  /// starts the node after the marker): the last "[^…]:" before the node's column.
  private func footnoteLabel(_ node: OpaquePointer) -> String? {
    let line = Int(cmark_node_get_start_line(node))
    guard line >= 1, line <= lines.lineCount else { return nil }
    let range = lines.byteRange(ofLine: line)
    let end = min(range.lowerBound + max(Int(cmark_node_get_start_column(node)), 1), range.upperBound)
    let bytes = lines.bytes[range.lowerBound..<end]
    guard
      let open = bytes.indices.last(where: {
        bytes[$0] == UInt8(ascii: "[") && bytes.index(after: $0) < end && bytes[$0 + 1] == UInt8(ascii: "^")
      }),
      let close = bytes[(open + 2)...].firstIndex(of: UInt8(ascii: "]"))
    else { return nil }
    return String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
  }

  private mutating func visitList(_ list: OpaquePointer, depth: Int) {
    let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
    let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
    var number = Int(cmark_node_get_list_start(list))
    var item = cmark_node_first_child(list)
    while let current = item {
      let label = ordered ? "\(number)\(delimiter)" : nil
      var child = cmark_node_first_child(current)
      // The item's first paragraph is the item's text; the rest are blocks of their own.
      if let first = child, cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
        let inline = collectInline(first)
        blocks.append(
          Block(
            kind: .listItem(depth: depth), text: inline.text, label: label, location: start(of: current), textMap: inline.map,
            isStrong: inline.isStrong))
        child = cmark_node_next(first)
      } else {
        blocks.append(Block(kind: .listItem(depth: depth), text: "", label: label, location: start(of: current)))
      }
      while let nested = child {
        visit(nested, listDepth: depth)
        child = cmark_node_next(nested)
      }
      number += 1
      item = cmark_node_next(current)
    }
  }

  private mutating func visitTable(_ node: OpaquePointer) {
    tableCount += 1
    var rows: [TableRow] = []
    var rowNode = cmark_node_first_child(node)
    var rowNumber = 0
    while let row = rowNode {
      rowNumber += 1
      var cells: [TableCell] = []
      var cellNode = cmark_node_first_child(row)
      while let cell = cellNode {
        var location = start(of: cell)
        location.cell = TableCellAddress(table: tableCount, row: rowNumber, column: cells.count + 1)
        let inline = collectInline(cell, cell: location.cell)
        cells.append(TableCell(text: inline.text, location: location, textMap: inline.map))
        cellNode = cmark_node_next(cell)
      }
      let isHeader = cmark_gfm_extensions_get_table_row_is_header(row) != 0
      rows.append(TableRow(cells: cells, isHeader: isHeader, location: start(of: row)))
      rowNode = cmark_node_next(row)
    }
    let caption = blocks.last.flatMap { previous -> String? in
      guard previous.kind == .paragraph else { return nil }
      let folded = VietnameseFolding.fold(previous.text)
      return folded.hasPrefix("dvt") || folded.hasPrefix("don vi tinh") ? previous.text : nil
    }
    let table = Table(rows: rows, caption: caption, number: tableCount)
    blocks.append(Block(kind: .table, text: "", location: start(of: node), table: table))
  }

  private func typeName(_ node: OpaquePointer) -> String {
    cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
  }

  private func start(of node: OpaquePointer) -> SourceLocation {
    let line = Int(cmark_node_get_start_line(node))
    let column = lines.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node)))
    return SourceLocation(file: file, line: line, column: column)
  }

  // MARK: Inline text

  struct InlineText {
    var text: String
    var map: TextMap
    var isStrong: Bool
  }

  /// The visible text of a block's inline children, with where each stretch stands.
  private func collectInline(_ node: OpaquePointer, cell: TableCellAddress? = nil) -> InlineText {
    var collector = InlineCollector(
      lines: lines, line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    collector.walk(node, insideStrong: false)
    let text = collector.text
    var segments = collector.segments.map { segment in
      TextMap.Segment(
        textOffset: segment.textOffset,
        location: SourceLocation(
          file: file, line: segment.line, column: lines.characterColumn(line: segment.line, byteColumn: segment.byteColumn), cell: cell))
    }
    if segments.isEmpty || segments[0].textOffset > 0 {
      var blockStart = start(of: node)
      blockStart.cell = cell
      segments.insert(TextMap.Segment(textOffset: 0, location: blockStart), at: 0)
    }
    let visible = collector.strongCharacters + collector.plainCharacters
    let isStrong = collector.strongCharacters > 0 && collector.plainCharacters == 0 && visible > 0
    return InlineText(text: text, map: TextMap(segments: segments), isStrong: isStrong)
  }
}

/// Collects inline text and finds each literal on its source line, left to right.
private struct InlineCollector {
  struct RawSegment {
    var textOffset: Int
    var line: Int
    var byteColumn: Int
  }

  let lines: SourceLines
  var line: Int
  var byteColumn: Int
  var text = ""
  var segments: [RawSegment] = []
  var strongCharacters = 0
  var plainCharacters = 0

  init(lines: SourceLines, line: Int, byteColumn: Int) {
    self.lines = lines
    self.line = line
    self.byteColumn = byteColumn
  }

  mutating func walk(_ node: OpaquePointer, insideStrong: Bool) {
    var child = cmark_node_first_child(node)
    while let current = child {
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
        append(literal, strong: insideStrong)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text += "\n"
        line += 1
        byteColumn = 1
      case CMARK_NODE_STRONG:
        walk(current, insideStrong: true)
      case CMARK_NODE_HTML_INLINE:
        // `<br>` is how Markdown tables break a line (the two-line header cells).
        let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
        if literal.lowercased().hasPrefix("<br") { text += "\n" }
      case CMARK_NODE_IMAGE:
        break
      default:
        walk(current, insideStrong: insideStrong)
      }
      child = cmark_node_next(current)
    }
  }

  private mutating func append(_ literal: String, strong: Bool) {
    let offset = text.utf8.count
    if let column = lines.find(Array(literal.utf8), line: line, fromByteColumn: byteColumn) {
      segments.append(RawSegment(textOffset: offset, line: line, byteColumn: column))
      byteColumn = column + literal.utf8.count
    }
    // A literal not found verbatim (escapes, entities) keeps the previous stretch's mapping.
    text += literal
    let visible = literal.visibleCharacterCount
    if strong { strongCharacters += visible } else { plainCharacters += visible }
  }
}
