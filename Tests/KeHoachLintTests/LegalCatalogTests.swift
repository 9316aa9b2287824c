import Foundation
import Testing

@testable import KeHoachLint

/// The legal catalog: the bundled YAML loads, matching follows numbers, variants, names and
/// years, and a mistake in a user's entry points to its file, line and column.
@Suite struct LegalCatalogTests {
  static func catalog() throws -> LegalCatalog { try LegalCatalogLoader.load(rulesDirectory: TestSupport.rulesDirectory) }

  static func citation(_ markdown: String) throws -> Citation {
    try #require(CitationExtractor(catalog: try catalog()).citations(in: TestSupport.markdown(markdown)).first)
  }

  /// Loads one catalog file written to a fresh folder, returning the error it raises.
  static func loadError(_ yaml: String) throws -> KeHoachLintError? {
    let scratch = try TemporaryFolder("legal-catalog")
    defer { scratch.remove() }
    let root = scratch.path
    try FileManager.default.createDirectory(atPath: root + "/legal", withIntermediateDirectories: true)
    try yaml.write(toFile: root + "/legal/test.yml", atomically: true, encoding: .utf8)
    do {
      _ = try LegalCatalogLoader.load(rulesDirectory: root)
      return nil
    } catch {
      return error
    }
  }

  @Test func bundledCatalogHoldsTheReferenceAndTheGuidanceDocuments() throws {
    let catalog = try Self.catalog()
    // 85 reference entries, the 2025 law that replaces 80/2015/QH13, 31 documents of Quảng Ngãi.
    #expect(catalog.documents.count == 117)
    let resolution = try #require(catalog.document(number: "17/NQ-CP"))
    #expect(resolution.date == CivilDate(year: 2019, month: 3, day: 7))
    #expect(resolution.verification == .primary)
    #expect(resolution.sources.first?.url.hasPrefix("https://") == true)
    #expect(catalog.document(number: "2606/BTTTT-THH-ATTT")?.number == "2606/BTTTT-THH")
    #expect(catalog.documents.filter { $0.verification == .unverified }.count == 9 + 31)
  }

  @Test func matchesByNumberVariantNameAndYear() throws {
    let catalog = try Self.catalog()
    let variant = catalog.match(try Self.citation("số 2606/BTTTT-THH-ATTT ngày 15/7/2020\n"))
    #expect(variant.kind == .variant)
    let reissued2021 = catalog.match(try Self.citation("Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ\n"))
    #expect(reissued2021.document?.date == CivilDate(year: 2021, month: 5, day: 20))
    let undated = catalog.match(try Self.citation("Nghị quyết số 50/NQ-CP của Chính phủ\n"))
    #expect(undated.document == nil && undated.candidates.count == 2)
    let byDate = catalog.match(try Self.citation("Nghị quyết số 50/NQ-CP của Chính phủ\n"), asOf: CivilDate(year: 2020, month: 9, day: 1))
    #expect(byDate.document?.date?.year == 2020)
    let law2020 = catalog.match(try Self.citation("Luật Giao dịch điện tử\n"), asOf: CivilDate(year: 2020, month: 9, day: 1))
    #expect(law2020.document?.number == "51/2005/QH11")
    let law2025 = catalog.match(try Self.citation("Luật Giao dịch điện tử\n"), asOf: CivilDate(year: 2025, month: 3, day: 1))
    #expect(law2025.document?.number == "20/2023/QH15")
    let slip = catalog.match(try Self.citation("Quyết định số 2323/BTTTT-THH ngày 31/12/2019\n"))
    #expect(slip.kind == .likely && slip.document?.number == "2323/QĐ-BTTTT")
    #expect(slip.confirmed == nil)
    let wrongYear = catalog.match(try Self.citation("Nghị quyết số 17/NQ-CP ngày 09/3/2020\n"))
    #expect(wrongYear.kind == .number)
  }

  @Test func aUserAddsADocumentByAddingAnEntry() throws {
    let scratch = try TemporaryFolder("legal-catalog")
    defer { scratch.remove() }
    let root = scratch.path
    try FileManager.default.createDirectory(atPath: root + "/legal", withIntermediateDirectories: true)
    let entry = """
      documents:
        - number: 12/2021/TT-BTTTT
          type: Thông tư
          issuer: Bộ Thông tin và Truyền thông
          date: 14/12/2021
          title: Ví dụ
          verification: primary
          sources: [{url: "https://example.vn/tt-12", shows: header}]
      """
    try entry.write(toFile: root + "/legal/rieng.yml", atomically: true, encoding: .utf8)
    let catalog = try LegalCatalogLoader.load(rulesDirectory: root)
    #expect(catalog.document(number: "12/2021/TT-BTTTT")?.date == CivilDate(year: 2021, month: 12, day: 14))
  }

  @Test(arguments: [
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n    colour: red\n", 5, "unknown key “colour”"),
    (
      "documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    date: 31/02/2020\n    verification: primary\n", 4,
      "expected a date dd/mm/yyyy"
    ),
    ("documents:\n  - number: QĐ-TTg\n    type: Quyết định\n    verification: primary\n", 2, "not a document number"),
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Sắc lệnh\n    verification: primary\n", 3, "“type”: “Sắc lệnh” is not one of"),
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: maybe\n", 4, "“verification”: “maybe” is not one of"),
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n    reissued: maybe\n", 5, "true or false"),
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n    year: năm\n", 5, "should be a number"),
    ("documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n    names: Luật\n", 5, "list of texts"),
    ("documents:\n  - number: 1/QĐ-TTg\n    verification: primary\n", 2, "missing key “type”"),
    (
      "documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n    replaced-by: 2/QĐ-TTg\n", 5,
      "not a number in the catalog"
    ),
    (
      "documents:\n  - number: 1/QĐ-TTg\n    type: Quyết định\n    verification: primary\n  - number: 01/QĐ-TTg\n    type: Quyết định\n    verification: primary\n",
      5, "already listed"
    ),
  ])
  func mistakesPointToTheEntry(_ yaml: String, line: Int, reason: String) throws {
    let error = try #require(try Self.loadError(yaml))
    guard case .rulePack(let file, let errorLine, let column, let message) = error else {
      Issue.record("expected a rule file error, got \(error)")
      return
    }
    #expect(file.hasSuffix("legal/test.yml"))
    #expect(errorLine == line)
    #expect(column != nil)
    #expect(message.en.contains(reason), "\(message.en)")
  }
}
