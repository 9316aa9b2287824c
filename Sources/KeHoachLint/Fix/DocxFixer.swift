import Foundation

/// Writes a copy of a `.docx` in which each safe fix is a tracked change: the old text in a
/// `w:del`, the new in a `w:ins`, for a person to accept or reject in Word's Review pane.
///
/// Only `document.xml` changes, and only the runs a fix covers (split where it starts and
/// ends, their `w:rPr` kept); every other ZIP entry keeps its bytes, as with `annotate`. A fix
/// whose text cannot be found exactly in plain runs (a field result, a symbol, text in
/// capitals by style, a content control, a paragraph with revisions over it) is skipped and
/// said, never approximated. With `comments`, the findings left without a fix become Word
/// comments in the same copy.
public struct DocxFixer: Sendable {
  public var author: String
  /// The revisions' date (`SOURCE_DATE_EPOCH` when set, so outputs are repeatable).
  public var date: Date
  public var language: Language

  public init(author: String = "kehoach-lint", date: Date = Date(), language: Language = .vi) {
    self.author = author
    self.date = date
    self.language = language
  }

  /// What `fix` wrote.
  public struct Outcome: Sendable {
    public let bytes: [UInt8]
    public let applied: [TextReplacement]
    public let skipped: [(replacement: TextReplacement, reason: Messages.Fix.SkipReason)]
    /// Page setups changed, one per section (a section's paper and margins together).
    public var appliedPageSetups: [PageSetupFix] = []
    public var skippedPageSetups: [(fix: PageSetupFix, reason: Messages.Fix.SkipReason)] = []
    /// Every tracked change written.
    public var changes: Int { applied.count + appliedPageSetups.count }
    public let comments: Int
  }

  /// The copy of `bytes` with the fixes of `findings` (waived ones left alone), and with
  /// `comments`, the rest as comments.
  public func fix(bytes: [UInt8], file: String, findings: [Finding], comments: Bool = false) throws(KeHoachLintError) -> Outcome {
    let document = try DocxReader().read(bytes: bytes, file: file)
    var package = try WordPackage(bytes: bytes, file: file)
    guard let firstMap = WordParagraphMap(bytes: package.mainDocument) else {
      throw .notAWordDocument(path: file, reason: Messages.Annotate.cannotRewrite)
    }
    if firstMap.wordNamespace == OOXMLNamespace.wordStrict {
      throw .notAWordDocument(path: file, reason: Messages.Annotate.strictOOXML)
    }
    let texts = Self.paragraphTexts(document)
    var writer = RevisionWriter(
      xml: package.mainDocument, prefix: firstMap.wordPrefix, author: author, date: ReportFormatting.iso8601(date))
    var applied: [TextReplacement] = []
    var skipped: [(TextReplacement, Messages.Fix.SkipReason)] = []
    var fixedFindings: Set<Int> = []
    let candidates = findings.enumerated().filter { !$0.element.isWaived }.flatMap { index, finding in
      (finding.fix?.replacements ?? []).map { (index, $0) }
    }
    for (index, replacement) in candidates.sorted(by: { ($0.1.paragraph ?? 0, $0.1.offset ?? 0) < ($1.1.paragraph ?? 0, $1.1.offset ?? 0) })
    {
      if applied.contains(replacement) { continue }
      if applied.contains(where: { $0.overlaps(replacement) }) {
        skipped.append((replacement, .overlaps))
        continue
      }
      guard let paragraph = replacement.paragraph, let text = texts[paragraph] else {
        skipped.append((replacement, .notLocated))
        continue
      }
      if let reason = writer.apply(replacement, paragraph: paragraph, readerText: text) {
        skipped.append((replacement, reason))
      } else {
        applied.append(replacement)
        fixedFindings.insert(index)
      }
    }
    let (pageApplied, pageSkipped) = applyPageSetups(
      findings, writer: &writer, sections: document.formatting.sections.count, fixed: &fixedFindings)
    package.mainDocument = writer.xml
    var commentCount = 0
    if comments {
      let annotator = DocxAnnotator(author: author, date: date, language: language)
      let title = document.header.title?.location.paragraph ?? document.blocks.first?.location.paragraph ?? 1
      let unfixed = findings.enumerated().filter { !fixedFindings.contains($0.offset) }.map {
        annotator.comment(for: $0.element, titleParagraph: title)
      }
      if !unfixed.isEmpty { try annotator.add(unfixed, to: &package, minimumID: writer.nextID) }
      commentCount = unfixed.count
    }
    return Outcome(
      bytes: try package.archive(), applied: applied, skipped: skipped, appliedPageSetups: pageApplied,
      skippedPageSetups: pageSkipped, comments: commentCount)
  }

