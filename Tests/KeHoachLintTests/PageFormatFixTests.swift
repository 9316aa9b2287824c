import Foundation
import Testing

@testable import KeHoachLint

/// The decree's paper and margins (Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, lề trên và dưới
/// 20–25 mm, trái 30–35 mm, phải 15–20 mm) fixed as Word records a tracked change of section
/// properties: accepted, the page is the decree's; rejected, it is the draft's.
@Suite struct PageFormatFixTests {
  static let letter = TestSupport.fixturesDirectory + "/docx/bad/the-thuc-kho-letter.docx"
  static let pageRules = ["the-thuc-kho-giay", "the-thuc-le-trang"]

  /// The draft fixed, then its revisions accepted and rejected, each read back.
  struct Review {
    let draft: FileReport
    let draftDocument: PlanDocument
    let outcome: DocxFixer.Outcome
    let xml: String
    let accepted: FileReport
    let acceptedDocument: PlanDocument
    let rejectedDocument: PlanDocument
  }

  static func review(_ bytes: [UInt8], name: String) throws -> Review {
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let path = temporary.path + "/\(name).docx"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let draft = try SafeFixTests.lint(path)
    let outcome = try DocxFixer(date: Date(timeIntervalSince1970: 1_600_000_000)).fix(bytes: bytes, file: path, findings: draft.findings)
    let before = try WordRevisions.entries(bytes)
    let entries = try WordRevisions.entries(outcome.bytes)
    #expect(before.map(\.path) == entries.map(\.path))
    for (old, new) in zip(before, entries) where old.path != "word/document.xml" { #expect(old.data == new.data, "\(old.path)") }
    let xml = try #require(entries.first { $0.path == "word/document.xml" }).data
    let acceptedBytes = try WordRevisions.replacingDocument(in: entries, with: WordRevisions.acceptAll(xml))
    let acceptedPath = temporary.path + "/\(name)-accepted.docx"
    try Data(acceptedBytes).write(to: URL(fileURLWithPath: acceptedPath))
    let rejectedBytes = try WordRevisions.replacingDocument(in: entries, with: WordRevisions.rejectAll(xml))
    return Review(
      draft: draft, draftDocument: try DocxReader().read(bytes: bytes, file: path), outcome: outcome,
      xml: String(decoding: xml, as: UTF8.self), accepted: try SafeFixTests.lint(acceptedPath),
      acceptedDocument: try DocxReader().read(bytes: acceptedBytes, file: acceptedPath),
      rejectedDocument: try DocxReader().read(bytes: rejectedBytes, file: path))
  }

  static func isPageRule(_ finding: Finding) -> Bool { pageRules.contains { finding.ruleID.hasSuffix($0) } }

  /// Accepted: no paper or margins finding, nothing new, the text unchanged; rejected: the
  /// draft's sections exactly.
  static func expectReviewed(_ review: Review) {
    #expect(review.outcome.skippedPageSetups.isEmpty)
    #expect(!review.accepted.findings.contains(where: isPageRule))
    #expect(SafeFixTests.keys(review.accepted.findings).subtracting(SafeFixTests.keys(review.draft.findings)).isEmpty, "no new finding")
    #expect(TestDocx.texts(review.acceptedDocument) == TestDocx.texts(review.draftDocument))
    #expect(review.rejectedDocument.formatting.sections == review.draftDocument.formatting.sections)
    #expect(TestDocx.texts(review.rejectedDocument) == TestDocx.texts(review.draftDocument))
  }

  /// The body's own section properties, as written.
  static func bodySection(_ xml: String) -> String? {
    guard let end = xml.range(of: "</w:body>", options: .backwards) else { return nil }
    let head = xml[..<end.lowerBound]
    // The last section's start: before its change (whose old properties are a w:sectPr too).
    let beforeChange = head.range(of: "<w:sectPrChange", options: .backwards).map { head[..<$0.lowerBound] } ?? head
    guard let start = beforeChange.range(of: "<w:sectPr", options: .backwards) else { return nil }
    return String(xml[start.lowerBound..<end.upperBound])
  }

  @Test func letterPaperBecomesA4AsATrackedSectionChange() throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.letter)))
    let review = try Self.review(bytes, name: "letter")
    let paper = try #require(review.draft.findings.first { $0.ruleID.hasSuffix("the-thuc-kho-giay") })
    let fix = try #require(paper.fix?.pageSetup)
    #expect(paper.fix?.replacements.isEmpty == true)
    #expect(fix.before.width == 12240 && fix.before.height == 15840)
    #expect(fix.after == PageSetup(width: 11906, height: 16838, landscape: false))
    #expect(review.outcome.appliedPageSetups == [fix])
    Self.expectReviewed(review)
    let section = try #require(Self.bodySection(review.xml))
    // CT_SectPr ends with w:sectPrChange; the old properties are Word's own, whole.
    #expect(section.hasSuffix("</w:sectPr></w:sectPrChange></w:sectPr></w:body>"))
    #expect(section.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
    #expect(section.contains(#"<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar"#))
    #expect(section.contains(#"w:author="kehoach-lint" w:date="2020-09-13T12:26:40Z""#))
    #expect(review.acceptedDocument.formatting.sections.map(\.width) == [11906])
    // Until it is accepted, the copy holds a tracked formatting change (draft hygiene says so).
    let fixed = try DocxReader().read(bytes: review.outcome.bytes, file: "fixed.docx")
    #expect(fixed.draftState.revisionCounts[.formatting] == 1)
    #expect(review.acceptedDocument.draftState.revisionCounts[.formatting] == nil)
  }

  @Test func marginsOutsideTheRangeMoveToTheNearestAllowedValue() throws {
    // The Letter draft on A4, with a top margin of 10 mm, left 20 mm, right 30 mm.
    let entries = try WordRevisions.entries([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.letter))))
    var xml = String(decoding: try #require(entries.first { $0.path == "word/document.xml" }).data, as: UTF8.self)
    xml = xml.replacingOccurrences(of: #"<w:pgSz w:w="12240" w:h="15840"/>"#, with: #"<w:pgSz w:w="11906" w:h="16838"/>"#)
    xml = xml.replacingOccurrences(
      of: #"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701""#,
      with: #"<w:pgMar w:top="567" w:right="1701" w:bottom="1134" w:left="1134""#)
    let review = try Self.review(try WordRevisions.replacingDocument(in: entries, with: xml), name: "margins")
    let margins = try #require(review.draft.findings.first { $0.ruleID.hasSuffix("the-thuc-le-trang") })
    #expect(!review.draft.findings.contains { $0.ruleID.hasSuffix("the-thuc-kho-giay") })
    #expect(margins.fix?.pageSetup?.after == PageSetup(top: 1134, left: 1701, right: 1133))
    Self.expectReviewed(review)
    let section = try #require(Self.bodySection(review.xml))
    // Only the sides outside the range change; header, footer and gutter stay.
    #expect(
      section.contains(#"<w:pgMar w:top="1134" w:right="1133" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>"#))
    #expect(section.contains(#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="567" w:right="1701""#))
  }

  @Test func aDocumentWithoutSectionPropertiesGetsTheBodysOwn() throws {
    // No w:sectPr: Word lays the page out as Letter with 25,4 mm margins.
    let entries = try WordRevisions.entries([UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.letter))))
    var xml = String(decoding: try #require(entries.first { $0.path == "word/document.xml" }).data, as: UTF8.self)
    xml = xml.replacing(#/<w:sectPr\b.*?</w:sectPr>/#.dotMatchesNewlines(), with: "")
    #expect(!xml.contains("<w:sectPr"))
    let review = try Self.review(try WordRevisions.replacingDocument(in: entries, with: xml), name: "no-section")
    #expect(review.draft.findings.filter(Self.isPageRule).count == 2)
    // Paper and margins of one section are one change.
    #expect(review.outcome.appliedPageSetups.count == 1)
    Self.expectReviewed(review)
    let section = try #require(Self.bodySection(review.xml))
    #expect(
      section.hasPrefix(
        #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1133" w:bottom="1440" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:sectPrChange "#
      ))
    #expect(section.hasSuffix("<w:sectPr/></w:sectPrChange></w:sectPr></w:body>"))
  }

  @Test func newPageSizeAndMarginsGoWhereTheSchemaPutsThem() throws {
    let body =
      TestDocx.paragraph("KẾ HOẠCH") + TestDocx.paragraph("Nội dung.")
      + #"<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:type w:val="nextPage"/><w:cols w:space="720"/></w:sectPr>"#
    let bytes = try TestDocx.package(document: TestDocx.document(body))
    let review = try Self.review(bytes, name: "order")
    Self.expectReviewed(review)
    let section = try #require(Self.bodySection(review.xml))
    #expect(
      section.hasPrefix(
        #"<w:sectPr><w:headerReference w:type="default" r:id="rId9"/><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar "#
      ))
    // The old properties hold no header reference (CT_SectPrBase).
    #expect(
      section.hasSuffix(#"<w:sectPr><w:type w:val="nextPage"/><w:cols w:space="720"/></w:sectPr></w:sectPrChange></w:sectPr></w:body>"#))
  }

  @Test func aSectionNotAsCheckedIsLeftAlone() throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.letter)))
    let file = try SafeFixTests.lint(Self.letter)
    var findings = file.findings
    let index = try #require(findings.firstIndex { $0.fix?.pageSetup != nil })
    findings[index].fix?.pageSetup?.before.width = 11906
    let outcome = try DocxFixer().fix(bytes: bytes, file: Self.letter, findings: findings)
    #expect(outcome.appliedPageSetups.isEmpty)
    #expect(outcome.skippedPageSetups.map(\.reason) == [.textDiffers])
    #expect(outcome.changes == outcome.applied.count)
  }

  @Test func marginsRoundToWholeTwipsInsideTheRange() {
    #expect(DecreePageFormat.nearest(567, inside: 20...25) == 1134)
    #expect(DecreePageFormat.nearest(2000, inside: 20...25) == 1417)
    #expect(DecreePageFormat.nearest(1440, inside: 30...35) == 1701)
    #expect(DecreePageFormat.nearest(2500, inside: 30...35) == 1984)
    #expect(DecreePageFormat.nearest(1440, inside: 15...20) == 1133)
    #expect(DecreePageFormat.nearest(500, inside: 15...20) == 851)
  }

  @Test func aTurnedPageOfTablesStaysTurnedOnA4() {
    var formatting = WordFormatting()
    formatting.sections = [
      WordFormatting.Section(number: 1, paragraphs: 1...10, width: 11906, height: 16838),
      WordFormatting.Section(number: 2, paragraphs: 11...20, width: 15840, height: 12240, isLandscape: true, isMainlyTable: true),
      WordFormatting.Section(number: 3, paragraphs: 21...30, width: 16838, height: 11906, isLandscape: true),
    ]
    let fixes = DecreePageFormat(formatting: formatting).paperProblems().map(\.pageFix)
    #expect(fixes.map { $0?.section } == [2, 3])
    #expect(fixes.first??.after == PageSetup(width: 16838, height: 11906, landscape: true))
    #expect(fixes.last??.after == PageSetup(width: 11906, height: 16838, landscape: false))
  }

  @Test func reportsCarryThePageSetupFix() throws {
    let report = try LintSession.run(LintRequest(paths: [Self.letter], rulesDirectory: TestSupport.rulesDirectory))
    let options = ReportOptions(language: .en, toolVersion: "test")
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JSONReporter().render(report, options: options).utf8)) as? [String: Any])
    let findings = try #require(((json["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
    let paper = try #require(findings.first { ($0["ruleId"] as? String)?.hasSuffix("the-thuc-kho-giay") == true })
    #expect((paper["pageSetupFix"] as? [String: Any])?["section"] as? Int == 1)
    #expect(paper["fix"] == nil)
    let sarif = try #require(
      JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report, options: options).utf8)) as? [String: Any])
    let results = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
    let result = try #require(results.first { ($0["ruleId"] as? String)?.hasSuffix("the-thuc-kho-giay") == true })
    #expect(result["fixes"] == nil, "a property change is no text region")
    let properties = try #require(result["properties"] as? [String: Any])
    #expect((properties["pageSetupFix"] as? [String: Any])?["after"] != nil)
    #expect(BuiltInRules.description(of: "decree-format")?.canFix == true)
  }
}
