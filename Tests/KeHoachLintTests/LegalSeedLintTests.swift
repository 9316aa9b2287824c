import Foundation
import Testing

@testable import KeHoachLint

/// Linting the guidance texts themselves reports the citation slips they are known to carry,
/// and nothing about their correct citations.
@Suite struct LegalSeedLintTests {
  /// The citation checks (the review-list and required-bases rules judge plans, not guidance).
  static let citationKinds: Set<String> = [
    "legal-number-format", "legal-impossible-date", "legal-catalog-date", "legal-date-conflict", "legal-date-after-plan",
    "legal-replaced-document",
  ]

  static func findings(_ name: String, planDate: CivilDate?) throws -> [String] {
    let configuration = Configuration(rulesDirectory: TestSupport.rulesDirectory, profileID: "phu-luc-i-2021-2025", planDate: planDate)
    let linter = try Linter(configuration: configuration)
    let document = try CitationExtractorTests.seed(name)
    return linter.lint(document: document).findings.filter { Self.citationKinds.contains($0.kind) }.map {
      "\($0.location.line ?? 0):\($0.location.column ?? 0) \($0.kind) \($0.message.vi)"
    }
  }

  @Test func provincialGuidanceSlipsAreReported() throws {
    // Công văn 784/STTTT is dated 29/7/2020; the stored text has no date line.
    let found = try Self.findings("001_78fc1cb0f2550b87.txt", planDate: CivilDate(year: 2020, month: 7, day: 29))
    let expected = [
      // "(Tỉnh Quảng Ngãi: Công văn số 2891/UBND-VX ngày 08/6/2026)" in a text of July 2020.
      "16:927 legal-date-after-plan",
      // Nghị quyết 17/NQ-CP "ngày 09/3/2020" here, "ngày 07/3/2019" at 379 and 436 (primary: 07/3/2019).
      "178:351 legal-catalog-date",
      "178:351 legal-date-conflict",
      // "Quyết định số 2323/BTTTT-THH" for 2323/QĐ-BTTTT.
      "180:101 legal-number-format",
      // "(Nghị định 45/2020)": number and year without the symbol NĐ-CP.
      "194:226 legal-number-format",
      // "Công văn số 6320/UBND-KSTTHC ngày 17/10/20178".
      "434:602 legal-impossible-date",
    ]
    #expect(found.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == expected)
    #expect(found[1].contains("07/3/2019") || found[1].contains("7/3/2019"))
    #expect(found[1].contains("https://"))
    #expect(found[2].contains("09/3/2020 (178:351), 07/3/2019 (379:227, 436:29)"))
    #expect(found[3].contains("“QĐ”") && found[3].contains("2323/QĐ-BTTTT"))
    #expect(found[4].contains("45/2020/NĐ-CP"))
    #expect(found[5].contains("năm có 5 chữ số"))
  }

  @Test(arguments: ["000_26900bc8b9e800ae.txt", "004_ce3ed0290a16d2d4.txt"])
  func ministryLettersCiteCorrectly(_ name: String) throws {
    // 2606 is a draft dated "ngày tháng năm 2020"; 2055 is dated 27/6/2019 in its header.
    #expect(try Self.findings(name, planDate: nil) == [])
  }
}
