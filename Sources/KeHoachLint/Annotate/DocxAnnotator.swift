import Foundation
import ZIPFoundation

/// Writes a copy of a `.docx` with a Word comment at each finding ("góp ý"), for a reviewer who
/// answers a draft in Word.
///
/// Only what comments need changes: `document.xml` gains `w:commentRangeStart`/`End` and a
/// `w:commentReference` run around each commented paragraph (inserted as text at the tags'
/// byte offsets, the part never re-serialised); `comments.xml` gains the new comments after
/// the existing ones (ids after the largest in use, so existing comments and their
/// `commentsExtended`/`commentsIds` entries, keyed by their own paragraphs, stay as they are);
/// content types and relationships gain the comments part when it is new. Every other entry is
/// copied with the same bytes, in the same order.
public struct DocxAnnotator: Sendable {
  public var author: String
  public var initials: String
  /// The comments' date (`SOURCE_DATE_EPOCH` when set, so outputs are repeatable).
  public var date: Date
  public var language: Language

  public init(author: String = "kehoach-lint", initials: String? = nil, date: Date = Date(), language: Language = .vi) {
    self.author = author
    self.initials = initials ?? Self.initials(of: author)
    self.date = date
    self.language = language
  }

  /// One comment to write: the paragraph it covers and its paragraphs of text.
  struct Comment {
    let paragraph: Int
    let lines: [String]
  }

  /// The annotated package's bytes, and how many comments were added.
  public func annotate(bytes: [UInt8], file: String, report: FileReport) throws(KeHoachLintError) -> (bytes: [UInt8], comments: Int) {
    let document = try DocxReader().read(bytes: bytes, file: file)
    let titleParagraph = document.header.title?.location.paragraph ?? document.blocks.first?.location.paragraph ?? 1
    var comments = [Comment(paragraph: titleParagraph, lines: [Messages.Annotate.summary(report).text(in: language)])]
    comments += report.findings.map { comment(for: $0, titleParagraph: titleParagraph) }
    return (try write(comments, into: bytes, file: file), comments.count)
  }

  /// The comment for one finding: message, hint, guidance, rule.
  func comment(for finding: Finding, titleParagraph: Int) -> Comment {
    var lines = [finding.message.text(in: language)]
    if let hint = finding.fixHint { lines.append(hint.text(in: language)) }
    lines.append(Messages.Annotate.guidance(finding.source).text(in: language))
    lines.append(Messages.Annotate.rule(finding.ruleID, severity: finding.severity).text(in: language))
    // A finding with no place in the body (about the whole plan) goes on the title.
    return Comment(paragraph: finding.location.paragraph ?? titleParagraph, lines: lines)
  }

  /// The package with `comments` added (each on its paragraph, numbered as the reader numbers
  /// them; numbers past the end go on the last paragraph).
  func write(_ comments: [Comment], into bytes: [UInt8], file: String) throws(KeHoachLintError) -> [UInt8] {
    var package = try WordPackage(bytes: bytes, file: file)
    try add(comments, to: &package)
    return try package.archive()
  }

  /// `comments` added to `package` (ids above `minimumID` too: `fix` numbers its revisions
  /// first, and Word wants one id space for comments and revisions).
  func add(_ comments: [Comment], to package: inout WordPackage, minimumID: Int = 0) throws(KeHoachLintError) {
    let file = package.file
    let mainPart = package.mainPart
    let mainIndex = package.mainIndex
    let entries = package.entries
    guard let map = WordParagraphMap(bytes: entries[mainIndex].data) else {
      throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite)
    }
    if map.wordNamespace == OOXMLNamespace.wordStrict {
      throw .notAWordDocument(path: file, reason: Messages.Annotate.strictOOXML)
    }
    let paragraphCount = map.paragraphs.count
    guard paragraphCount > 0 else { throw .notAWordDocument(path: file, reason: Messages.Annotate.noParagraph) }
    let comments = comments.map { Comment(paragraph: min(max($0.paragraph, 1), paragraphCount), lines: $0.lines) }

