/// Where each body paragraph of a `document.xml` sits in its bytes, numbered as the DOCX reader
/// numbers them (`WordStoryParser`): every `w:p` of the body in reading order, those in table
/// cells, content controls, custom XML and tracked insertions included; not those in tracked
/// deletions or moves away (`w:del`, `w:moveFrom`), nor in text boxes (a text box's paragraphs
/// take the number of the paragraph that anchors it).
struct WordParagraphMap {
  struct Paragraph {
    /// The `<w:p …>` tag.
    let startTag: XMLTagScanner.Tag
    /// Where a `w:commentRangeStart` may go: after the `w:pPr`, which must come first.
    var contentStart: Int
    /// Offset of `</w:p>` (nil for an empty `<w:p/>`).
    var endTagStart: Int?
  }

  /// In number order: `paragraphs[0]` is paragraph 1.
  private(set) var paragraphs: [Paragraph] = []
  /// The largest comment id the part already uses (-1 when none).
  private(set) var maximumCommentID = -1
  /// The prefix the part uses for WordprocessingML on its root ("w" almost always).
  private(set) var wordPrefix = "w"
  /// The WordprocessingML namespace URI of the root (transitional or strict).
  private(set) var wordNamespace: String?

  /// Containers the reader looks through for body paragraphs.
  private static let transparent: Set<String> = ["sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag", "tbl", "tr", "tc"]
  static let wordURIs: Set<String> = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
  ]
  private static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

  init?(bytes: [UInt8]) {
    guard let tags = XMLTagScanner.tags(bytes) else { return nil }
    // Open elements: (namespace URI, local name, declarations in scope, counted paragraph index).
    var stack: [Element] = []
    for tag in tags {
      if tag.isEnd {
        guard let top = stack.popLast() else { return nil }
        if let index = top.paragraph, top.local == "p" { paragraphs[index].endTagStart = tag.start }
        if top.local == "pPr", top.isWord, let parent = stack.last?.paragraph,
          stack.last?.local == "p", paragraphs[parent].contentStart == paragraphs[parent].startTag.end
        {
          paragraphs[parent].contentStart = tag.end
        }
        continue
      }
      var scope = stack.last?.scope ?? [:]
      scope.merge(tag.declarations) { _, new in new }
      let uri = scope[tag.prefix] ?? ""
      let local = tag.localName
      let isWord = Self.wordURIs.contains(uri)
      if stack.isEmpty {
        wordPrefix = tag.prefix
        wordNamespace = isWord ? uri : nil
        if let preferred = scope.first(where: { Self.wordURIs.contains($0.value) && !$0.key.isEmpty })?.key, !isWord {
          wordPrefix = preferred
        }
      }
      if isWord, ["commentRangeStart", "commentRangeEnd", "commentReference"].contains(local),
        let id = tag.attribute("id").flatMap(Int.init)
      {
        maximumCommentID = max(maximumCommentID, id)
      }
      var counted: Int?
      if isWord, local == "p", countsAsBodyParagraph(stack) {
        paragraphs.append(Paragraph(startTag: tag, contentStart: tag.end, endTagStart: nil))
        counted = paragraphs.count - 1
      }
      // A self-closing `w:pPr` as the first child of a paragraph.
      if tag.isSelfClosing, isWord, local == "pPr", let parent = stack.last?.paragraph, stack.last?.local == "p",
        paragraphs[parent].contentStart == paragraphs[parent].startTag.end
      {
        paragraphs[parent].contentStart = tag.end
      }
      if !tag.isSelfClosing { stack.append(Element(uri: uri, isWord: isWord, local: local, scope: scope, paragraph: counted)) }
    }
    guard stack.isEmpty else { return nil }
  }

  private struct Element {
    let uri: String
    let isWord: Bool
    let local: String
    let scope: [String: String]
    let paragraph: Int?
  }

  private func countsAsBodyParagraph(_ stack: [Element]) -> Bool {
    guard stack.count >= 2, stack[0].local == "document", stack[1].local == "body" else { return false }
    for element in stack.dropFirst(2) {
      if element.isWord, Self.transparent.contains(element.local) { continue }
      if element.uri == Self.markupCompatibility, element.local == "AlternateContent" || element.local == "Choice" { continue }
      return false
    }
    return true
  }
}