  /// The page setup fixes, those of one section merged into one change (a section has one
  /// `w:sectPrChange`).
  private func applyPageSetups(
    _ findings: [Finding], writer: inout RevisionWriter, sections: Int, fixed: inout Set<Int>
  ) -> ([PageSetupFix], [(fix: PageSetupFix, reason: Messages.Fix.SkipReason)]) {
    var merged: [Int: (fix: PageSetupFix, findings: [Int])] = [:]
    for (index, finding) in findings.enumerated() where !finding.isWaived {
      guard let fix = finding.fix?.pageSetup else { continue }
      if var known = merged[fix.section] {
        guard known.fix.before == fix.before else { continue }
        known.fix.after = known.fix.after.merging(fix.after)
        known.findings.append(index)
        merged[fix.section] = known
      } else {
        merged[fix.section] = (fix, [index])
      }
    }
    var applied: [PageSetupFix] = []
    var skipped: [(fix: PageSetupFix, reason: Messages.Fix.SkipReason)] = []
    for section in merged.keys.sorted() {
      guard let (fix, indices) = merged[section] else { continue }
      if let reason = writer.apply(fix, sections: sections) {
        skipped.append((fix, reason))
      } else {
        applied.append(fix)
        fixed.formUnion(indices)
      }
    }
    return (applied, skipped)
  }

  /// Each body paragraph's text as the reader built it; a paragraph number that several blocks
  /// share (a text box's, a joined paragraph's) keeps its first, the paragraph's own.
  static func paragraphTexts(_ document: PlanDocument) -> [Int: String] {
    var texts: [Int: String] = [:]
    for block in document.blocks where block.table == nil {
      guard let paragraph = block.location.paragraph, texts[paragraph] == nil else { continue }
      texts[paragraph] = block.text
    }
    // A header table's cells share one location; their paragraphs are known one by one (whole
    // when shorter than the kept prefix).
    for paragraph in document.formatting.headerParagraphs where texts[paragraph.number] == nil {
      guard paragraph.text.count < WordFormatting.Paragraph.keptCharacters else { continue }
      texts[paragraph.number] = paragraph.text
    }
    return texts
  }
}

/// Applies replacements to `document.xml` one at a time (re-reading the part after each, so
/// offsets stay exact), numbering revisions after every id the part uses.
struct RevisionWriter {
  // Internal setter: SectionSetupWriter (an extension in its own file) rewrites section properties.
  var xml: [UInt8]
  let prefix: String
  let author: String
  let date: String
  /// The first id of this run's revisions: anything from here on is `fix`'s own.
  let firstID: Int
  private(set) var nextID: Int

  init(xml: [UInt8], prefix: String, author: String, date: String) {
    self.xml = xml
    self.prefix = prefix
    self.author = author
    self.date = date
    let ids = (XMLTagScanner.tags(xml) ?? []).compactMap { tag in
      tag.attributes.first { $0.name == (prefix.isEmpty ? "id" : prefix + ":id") }.flatMap { Int($0.value) }
    }
    firstID = (ids.max() ?? 0) + 1
    nextID = firstID
  }

