import Foundation
import Testing

@testable import KeHoachLint

/// The parts of safe fixes: the plan's date style, what renumbering may not touch, exact run
/// splitting in Word, and what is skipped rather than guessed.
@Suite struct SafeFixDetailTests {
  static func findings(_ markdown: String) throws -> [Finding] {
    try TestSupport.linter(profile: "phu-luc-ii-2021").lint(document: TestSupport.markdown(markdown)).findings
  }

  @Test func datesKeepThePlansStyle() throws {
    let catalog = try #require(CivilDate(year: 2019, month: 3, day: 7))
    func date(_ text: String) -> CitationDate {
      let parts = text.split { "/-.".contains($0) }.compactMap { Int($0) }
      return CitationDate(text: text, day: parts[0], month: parts[1], year: parts[2], yearDigits: 4)
    }
    #expect(date("09/3/2020").rewritten(as: catalog, style: DateStyle()) == "07/3/2019")
    #expect(date("09/03/2020").rewritten(as: catalog, style: DateStyle()) == "07/03/2019")
    #expect(date("9-3-2020").rewritten(as: catalog, style: DateStyle()) == "7-3-2019")
    // "16/12/2020" shows no style of its own: the plan's other dates decide.
    #expect(date("16/12/2020").rewritten(as: catalog, style: DateStyle(padsDay: false, padsMonth: true)) == "7/03/2019")
    #expect(date("16/12/2020").rewritten(as: catalog, style: DateStyle()) == "07/03/2019")
    let words = CitationDate(text: "9 tháng 3 năm 2020", day: 9, month: 3, year: 2020, yearDigits: 4)
    #expect(words.rewritten(as: catalog, style: DateStyle()) == nil)
  }

  @Test func aCitedSectionIsNotRenumbered() throws {
    let plan = "# KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021\n\n## I. A\n\nx\n\n## I. B\n\ny\n\n## II. C\n\nz\n"
    let free = try Self.findings(plan).first { $0.kind == "section-numbering" }
    #expect(free?.fix?.replacements.map(\.newText) == ["II", "III"])
    let cited = try Self.findings(plan.replacingOccurrences(of: "z\n", with: "Kinh phí nêu tại mục II.\n"))
      .first { $0.kind == "section-numbering" }
    #expect(cited != nil)
    #expect(cited?.fix == nil)
  }

  /// "V." between "II." and "III." is a section out of order (the order rule's finding), not
  /// a number to shift.
  @Test func aMovedSectionIsNotRenumbered() throws {
    let plan =
      "# KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021\n\n## I. A\n\nx\n\n## II. B\n\nx\n\n## V. E\n\nx\n\n## III. C\n\nx\n\n## IV. D\n\nx\n"
    let numbering = try Self.findings(plan).filter { $0.kind == "section-numbering" }
    #expect(!numbering.isEmpty)
    #expect(numbering.allSatisfy { $0.fix == nil })
  }

  @Test func aMissingSectionOrBudgetIsNeverFixed() throws {
    let plan = "# KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2021\n\n## I. CĂN CỨ\n\nx\n"
    let findings = try Self.findings(plan)
    #expect(findings.contains { $0.kind == "required-sections" })
    #expect(findings.allSatisfy { $0.fix == nil })
  }

