import Foundation
import Testing

/// `kehoach-lint citations`: the reviewer's table of legal bases, with the date from the
/// command line. The JSON form is the library's formatter, tested in CheckResultTests.
@Suite struct CitationsCommandTests {
  @Test func tableListsEveryCitationWithItsCatalogEntryAndStatus() throws {
    let result = try CLI.run(["citations", "Fixtures/seeds/001_78fc1cb0f2550b87.txt", "--date", "29/07/2020"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("95 trích dẫn; ngày kế hoạch: 29/7/2020"))
    #expect(
      result.stdout.contains("| 178:323 | Nghị quyết số 17/NQ-CP ngày 09/3/2020 của Chính phủ | Nghị quyết 17/NQ-CP, 7/3/2019 [primary] |"))
    #expect(result.stdout.contains("| 410:51 | Luật An toàn thông tin | không có trong danh mục |"))
    #expect(result.stdout.contains("sai ngày (đúng: 7/3/2019)"))
  }

  @Test func badDateIsAUsageError() throws {
    let result = try CLI.run(["citations", "Fixtures/seeds/000_26900bc8b9e800ae.txt", "--date", "31/02/2020"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--date"))
  }
}
