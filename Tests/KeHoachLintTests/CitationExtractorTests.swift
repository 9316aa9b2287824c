import Foundation
import Testing

@testable import KeHoachLint

/// The citation extractor: every citation of the guidance texts, every written form, exact
/// positions in NFC and NFD.
@Suite struct CitationExtractorTests {
  static let catalog: LegalCatalog = (try? LegalCatalogLoader.load(rulesDirectory: TestSupport.rulesDirectory)) ?? LegalCatalog()

  static func seed(_ name: String) throws -> PlanDocument {
    let path = TestSupport.repositoryRoot + "/Fixtures/seeds/" + name
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return MarkdownReader().read(bytes: [UInt8](data), file: name)
  }

  static func citations(_ markdown: String) -> [Citation] {
    CitationExtractor(catalog: catalog).citations(in: TestSupport.markdown(markdown))
  }

  static func describe(_ citation: Citation) -> String {
    "\(citation.location.line ?? 0):\(citation.location.column ?? 0) \(citation.text)"
  }

  @Test(arguments: SeedCitations.expected.keys.sorted())
  func findsEveryCitationOfTheGuidanceTexts(_ name: String) throws {
    let found = CitationExtractor(catalog: Self.catalog).citations(in: try Self.seed(name)).map(Self.describe)
    let expected = try #require(SeedCitations.expected[name])
    #expect(found.filter { !expected.contains($0) } == [], "\(name): invented")
    #expect(expected.filter { !found.contains($0) } == [], "\(name): missed")
    #expect(found.count == expected.count)
  }