  static func context(_ document: PlanDocument) -> RuleContext {
    RuleContext(
      document: document, outline: Outline(document: document), profile: TestSupport.testProfile,
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory))
  }

  /// What a rule about a paragraph's wording calls: Markdown places by line and column (after
  /// inline markup and multi-byte letters), Word by paragraph and offset; a stretch a fixer
  /// could not reach gives no fix.
  @Test func ruleContextHelperPlacesAReplacement() throws {
    let markdown = Self.context(TestSupport.markdown("# Tiêu đề\n\n**Quảng Ngãi**, ngày 5 tháng 2 năm 2021\n"))
    let fix = try #require(markdown.fix(replacing: 17..<18, inBlock: 1, with: "05"))
    #expect(fix.replacements == [TextReplacement(line: 3, column: 22, endLine: 3, endColumn: 23, oldText: "5", newText: "05")])
    #expect(markdown.fix(replacing: 17..<18, inBlock: 1, with: "5") == nil)
    let word = Self.context(try TestDocx.read(body: TestDocx.paragraph("Quảng Ngãi, ngày 5 tháng 2 năm 2021")))
    let wordFix = try #require(word.fix(replacing: 17..<18, inBlock: 0, with: "05"))
    #expect(wordFix.replacements == [TextReplacement(paragraph: 1, offset: 17, endOffset: 18, oldText: "5", newText: "05")])
  }

  @Test func textFixerSkipsWhatItDoesNotFind() {
    let text = "a\nQuyết định số 749/NQ-TTg\n"
    let right = TextReplacement(line: 2, column: 15, endLine: 2, endColumn: 25, oldText: "749/NQ-TTg", newText: "749/QĐ-TTg")
    let stale = TextReplacement(line: 2, column: 15, endLine: 2, endColumn: 25, oldText: "749/QĐ-TTg", newText: "x")
    let overlapping = TextReplacement(line: 2, column: 19, endLine: 2, endColumn: 21, oldText: "NQ", newText: "QĐ")
    let result = TextFixer().apply([right, overlapping], to: text)
    #expect(result.text == "a\nQuyết định số 749/QĐ-TTg\n")
    #expect(result.skipped.map(\.reason) == [.overlaps])
    #expect(TextFixer().apply([stale], to: text).skipped.map(\.reason) == [.textDiffers])
  }

  @Test func diffHasContextAndHeaders() {
    let lines = (1...12).map { "dòng \($0)" }
    let text = lines.joined(separator: "\n") + "\n"
    let replacement = TextReplacement(line: 6, column: 6, endLine: 6, endColumn: 7, oldText: "6", newText: "sáu")
    let diff = UnifiedDiff.render(path: "PLAN.md", result: TextFixer().apply([replacement], to: text))
    #expect(
      diff == "--- a/PLAN.md\n+++ b/PLAN.md\n@@ -3,7 +3,7 @@\n dòng 3\n dòng 4\n dòng 5\n-dòng 6\n+dòng sáu\n dòng 7\n dòng 8\n dòng 9\n")
  }

  // MARK: Word

  static func finding(paragraph: Int, offset: Int, old: String, new: String) -> Finding {
    let replacement = TextReplacement(paragraph: paragraph, offset: offset, endOffset: offset + old.count, oldText: old, newText: new)
    return Finding(
      ruleID: "test", kind: "legal-number-format", severity: .warning, message: LocalizedText(vi: "x", en: "x"),
      location: SourceLocation(file: "t.docx", paragraph: paragraph), source: GuidanceSource(document: "d", section: "s"),
      fix: Fix(replacements: [replacement]))
  }

  static func fixedXML(_ body: String, _ findings: [Finding]) throws -> (xml: String, outcome: DocxFixer.Outcome) {
    let bytes = try TestDocx.package(document: TestDocx.document(body))
    let outcome = try DocxFixer(author: "Tổ thẩm định", date: Date(timeIntervalSince1970: 0)).fix(
      bytes: bytes, file: "t.docx", findings: findings)
    let xml = try #require(try WordRevisions.entries(outcome.bytes).first { $0.path == "word/document.xml" }).data
    return (String(decoding: xml, as: UTF8.self), outcome)
  }

  @Test func aChangeOverTwoRunsKeepsEachRunsFormatting() throws {
    let body =
      "<w:p><w:bookmarkStart w:id=\"40\" w:name=\"a\"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Quyết định số 749/</w:t></w:r>"
      + "<w:r><w:rPr><w:i/></w:rPr><w:t>NQ-TTg &amp; khác</w:t></w:r><w:bookmarkEnd w:id=\"40\"/></w:p>"
    let (xml, outcome) = try Self.fixedXML(body, [Self.finding(paragraph: 1, offset: 14, old: "749/NQ-TTg", new: "749/QĐ-TTg")])
    #expect(outcome.skipped.isEmpty)
    let date = "w:date=\"1970-01-01T00:00:00Z\""
    #expect(
      xml.contains(
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Quyết định số </w:t></w:r>"
          + "<w:del w:id=\"41\" w:author=\"Tổ thẩm định\" \(date)><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space=\"preserve\">749/</w:delText></w:r></w:del>"
          + "<w:del w:id=\"42\" w:author=\"Tổ thẩm định\" \(date)><w:r><w:rPr><w:i/></w:rPr><w:delText xml:space=\"preserve\">NQ-TTg</w:delText></w:r></w:del>"
          + "<w:ins w:id=\"43\" w:author=\"Tổ thẩm định\" \(date)><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">749/QĐ-TTg</w:t></w:r></w:ins>"
          + "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> &amp; khác</w:t></w:r>"))
    let accepted = try TestDocx.readXML(WordRevisions.acceptAll(Array(xml.utf8)))
    #expect(TestDocx.texts(accepted) == ["Quyết định số 749/QĐ-TTg & khác"])
    let rejected = try TestDocx.readXML(WordRevisions.rejectAll(Array(xml.utf8)))
    #expect(TestDocx.texts(rejected) == ["Quyết định số 749/NQ-TTg & khác"])
  }

  /// Decomposed text in the runs, composed in the reader's text: the change still lands on
  /// the right characters, and the deleted text is the runs' own.
  @Test func decomposedTextIsFixedByCharacters() throws {
    let body = TestDocx.paragraph("Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 749/NQ-TTg nga\u{0300}y 03/6/2020.")
    let (xml, outcome) = try Self.fixedXML(
      body,
      [
        Self.finding(paragraph: 1, offset: 11, old: "số", new: "Số"),
        Self.finding(paragraph: 1, offset: 14, old: "749/NQ-TTg", new: "749/QĐ-TTg"),
      ])
    #expect(outcome.skipped.isEmpty)
    #expect(xml.contains("<w:delText xml:space=\"preserve\">so\u{0302}\u{0301}</w:delText>"))
    let accepted = try TestDocx.readXML(WordRevisions.acceptAll(Array(xml.utf8)))
    #expect(TestDocx.texts(accepted) == ["Quyết định Số 749/QĐ-TTg ngày 03/6/2020."])
    let rejected = try TestDocx.readXML(WordRevisions.rejectAll(Array(xml.utf8)))
    #expect(TestDocx.texts(rejected) == ["Quyết định số 749/NQ-TTg ngày 03/6/2020."])
  }

  /// A drawing in the run keeps its place and bytes; the text box inside it is not the
  /// paragraph's text.
  @Test func aDrawingInTheSplitRunIsKept() throws {
    let drawing =
      "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
      + "<w:txbxContent><w:p><w:r><w:t>749/NQ-TTg</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
      + "</wp:inline></w:drawing></mc:Choice></mc:AlternateContent>"
    let body = "<w:p><w:r><w:t xml:space=\"preserve\">Quyết định số 749/NQ-TTg </w:t>\(drawing)<w:t>ngày 03/6/2020.</w:t></w:r></w:p>"
    let (xml, outcome) = try Self.fixedXML(body, [Self.finding(paragraph: 1, offset: 14, old: "749/NQ-TTg", new: "749/QĐ-TTg")])
    #expect(outcome.applied.count == 1)
    #expect(xml.contains("<w:r><w:t xml:space=\"preserve\"> </w:t>\(drawing)<w:t>ngày 03/6/2020.</w:t></w:r>"))
    let accepted = try TestDocx.readXML(WordRevisions.acceptAll(Array(xml.utf8)))
    #expect(TestDocx.texts(accepted) == ["Quyết định số 749/QĐ-TTg ngày 03/6/2020.", "749/NQ-TTg"])
  }

  @Test func textInAFieldOrCapitalsIsSkipped() throws {
    let field =
      "<w:p><w:r><w:t xml:space=\"preserve\">Số </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + "<w:r><w:t>749/NQ-TTg</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
    let capitals = "<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>số 749/nq-ttg</w:t></w:r></w:p>"
    let (xml, outcome) = try Self.fixedXML(
      field + capitals,
      [
        Self.finding(paragraph: 1, offset: 3, old: "749/NQ-TTg", new: "749/QĐ-TTg"),
        Self.finding(paragraph: 2, offset: 3, old: "749/NQ-TTG", new: "749/QĐ-TTG"),
      ])
    #expect(outcome.applied.isEmpty)
    #expect(outcome.skipped.count == 2)
    #expect(!xml.contains("w:del "))
  }

  @Test func twoChangesInOneParagraphAndCommentsForTheRest() throws {
    let body = TestDocx.paragraph("Quyết định số 749/NQ-TTg ngày 09/3/2020.") + TestDocx.paragraph("Thiếu mục.")
    var unfixable = Self.finding(paragraph: 2, offset: 0, old: "Thiếu", new: "Thiếu")
    unfixable.fix = nil
    let bytes = try TestDocx.package(document: TestDocx.document(body))
    let outcome = try DocxFixer(date: Date(timeIntervalSince1970: 0)).fix(
      bytes: bytes, file: "t.docx",
      findings: [
        Self.finding(paragraph: 1, offset: 30, old: "09/3/2020", new: "07/3/2019"),
        Self.finding(paragraph: 1, offset: 14, old: "749/NQ-TTg", new: "749/QĐ-TTg"), unfixable,
      ], comments: true)
    #expect(outcome.applied.count == 2)
    #expect(outcome.comments == 1)
    let entries = try WordRevisions.entries(outcome.bytes)
    let xml = try #require(entries.first { $0.path == "word/document.xml" }).data
    let accepted = try TestDocx.readXML(WordRevisions.acceptAll(xml))
    #expect(TestDocx.texts(accepted) == ["Quyết định số 749/QĐ-TTg ngày 07/3/2019.", "Thiếu mục."])
    let comments = String(decoding: try #require(entries.first { $0.path == "word/comments.xml" }).data, as: UTF8.self)
    // Revision ids 1-4; the comment's id follows them.
    #expect(comments.contains("w:id=\"5\""))
  }
}
