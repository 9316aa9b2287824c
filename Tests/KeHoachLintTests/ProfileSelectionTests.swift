import Testing

@testable import KeHoachLint

@Suite struct ProfileSelectionTests {
  @Test(arguments: [
    ("ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", UnitLevel.district),
    ("UBND THỊ XÃ ĐỨC PHỔ", .district),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ QUẢNG NGÃI", .district),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", .province),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", .province),
    ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", .department),
    ("BỘ TÀI CHÍNH", .ministry),
  ])
  func infersLevelFromIssuingBody(_ body: String, _ level: UnitLevel) {
    #expect(UnitLevel.infer(issuingBody: body) == level)
  }

  @Test func unknownBodyHasNoLevel() {
    #expect(UnitLevel.infer(issuingBody: "CÔNG TY CỔ PHẦN") == nil)
  }

  static func plan(body: String, title: String) -> PlanDocument {
    TestSupport.markdown(
      "| \(body) | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 1/KH-UBND | Độc lập - Tự do - Hạnh phúc |\n\n# KẾ HOẠCH\n\n**\(title)**\n"
    )
  }

  @Test(arguments: [
    ("ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", "Ứng dụng CNTT giai đoạn 2021-2025", "phu-luc-i-2021-2025"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Ứng dụng CNTT giai đoạn 2021 - 2025", "bo-tinh-2021-2025"),
    ("BAN QUẢN LÝ DỰ ÁN", "Ứng dụng CNTT giai đoạn 2021-2025", "bo-tinh-2021-2025"),
    ("SỞ Y TẾ", "Ứng dụng CNTT năm 2021", "phu-luc-ii-2021"),
    ("BỘ TƯ PHÁP", "Ứng dụng CNTT năm 2021", "bo-tinh-2021"),
    ("SỞ Y TẾ", "Ứng dụng CNTT trong hoạt động của cơ quan nhà nước năm 2020", "ke-hoach-2020"),
  ])
  func choosesThePackForTitleAndLevel(_ body: String, _ title: String, _ expected: String) throws {
    let linter = try TestSupport.linter()
    #expect(linter.pack(for: Self.plan(body: body, title: title))?.profile.id == expected)
  }

  @Test func configuredLevelWins() throws {
    let linter = try Linter(configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory, unitLevel: .province))
    let plan = Self.plan(body: "ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG", title: "Ứng dụng CNTT giai đoạn 2021-2025")
    #expect(linter.pack(for: plan)?.profile.id == "bo-tinh-2021-2025")
  }

  @Test func headerWithParentBodyTakesTheLowerLine() {
    let document = TestSupport.markdown(
      "| UBND TỈNH QUẢNG NGÃI<br>SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n\n# KẾ HOẠCH\n\n**Năm 2021**\n")
    #expect(document.header.issuingBody?.text == "SỞ Y TẾ")
  }
}