  /// Applies `replacement` in body paragraph `paragraph`, whose text the reader built as
  /// `readerText`; the reason it could not, or nil.
  mutating func apply(_ replacement: TextReplacement, paragraph: Int, readerText: String) -> Messages.Fix.SkipReason? {
    guard let map = WordParagraphMap(bytes: xml), map.paragraphs.indices.contains(paragraph - 1),
      let tags = XMLTagScanner.tags(xml)
    else { return .notLocated }
    let element = map.paragraphs[paragraph - 1]
    guard let endTag = element.endTagStart, let first = tags.firstIndex(where: { $0.start == element.startTag.start }),
      let last = tags[first...].firstIndex(where: { $0.start == endTag })
    else { return .notLocated }
    let runs = ParagraphRuns(
      bytes: xml, tags: tags[(first + 1)..<last], prefix: prefix, fieldsOpen: Self.fieldOpen(before: first, in: tags, prefix: prefix),
      ownIDs: firstID)
    guard let range = TextLocator.locate(replacement, readerText: readerText, paragraphText: runs.text) else {
      return .textDiffers
    }
    guard let edits = edits(replacing: range, with: replacement.newText, in: runs) else { return .notLocated }
    for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      xml.replaceSubrange(edit.range, with: Array(edit.text.utf8))
    }
    return nil
  }

  /// Whether a complex field begun before tag `index` is still open there.
  static func fieldOpen(before index: Int, in tags: [XMLTagScanner.Tag], prefix: String) -> Bool {
    var depth = 0
    for tag in tags[..<index] where tag.prefix == prefix && tag.localName == "fldChar" {
      switch tag.attribute("fldCharType") {
      case "begin": depth += 1
      case "end": depth = max(0, depth - 1)
      default: break
      }
    }
    return depth > 0
  }

  /// The runs covering `range` rewritten: the text before and after the range in runs of
  /// their own, the range's text in `w:del`, `newText` in one `w:ins` after the last deletion.
  private mutating func edits(replacing range: Range<Int>, with newText: String, in runs: ParagraphRuns) -> [(
    range: Range<Int>, text: String
  )]? {
    let owners = runs.editableRun[range]
    guard !owners.isEmpty, owners.allSatisfy({ $0 != nil }) else { return nil }
    var indices: [Int] = []
    for owner in owners.compactMap({ $0 }) where indices.last != owner { indices.append(owner) }
    guard let firstRun = indices.first, let lastRun = indices.last, Set(indices).count == indices.count,
      indices.allSatisfy({ runs.runs[$0].parent == runs.runs[firstRun].parent })
    else { return nil }
    let w = prefix.isEmpty ? "" : prefix + ":"
    let firstProperties = runs.runs[firstRun].properties.map { String(decoding: xml[$0], as: UTF8.self) } ?? ""
    var edits: [(Range<Int>, String)] = []
    for index in indices {
      let run = runs.runs[index]
      let properties = run.properties.map { String(decoding: xml[$0], as: UTF8.self) } ?? ""
      guard let split = split(run, at: range) else { return nil }
      let startTag = String(decoding: xml[run.startTag], as: UTF8.self)
      var text = split.before.isEmpty ? "" : startTag + properties + split.before + "</\(w)r>"
      text += revision(
        "del", content: "<\(w)r>\(properties)<\(w)delText xml:space=\"preserve\">\(Markup.escape(split.middle))</\(w)delText></\(w)r>")
      if index == lastRun, !newText.isEmpty {
        text += revision("ins", content: "<\(w)r>\(firstProperties)<\(w)t xml:space=\"preserve\">\(Markup.escape(newText))</\(w)t></\(w)r>")
      }
      text += split.after.isEmpty ? "" : startTag + properties + split.after + "</\(w)r>"
      edits.append((run.start..<run.end, text))
    }
    return edits
  }

  /// A run's children before `range` (as XML), its text inside, and its children after; nil
  /// when something other than plain text (or a mark that may go) lies inside the range.
  private func split(_ run: ParagraphRuns.Run, at range: Range<Int>) -> (before: String, middle: String, after: String)? {
    let w = prefix.isEmpty ? "" : prefix + ":"
    func textElement(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      return "<\(w)t xml:space=\"preserve\">\(Markup.escape(text))</\(w)t>"
    }
    var before = ""
    var middle = ""
    var after = ""
    for child in run.children {
      let bytes = String(decoding: xml[child.start..<child.end], as: UTF8.self)
      let end = child.offset + child.length
      if child.length == 0 {
        if child.offset <= range.lowerBound {
          before += bytes
        } else if child.offset >= range.upperBound {
          after += bytes
        } else if !child.isDroppable {
          return nil
        }
      } else if end <= range.lowerBound {
        before += bytes
      } else if child.offset >= range.upperBound {
        after += bytes
      } else {
        guard child.isEditableText else { return nil }
        let low = max(range.lowerBound, child.offset) - child.offset
        let high = min(range.upperBound, end) - child.offset
        if low > 0 { before += textElement(child.text[..<low]) }
        middle.unicodeScalars.append(contentsOf: child.text[low..<high])
        if high < child.length { after += textElement(child.text[high...]) }
      }
    }
    return (before, middle, after)
  }

  /// `<w:del …>content</w:del>` (or `w:ins`, `w:sectPrChange`) with the next id.
  mutating func revision(_ name: String, content: String) -> String {
    let w = prefix.isEmpty ? "" : prefix + ":"
    defer { nextID += 1 }
    return "<\(w)\(name) \(w)id=\"\(nextID)\" \(w)author=\"\(Markup.escape(author))\" \(w)date=\"\(date)\">\(content)</\(w)\(name)>"
  }
}