    // Parts: the comments part named by the main part's relationships, else beside it.
    let relationshipsPart = PackageRelationships.relationshipsPart(for: mainPart)
    let relationshipsIndex = entries.firstIndex { WordPackage.key($0.path) == WordPackage.key(relationshipsPart) }
    let relationships = try relationshipsIndex.map { index throws(KeHoachLintError) in
      try PackageRelationships(bytes: entries[index].data, source: mainPart, file: file, part: relationshipsPart)
    }
    let existingCommentsPart = relationships?.target(ofKind: "comments")
    let commentsPart = existingCommentsPart ?? PackageRelationships.resolve("comments.xml", against: mainPart)
    let commentsIndex = entries.firstIndex { WordPackage.key($0.path) == WordPackage.key(commentsPart) }
    var firstID = max(map.maximumCommentID + 1, minimumID)
    if let commentsIndex, let tags = XMLTagScanner.tags(entries[commentsIndex].data) {
      for tag in tags where !tag.isEnd && tag.localName == "comment" {
        if let id = tag.attribute("id").flatMap(Int.init) { firstID = max(firstID, id + 1) }
      }
    }

    var output = entries
    output[mainIndex].data = Self.insertRanges(
      into: entries[mainIndex].data, map: map, comments: comments, firstID: firstID)
    let commentXML = comments.enumerated().map { offset, comment in
      commentElement(id: firstID + offset, lines: comment.lines, prefix: "w")
    }.joined()
    if let commentsIndex {
      guard let merged = Self.merge(commentXML, into: entries[commentsIndex].data) else {
        throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite)
      }
      output[commentsIndex].data = merged
    } else {
      let part = Array(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:comments xmlns:w=\""
          + OOXMLNamespace.wordTransitional + "\">" + commentXML + "</w:comments>").utf8)
      output.append(WordPackage.Entry(path: commentsPart, data: part, isDirectory: false))
    }
    if existingCommentsPart == nil {
      try Self.addCommentsPart(commentsPart, mainPart: mainPart, relationshipsPart: relationshipsPart, to: &output, file: file)
    }
    package.entries = output
  }

  // MARK: document.xml

  /// The main part with a comment range around each commented paragraph's content.
  static func insertRanges(into bytes: [UInt8], map: WordParagraphMap, comments: [Comment], firstID: Int) -> [UInt8] {
    let prefix = map.wordPrefix.isEmpty ? "" : map.wordPrefix + ":"
    var ids: [Int: [Int]] = [:]
    for (offset, comment) in comments.enumerated() { ids[comment.paragraph, default: []].append(firstID + offset) }
    // (offset, text, replaced length), applied from the end so earlier offsets stay valid.
    var edits: [(offset: Int, text: String, replacing: Int)] = []
    for (paragraph, paragraphIDs) in ids {
      let element = map.paragraphs[paragraph - 1]
      let starts = paragraphIDs.map { "<\(prefix)commentRangeStart \(prefix)id=\"\($0)\"/>" }.joined()
      let ends = paragraphIDs.map {
        "<\(prefix)commentRangeEnd \(prefix)id=\"\($0)\"/><\(prefix)r><\(prefix)commentReference \(prefix)id=\"\($0)\"/></\(prefix)r>"
      }.joined()
      if let endTag = element.endTagStart {
        edits.append((element.contentStart, starts, 0))
        edits.append((endTag, ends, 0))
      } else {
        // `<w:p …/>`: opened and closed around the new content.
        let tag = element.startTag
        let selfClosing = String(decoding: bytes[tag.start..<tag.end], as: UTF8.self)
        let open = selfClosing.dropLast(2).trimmingCharacters(in: .whitespaces) + ">"
        edits.append((tag.start, open + starts + ends + "</\(tag.name)>", tag.end - tag.start))
      }
    }
    var result = bytes
    for edit in edits.sorted(by: { $0.offset > $1.offset }) {
      result.replaceSubrange(edit.offset..<(edit.offset + edit.replacing), with: Array(edit.text.utf8))
    }
    return result
  }

  // MARK: comments.xml

  func commentElement(id: Int, lines: [String], prefix: String) -> String {
    let w = prefix + ":"
    let paragraphs = lines.enumerated().map { index, line in
      let reference = index == 0 ? "<\(w)r><\(w)annotationRef/></\(w)r>" : ""
      return "<\(w)p>\(reference)<\(w)r><\(w)t xml:space=\"preserve\">\(Markup.escape(line))</\(w)t></\(w)r></\(w)p>"
    }.joined()
    return
      "<\(w)comment \(w)id=\"\(id)\" \(w)author=\"\(Markup.escape(author))\" \(w)date=\"\(ReportFormatting.iso8601(date))\" \(w)initials=\"\(Markup.escape(initials))\">"
      + paragraphs + "</\(w)comment>"
  }

  /// The existing comments part with `comments` (written with the `w` prefix, declared on each
  /// new element when the part uses another) before its root's end.
  static func merge(_ comments: String, into bytes: [UInt8]) -> [UInt8]? {
    guard let tags = XMLTagScanner.tags(bytes), let root = tags.first(where: { !$0.isEnd }) else { return nil }
    let declared = root.declarations["w"]
    let content =
      declared == OOXMLNamespace.wordTransitional
      ? comments
      : comments.replacingOccurrences(
        of: "<w:comment ", with: "<w:comment xmlns:w=\"\(OOXMLNamespace.wordTransitional)\" ")
    var result = bytes
    if root.isSelfClosing {
      let open = String(decoding: bytes[root.start..<root.end], as: UTF8.self).dropLast(2) + ">"
      result.replaceSubrange(root.start..<root.end, with: Array((open + content + "</\(root.name)>").utf8))
    } else {
      guard let end = tags.last(where: { $0.isEnd && $0.name == root.name }) else { return nil }
      result.insert(contentsOf: Array(content.utf8), at: end.start)
    }
    return result
  }

  /// A new comments part: its content type override and the main part's relationship.
  private static func addCommentsPart(
    _ part: String, mainPart: String, relationshipsPart: String, to entries: inout [WordPackage.Entry], file: String
  ) throws(KeHoachLintError) {
    let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    if let index = entries.firstIndex(where: { $0.path == "[Content_Types].xml" }) {
      let text = String(decoding: entries[index].data, as: UTF8.self)
      if !text.contains("PartName=\"/\(part)\"") {
        guard
          let updated = insert("<Override PartName=\"/\(part)\" ContentType=\"\(contentType)\"/>", before: "Types", in: entries[index].data)
        else { throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite) }
        entries[index].data = updated
      }
    }
    let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    let target = String(part.split(separator: "/").last ?? "comments.xml")
    if let index = entries.firstIndex(where: { WordPackage.key($0.path) == WordPackage.key(relationshipsPart) }) {
      let ids = Set((XMLTagScanner.tags(entries[index].data) ?? []).compactMap { $0.attribute("Id") })
      var number = ids.count + 1
      while ids.contains("rId\(number)") { number += 1 }
      guard
        let updated = insert(
          "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipType)\" Target=\"\(target)\"/>", before: "Relationships",
          in: entries[index].data)
      else { throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite) }
      entries[index].data = updated
    } else {
      let text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(relationshipType)\" Target=\"\(target)\"/></Relationships>"
      entries.append(WordPackage.Entry(path: relationshipsPart, data: Array(text.utf8), isDirectory: false))
    }
  }

  /// `text` inserted before the end tag of the root element named `rootLocalName`.
  private static func insert(_ text: String, before rootLocalName: String, in bytes: [UInt8]) -> [UInt8]? {
    guard let tags = XMLTagScanner.tags(bytes), let root = tags.first(where: { !$0.isEnd }), root.localName == rootLocalName
    else { return nil }
    var result = bytes
    if root.isSelfClosing {
      let open = String(decoding: bytes[root.start..<root.end], as: UTF8.self).dropLast(2) + ">"
      result.replaceSubrange(root.start..<root.end, with: Array((open + text + "</\(root.name)>").utf8))
    } else {
      guard let end = tags.last(where: { $0.isEnd && $0.name == root.name }) else { return nil }
      result.insert(contentsOf: Array(text.utf8), at: end.start)
    }
    return result
  }

  /// "Sở TT&TT Quảng Ngãi" → "STQN": the first letter of each word.
  static func initials(of author: String) -> String {
    let letters = author.split(separator: " ").compactMap { $0.first(where: \.isLetter) }.map { String($0).uppercased() }
    return letters.isEmpty ? "KL" : String(letters.prefix(6).joined())
  }
}
