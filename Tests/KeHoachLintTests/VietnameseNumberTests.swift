import Foundation
import Testing

@testable import KeHoachLint

@Suite struct VietnameseNumberTests {
  static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? -1 }

  @Test(arguments: [
    ("4.000", "4000"), ("1.234,5", "1234.5"), ("12.500.000", "12500000"), ("0,5", "0.5"), ("500", "500"),
    ("-3,25", "-3.25"), ("1,234,567", "1234567"), ("1.5", "1.5"), ("15.200", "15200"), (" 3.150 ", "3150"),
    ("1 234", "1234"), ("2.150*", "2150"),
  ])
  func readsVietnameseNumbers(_ text: String, _ expected: String) {
    #expect(VietnameseNumber.parse(text) == .value(Self.decimal(expected)), "\(text)")
  }

  @Test(arguments: ["", "-", "–", "—", "  ", "x"])
  func dashAndEmptyMeanNoAmount(_ text: String) {
    #expect(VietnameseNumber.parse(text) == .none)
  }

  @Test(arguments: [
    "abc", "1.2x4", "4.00.0", "1,2,34", ".5", "5.", "1..2", "1.234.5,6,7", "١٢٣", "💰", "4 000 đ", "--5", "1e5",
    "0x10", "NaN", String(repeating: "9", count: 500), String(repeating: "1.", count: 300) + "1",
  ])
  func garbageIsInvalidNeverACrash(_ text: String) {
    guard case .invalid = VietnameseNumber.parse(text) else {
      Issue.record("“\(text.prefix(30))” should be invalid, got \(VietnameseNumber.parse(text))")
      return
    }
  }

  @Test func formatsTheVietnameseWay() {
    #expect(VietnameseNumber.format(Self.decimal("15200")) == "15.200")
    #expect(VietnameseNumber.format(Self.decimal("1234.5")) == "1.234,5")
    #expect(VietnameseNumber.format(Self.decimal("12.5")) == "12,5")
    #expect(VietnameseNumber.format(Self.decimal("7.0007"), fractionDigits: 1) == "7")
  }

  @Test(arguments: [
    ("ĐVT: triệu đồng", MoneyUnit.million), ("Đơn vị tính: Tỷ đồng", .billion), ("Tổng mức dự kiến (triệu đồng)", .million),
    ("ĐVT: nghìn đồng", .thousand), ("ĐVT: đồng", .dong), ("Kinh phí (VNĐ)", .dong), ("(tỉ đồng)", .billion),
  ])
  func namesUnits(_ text: String, _ unit: MoneyUnit) {
    #expect(MoneyUnit.named(in: text) == unit)
  }

  @Test func noUnitInPlainText() {
    #expect(MoneyUnit.named(in: "Danh mục nhiệm vụ, dự án") == nil)
  }

  @Test func amountsInDongTableAreMillions() throws {
    let document = TestSupport.markdown(
      """
      ĐVT: đồng

      | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
      |---|---|---|---|---|---|
      | 1 | Xây dựng CSDL văn bản | Văn phòng | 2022 | 12.500.000 | NSĐP |
      | 2 | Hội nghị truyền hình | Văn phòng | 2022 | - | NSĐP |

      """)
    let list = try #require(ProjectList.all(in: document).first)
    #expect(list.unit.unit == .dong)
    #expect(list.tasks.count == 2)
    #expect(list.tasks[0].amount(list.column(.total)) == .value(Self.decimal("12.5")))
    #expect(list.tasks[1].amount(list.column(.total)) == .none)
  }

  @Test func statedAmountsInRunningText() {
    let amounts = StatedAmount.all(in: "Tổng kinh phí: 15,2 tỷ đồng, trong đó: NSTW 5.000 triệu đồng; năm 2022 là 300 triệu.")
    #expect(amounts.map(\.millions) == [Self.decimal("15200"), Self.decimal("5000"), Self.decimal("300")])
    #expect(amounts.map(\.unit) == [.billion, .million, .million])
    #expect(amounts[1].label.contains("NSTW"))
  }
}

@Suite struct VietnameseDateTests {
  @Test func findsDatesInBothForms() {
    let dates = VietnameseDate.dates(in: "Nghị định 64/2007/NĐ-CP ngày 10/4/2007; đến 31/12/2026 và ngày 15 tháng 9 năm 2020.")
    #expect(dates.map(\.date.description) == ["10/4/2007", "31/12/2026", "15/9/2020"])
  }

  @Test(arguments: [
    ("2022", 2022, 2022), ("2022-2023", 2022, 2023), ("2021 - 2025", 2021, 2025), ("Quý III/2021", 2021, 2021),
    ("Từ năm 2021 đến năm 2023", 2021, 2023),
  ])
  func readsTimeFrames(_ text: String, _ first: Int, _ last: Int) {
    #expect(VietnameseDate.timeFrame(text)?.years == first...last)
  }

  @Test func timeFrameWithoutYearIsNil() {
    #expect(VietnameseDate.timeFrame("Hằng năm") == nil)
  }

  @Test func parsesPackDates() {
    #expect(VietnameseDate.parse("15/9/2020") == CivilDate(year: 2020, month: 9, day: 15))
    #expect(VietnameseDate.parse("2020-10-15") == CivilDate(year: 2020, month: 10, day: 15))
    #expect(VietnameseDate.parse("31/2/2020") == nil)
  }
}