  @Test func nfdTextGivesTheSameCitationsAtTheSameColumns() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: TestSupport.repositoryRoot + "/Fixtures/seeds/001_78fc1cb0f2550b87.txt"))
    let nfd = String(decoding: data, as: UTF8.self).decomposedStringWithCanonicalMapping
    #expect(Array(nfd.utf8) != [UInt8](data))
    let document = MarkdownReader().read(bytes: Array(nfd.utf8), file: "nfd.txt")
    let found = CitationExtractor(catalog: Self.catalog).citations(in: document).map {
      Self.describe($0).precomposedStringWithCanonicalMapping
    }
    #expect(found == SeedCitations.expected["001_78fc1cb0f2550b87.txt"])
  }

  @Test(arguments: [
    ("Nghị định số 64/2007/NĐ-CP", "64/2007/ND-CP", DocumentNumber.Form.state),
    ("Nghị quyết số 52-NQ/TW", "52-NQ/TW", .party),
    ("Quyết định số 749/QĐ-TTg", "749/QD-TTG", .state),
    ("Công văn số 2606/BTTTT-THH", "2606/BTTTT-THH", .state),
    ("Nghị quyết 30c/NQ-CP", "30C/NQ-CP", .state),
    ("Luật số 86/2015/QH13", "86/2015/QH13", .state),
    ("Công văn số 2606/BTTTT-THH-ATTT", "2606/BTTTT-THH-ATTT", .state),
    ("Nghị quyết số 02/NQ-CP", "2/NQ-CP", .state),
    ("Quyết định 80/2014/QĐ-Ttg", "80/2014/QD-TTG", .state),
    ("(Nghị định 45/2020)", "45/2020", .incomplete),
  ])
  func readsEveryNumberForm(_ text: String, key: String, form: DocumentNumber.Form) throws {
    let citation = try #require(Self.citations(text + " ngày 10/4/2007.\n").first)
    #expect(citation.number?.value.key == key)
    #expect(citation.number?.value.form == form)
  }

  @Test(arguments: [
    ("ngày 10/4/2007", 10, 4, 2007, 4),
    ("10/04/2007", 10, 4, 2007, 4),
    ("ngày 27/ 9/2019", 27, 9, 2019, 4),
    ("ngày 10 tháng 4 năm 2007", 10, 4, 2007, 4),
    ("ngày17/8/2015", 17, 8, 2015, 4),
    (", ngày 01/1/2019", 1, 1, 2019, 4),
    ("ngày 17/10/20178", 17, 10, 20178, 5),
  ])
  func readsEveryDateForm(_ written: String, day: Int, month: Int, year: Int, digits: Int) throws {
    let citation = try #require(Self.citations("Nghị định số 64/2007/NĐ-CP \(written) của Chính phủ.\n").first)
    let date = try #require(citation.date?.value)
    #expect([date.day, date.month, date.year, date.yearDigits] == [Int]([day, month, year, digits]))
    #expect(citation.issuer?.value.name == "Chính phủ")
  }

  @Test(arguments: [
    ("của Chính phủ", "Chính phủ"),
    ("của CP", "Chính phủ"),
    ("của Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("của TTCP", "Thủ tướng Chính phủ"),
    ("của Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
    ("của Bộ trưởng Bộ Thông tin và Truyền thông", "Bộ trưởng Bộ Thông tin và Truyền thông"),
    ("của Bộ Chính trị", "Bộ Chính trị"),
    ("của UBND tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
    ("của UBND tỉnh V/v xây dựng", "Ủy ban nhân dân tỉnh"),
  ])
  func readsIssuersAndTheirAbbreviations(_ written: String, name: String) throws {
    let citation = try #require(Self.citations("Quyết định số 749/QĐ-TTg ngày 03/6/2020 \(written).\n").first)
    #expect(citation.issuer?.value.name == name)
  }

  @Test func listsUnderOneTypeWordGiveOneCitationEach() {
    let found = Self.citations(
      "(các Công văn số 1624/UBND-KGVX ngày 15/4/2020, số 2276/UBND-KSTTHC ngày 20/5/2020 và số 3323/UBND-KGVX).\n")
    #expect(found.map { $0.number?.value.text } == ["1624/UBND-KGVX", "2276/UBND-KSTTHC", "3323/UBND-KGVX"])
    #expect(found.map(\.type) == [.congVan, .congVan, .congVan])
    #expect(found.map(\.typeSource) == [.word, .list, .list])
  }

  @Test func lawsCitedByNameEndWhereTheNameEnds() {
    let found = Self.citations(
      "Luật Công nghệ thông tin; Luật an toàn thông tin mạng năm 2015; Luật Đầu tư công ngày 13/6/2019; Luật An toàn thông tin mạng số 86/2015/QH13 ngày 19/11/2015.\n"
    )
    #expect(found.map { $0.name?.value } == ["Công nghệ thông tin", "an toàn thông tin mạng", "Đầu tư công", "An toàn thông tin mạng"])
    #expect(found.last?.number?.value.text == "86/2015/QH13")
    #expect(found[2].date?.value.text == "13/6/2019")
  }

  @Test func anAmendingLawsDateIsNotTheAmendedLaws() {
    let found = Self.citations(
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;\n"
    )
    #expect(found.map { $0.name?.value } == ["Tổ chức chính quyền địa phương", "Tổ chức Chính phủ", "Tổ chức chính quyền địa phương"])
    #expect(found.map { $0.date?.value.text } == ["19 tháng 6 năm 2015", nil, nil])
  }

  @Test func wordsThatOnlyLookLikeCitationsAreNot() {
    let found = Self.citations(
      "Số: 125/KH-UBND\n\nKế hoạch 5 năm; theo quy định của pháp luật; Luật này quy định; 19/22 bộ; tổng số 12/15 đơn vị; Chương trình 135; Kế hoạch năm 2021; Báo cáo 6/2020; Kế hoạch 2021-2025.\n"
    )
    #expect(found.isEmpty)
  }

  @Test func positionsComeFromTheModelInTablesAndNotes() throws {
    let table = "| TT | Căn cứ |\n|---|---|\n| 1 | Theo Quyết định số 749/QĐ-TTg |\n"
    let found = Self.citations("Đoạn đầu.\n\n" + table)
    let citation = try #require(found.first)
    #expect(citation.location.line == 5)
    #expect(citation.location.column == 12)
    #expect(citation.place == .cell(block: 1, row: 2, column: 2))
    let note = Block(kind: .paragraph, text: "Xem Nghị định 64/2007/NĐ-CP.", location: SourceLocation(file: "x.docx", paragraph: 40))
    let document = PlanDocument(file: "x.docx", format: .docx, blocks: [], notes: [note])
    let inNote = try #require(CitationExtractor().citations(in: document).first)
    #expect(inNote.place == .note(0))
    #expect(inNote.location.paragraph == 40)
  }

  @Test func nfdColumnsCountCharacters() throws {
    let nfd = "Đoạn: Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 749/QĐ-TTg nga\u{0300}y 03/6/2020 cu\u{0309}a TTCP.\n"
    let citation = try #require(Self.citations(nfd).first)
    #expect(citation.location.column == 7)
    #expect(citation.number?.location.column == 21)
    #expect(citation.date?.location.column == 37)
    #expect(citation.issuer?.value.name == "Thủ tướng Chính phủ")
  }
}
