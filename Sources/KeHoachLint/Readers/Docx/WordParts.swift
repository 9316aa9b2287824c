/// The parts of a Word document this reader uses, parsed, whatever package they came in
/// (a `.docx` ZIP, a Flat OPC file, or `document.xml` alone).
struct WordParts {
  var body: [WordItem]?
  var styles = WordStyles()
  var numbering = WordNumbering()
  var footnotes: [String: [WordItem]] = [:]
  var endnotes: [String: [WordItem]] = [:]
  /// Word comments: id → text, and where each sits in the body.
  var comments: [String: String] = [:]
  var commentAnchors: [String: CommentAnchor] = [:]
  /// What the draft still carries (tracked changes, highlights, settings, properties).
  var draftState = WordDraftState()
  /// The theme's fonts, for runs that name a theme font.
  var themeFonts = WordThemeFonts()
  var sectionEnds: [(lastParagraph: Int, setup: WordSectionSetup)] = []

  /// Reads the part whose root element the reader is on, by what that root is; `expected`
  /// ("document", "styles", …) names the part's kind when the package says it.
  /// Returns false when the root is not one of the parts this reader uses.
  @discardableResult
  mutating func read(root reader: XMLStreamReader, expected: String? = nil) throws(KeHoachLintError) -> Bool {
    if reader.localName == "theme", expected == nil || expected == "theme" {
      themeFonts = try WordThemeFonts(reader: reader)
      return true
    }
    guard reader.namespace == .word, expected == nil || expected == reader.localName else { return false }
    switch reader.localName {
    case "document":
      guard body == nil else { return false }
      let parser = WordStoryParser(reader: reader)
      body = try parser.readDocument()
      commentAnchors = parser.commentAnchors
      sectionEnds = parser.sectionEnds
      let seen = parser.draftState
      draftState.revisionCounts = seen.revisionCounts
      draftState.revisionParagraphs = seen.revisionParagraphs
      draftState.highlightParagraphs = seen.highlightParagraphs
    case "styles": styles = try WordStyles(reader: reader)
    case "numbering": numbering = try WordNumbering(reader: reader)
    case "footnotes": footnotes = try WordStoryParser(reader: reader).readNotes()
    case "endnotes": endnotes = try WordStoryParser(reader: reader).readNotes()
    case "comments": comments = try WordStoryParser(reader: reader).readComments()
    case "settings":
      try reader.forEachChild { setting throws(KeHoachLintError) in
        if setting.isWord("trackRevisions") { draftState.tracksRevisions = WordBoolean.value(setting.wordValue) }
      }
    default: return false
    }
    return true
  }

  /// The kind of part a content type names ("…wordprocessingml.styles+xml" → "styles").
  /// `stylesWithEffects` (Word 2010's copy of the styles) and unknown types give "".
  static func kind(ofContentType contentType: String) -> String {
    let type = contentType.lowercased()
    if type.hasSuffix(".main+xml") { return "document" }
    if type.hasSuffix("officedocument.theme+xml") { return "theme" }
    for kind in ["styles", "numbering", "footnotes", "endnotes", "comments", "settings"]
    where type.hasSuffix("wordprocessingml.\(kind)+xml") {
      return kind
    }
    return ""
  }

  func document(
    file: String, format: PlanDocument.Format, maximumParagraphLength: Int = DocxLimits().maximumParagraphLength
  ) throws(KeHoachLintError) -> PlanDocument {
    guard let body else { throw .notAWordDocument(path: file, reason: Messages.Input.noDocumentPart) }
    try BlockTextLimit.check(body, maximum: maximumParagraphLength, file: file)
    var builder = DocxBlockBuilder(file: file, styles: styles, numbering: numbering)
    let blocks = builder.blocks(body)
    let notes = builder.noteBlocks(footnotes: footnotes, endnotes: endnotes)
    try BlockTextLimit.check(blocks, maximum: maximumParagraphLength, file: file)
    try BlockTextLimit.check(notes, maximum: maximumParagraphLength, file: file)
    var document = PlanDocument(file: file, format: format, blocks: blocks, notes: notes, directives: directives(file: file))
    var state = draftState
    state.hiddenTextParagraphs = builder.hiddenTextParagraphs
    state.comments = leftoverComments()
    document.draftState = state
    document.formatting = WordFormattingScan(styles: styles, theme: themeFonts).formatting(
      body: body, sectionEnds: sectionEnds, headingParagraphs: Set(blocks.compactMap(Self.headingParagraph)))
    return document
  }

  private static func headingParagraph(_ block: Block) -> Int? {
    guard case .heading = block.kind else { return nil }
    return block.location.paragraph
  }

  /// The comments that are not suppressions, in body order (unanchored ones last).
  func leftoverComments() -> [WordDraftState.Comment] {
    comments.compactMap { id, text -> (id: String, comment: WordDraftState.Comment)? in
      guard Directive.wordCommentRules(text) == nil else { return nil }
      return (id, WordDraftState.Comment(paragraph: commentAnchors[id]?.paragraphs?.lowerBound, text: text))
    }
    .sorted { ($0.comment.paragraph ?? Int.max, $0.id) < ($1.comment.paragraph ?? Int.max, $1.id) }
    .map(\.comment)
  }

  /// `kehoach-lint-disable RULE[, RULE] [– lý do]` written as Word comments: each suppresses
  /// those rules on the paragraphs the comment covers. In body order.
  func directives(file: String) -> [Directive] {
    var result: [(paragraphs: ClosedRange<Int>, id: String, directive: Directive)] = []
    for (id, text) in comments {
      guard let rules = Directive.wordCommentRules(text), let paragraphs = commentAnchors[id]?.paragraphs else { continue }
      let location = SourceLocation(file: file, paragraph: paragraphs.lowerBound)
      result.append((paragraphs, id, Directive(kind: .disable, rules: rules, location: location, paragraphs: paragraphs)))
    }
    return result.sorted { ($0.paragraphs.lowerBound, $0.id) < ($1.paragraphs.lowerBound, $1.id) }.map(\.directive)
  }
}
