/// What a Word draft still carries from being drafted, read from the package beside its text:
/// tracked changes not yet accepted, comments, hidden and highlighted text, the "Track
/// changes" switch, a macro-enabled content type, and who wrote it. Paragraph numbers are the
/// body's (`SourceLocation.paragraph`). Empty for Markdown and for a clean Word file.
public struct WordDraftState: Sendable, Hashable {
  /// A kind of tracked change.
  public enum Revision: String, Sendable, Hashable, CaseIterable {
    /// `w:ins` (text, a paragraph mark, a table row).
    case insertion
    /// `w:del`.
    case deletion
    /// `w:moveFrom` / `w:moveTo`.
    case move
    /// `w:rPrChange` / `w:pPrChange` / `w:sectPrChange`.
    case formatting
  }

  /// A comment left in the file (suppression comments excluded).
  public struct Comment: Sendable, Hashable {
    /// The first body paragraph it is on; nil when not anchored in the body.
    public var paragraph: Int?
    public var text: String
  }

  /// A document property naming a person or an organisation (`dc:creator`, `Company`, …).
  public struct Property: Sendable, Hashable {
    public var name: String
    public var value: String
  }

  /// How many of each kind of tracked change, and the paragraphs they are in (each once, in order).
  public var revisionCounts: [Revision: Int] = [:]
  public var revisionParagraphs: [Revision: [Int]] = [:]
  /// Paragraphs with hidden (`w:vanish`) text that is not white space.
  public var hiddenTextParagraphs: [Int] = []
  /// Paragraphs with highlighted (`w:highlight`) text that is not white space.
  public var highlightParagraphs: [Int] = []
  public var comments: [Comment] = []
  /// `w:trackRevisions` in the settings: Word records every edit as a tracked change.
  public var tracksRevisions = false
  /// The main part's content type is macro-enabled (`.docm`, `.dotm`).
  public var isMacroEnabled = false
  public var properties: [Property] = []

  public init() {}

  /// At most this many paragraph numbers are kept per list (counts go on).
  static let maximumParagraphs = 1000

  mutating func noteRevision(_ revision: Revision, paragraph: Int) {
    revisionCounts[revision, default: 0] += 1
    Self.add(paragraph, to: &revisionParagraphs[revision, default: []])
  }

  static func add(_ paragraph: Int, to list: inout [Int]) {
    guard list.last != paragraph, !list.contains(paragraph), list.count < maximumParagraphs else { return }
    list.append(paragraph)
  }
}
