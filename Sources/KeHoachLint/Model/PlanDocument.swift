/// The neutral model of one plan, whatever format it came in. Immutable; rules see only this.
public struct PlanDocument: Sendable {
  public enum Format: String, Sendable, Codable {
    case markdown
    case docx
    /// `word/document.xml` on its own, or a Flat OPC "Word XML Document".
    case wordXML
  }

  /// The path of the input as it was given.
  public let file: String
  public let format: Format
  public let blocks: [Block]
  /// Footnotes and endnotes, as their own blocks.
  public let notes: [Block]
  /// The administrative header: issuing body, number, place and date, title.
  public let header: PlanHeader
  /// Inline suppressions written in the document (Markdown comments).
  public let directives: [Directive]
  /// SHA-256 of the input's bytes, for audit; set by the loader.
  public internal(set) var sourceSHA256: String?
  /// The 8-bit Vietnamese encoding the text was converted from (nil: Unicode).
  public internal(set) var legacyEncoding: LegacyVietnameseEncoding?
  /// The source's lines without line breaks, for text formats (empty for Word documents);
  /// reports quote them under a finding.
  public internal(set) var sourceLines: [String] = []
  /// What a Word draft still carries (tracked changes, comments, hidden text…); empty for Markdown.
  public internal(set) var draftState = WordDraftState()
  /// Paper, margins, fonts and sizes as Word shows them; empty for Markdown.
  public internal(set) var formatting = WordFormatting()

  public init(file: String, format: Format, blocks: [Block], notes: [Block] = [], directives: [Directive] = []) {
    self.file = file
    self.format = format
    self.blocks = blocks
    self.notes = notes
    self.directives = directives
    self.header = PlanHeader(blocks: blocks)
  }

  /// The 1-based source line `number`, when the format has lines.
  public func sourceLine(_ number: Int?) -> String? {
    guard let number, sourceLines.indices.contains(number - 1) else { return nil }
    return sourceLines[number - 1]
  }

  /// Where the document ends, for findings about something missing at the very end.
  public var endLocation: SourceLocation {
    guard let last = blocks.last else { return SourceLocation(file: file, line: 1, column: 1, paragraph: 1) }
    return last.location
  }
}
