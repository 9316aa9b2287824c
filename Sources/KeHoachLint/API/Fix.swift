/// A safe fix: the one right text for a finding, as replacements of text at exact places, or
/// (Word only) the page setup of one section.
///
/// Only a rule that knows the right text attaches one (a catalog-verified symbol or date, a
/// point letter or section number that nothing cross-references, the decree's A4 paper and
/// margins); nothing is guessed. `kehoach-lint fix` applies them: a diff for Markdown, tracked
/// changes for Word.
public struct Fix: Sendable, Hashable, Codable {
  public var replacements: [TextReplacement]
  public var pageSetup: PageSetupFix?

  public init(replacements: [TextReplacement]) {
    self.replacements = replacements
  }

  public init(pageSetup: PageSetupFix) {
    self.replacements = []
    self.pageSetup = pageSetup
  }
}

/// A Word section's paper and margins in twips (`w:pgSz`, `w:pgMar`); nil where the file says
/// nothing (before) or the fix leaves the value as it is (after).
public struct PageSetup: Sendable, Hashable, Codable {
  public var width: Int?
  public var height: Int?
  public var landscape: Bool?
  public var top: Int?
  public var bottom: Int?
  public var left: Int?
  public var right: Int?

  public init(
    width: Int? = nil, height: Int? = nil, landscape: Bool? = nil, top: Int? = nil, bottom: Int? = nil, left: Int? = nil,
    right: Int? = nil
  ) {
    self.width = width
    self.height = height
    self.landscape = landscape
    self.top = top
    self.bottom = bottom
    self.left = left
    self.right = right
  }

  /// `other`'s values where it has them, ours elsewhere.
  func merging(_ other: PageSetup) -> PageSetup {
    PageSetup(
      width: other.width ?? width, height: other.height ?? height, landscape: other.landscape ?? landscape, top: other.top ?? top,
      bottom: other.bottom ?? bottom, left: other.left ?? left, right: other.right ?? right)
  }
}

/// A change of one section's page setup, written as Word writes a tracked change of section
/// properties (`w:sectPrChange` holding the old ones). `before` is what the checked file says:
/// a fixer that finds other values there leaves the section alone.
public struct PageSetupFix: Sendable, Hashable, Codable {
  /// 1-based, the `w:sectPr` elements in document order (the last is the body's), as
  /// `WordFormatting.Section.number`.
  public var section: Int
  public var before: PageSetup
  public var after: PageSetup

  public init(section: Int, before: PageSetup, after: PageSetup) {
    self.section = section
    self.before = before
    self.after = after
  }
}

/// One stretch of text to replace, with the text expected there (a fixer that finds other text
/// at the place skips the replacement rather than corrupt the file).
///
/// Markdown: 1-based `line` and `column` of the first character, `endLine`/`endColumn` of the
/// character after the last (columns count characters, as `SourceLocation` does). Word: the
/// body `paragraph` number and 0-based character offsets `offset..<endOffset` in the
/// paragraph's text as the reader built it (`Block.text`).
public struct TextReplacement: Sendable, Hashable, Codable {
  public var line: Int?
  public var column: Int?
  public var endLine: Int?
  public var endColumn: Int?
  public var paragraph: Int?
  public var offset: Int?
  public var endOffset: Int?
  public var oldText: String
  public var newText: String

  /// A replacement in a text file (Markdown).
  public init(line: Int, column: Int, endLine: Int, endColumn: Int, oldText: String, newText: String) {
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
    self.oldText = oldText
    self.newText = newText
  }

  /// A replacement in a Word body paragraph.
  public init(paragraph: Int, offset: Int, endOffset: Int, oldText: String, newText: String) {
    self.paragraph = paragraph
    self.offset = offset
    self.endOffset = endOffset
    self.oldText = oldText
    self.newText = newText
  }

  /// Whether two replacements touch the same text (a fixer applies only the first).
  func overlaps(_ other: TextReplacement) -> Bool {
    if let paragraph, let offset, let endOffset, let otherOffset = other.offset, let otherEnd = other.endOffset {
      return paragraph == other.paragraph && offset < max(otherEnd, otherOffset + 1) && otherOffset < max(endOffset, offset + 1)
    }
    guard let line, let column, let endLine, let endColumn, let otherLine = other.line, let otherColumn = other.column,
      let otherEndLine = other.endLine, let otherEndColumn = other.endColumn
    else { return false }
    let start = (line, column)
    let end = (endLine, max(endColumn, column + 1))
    return start < (otherEndLine, max(otherEndColumn, otherColumn + 1)) && (otherLine, otherColumn) < end
  }
}
