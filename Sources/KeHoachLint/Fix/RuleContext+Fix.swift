extension RuleContext {
  /// A replacement of `characters` (offsets into the text at `place`, as the text index holds
  /// it) by `newText`: what a rule that knows the one right text attaches to its finding.
  ///
  /// Nil when no fixer could reach the place exactly: a stretch over a line break, a Markdown
  /// stretch whose end is not on its start's line, a Word table cell or note (only body
  /// paragraphs are rewritten as tracked changes).
  public func replacement(at place: TextIndex.Place, characters: Range<Int>, with newText: String) -> TextReplacement? {
    guard let entry = analysis.textIndex.entry(at: place) else { return nil }
    let text = entry.text
    guard characters.lowerBound >= 0, characters.upperBound <= text.count, !newText.contains(where: \.isNewline) else {
      return nil
    }
    let start = text.index(text.startIndex, offsetBy: characters.lowerBound)
    let end = text.index(start, offsetBy: characters.count)
    let oldText = String(text[start..<end])
    guard oldText != newText, !oldText.contains(where: \.isNewline) else { return nil }
    switch document.format {
    case .markdown:
      let first = entry.location(at: start)
      guard let line = first.line, let column = first.column else { return nil }
      guard start < end else {
        return TextReplacement(line: line, column: column, endLine: line, endColumn: column, oldText: "", newText: newText)
      }
      let last = entry.location(at: text.index(before: end))
      guard last.line == line, let lastColumn = last.column else { return nil }
      return TextReplacement(line: line, column: column, endLine: line, endColumn: lastColumn + 1, oldText: oldText, newText: newText)
    case .docx, .wordXML:
      guard case .block(let index) = place, let paragraph = document.blocks[index].location.paragraph else { return nil }
      return TextReplacement(
        paragraph: paragraph, offset: characters.lowerBound, endOffset: characters.upperBound, oldText: oldText, newText: newText)
    }
  }

  /// The fix that replaces `characters` of block `blockIndex`'s text with `newText`: the one
  /// call a rule about a paragraph's wording needs ("ngày 5 tháng 2" → "ngày 05 tháng 02").
  public func fix(replacing characters: Range<Int>, inBlock blockIndex: Int, with newText: String) -> Fix? {
    fix([replacement(at: .block(blockIndex), characters: characters, with: newText)])
  }

  /// A fix made of `replacements`, or nil when any of them could not be placed (a fix is all
  /// or nothing) or there are none.
  public func fix(_ replacements: [TextReplacement?]) -> Fix? {
    let placed = replacements.compactMap { $0 }
    guard !placed.isEmpty, placed.count == replacements.count else { return nil }
    return Fix(replacements: placed)
  }
}

extension TextIndex {
  /// The text at `place` (the first, for a cell address a nested table shares).
  public func entry(at place: Place) -> Entry? {
    switch place {
    case .block(let index), .cell(let index, _, _): entries(ofBlock: index).first { $0.place == place }
    case .note: notes.first { $0.place == place }
    }
  }
}
