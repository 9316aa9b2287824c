import Testing

@testable import KeHoachLint

@Suite struct OutlineTests {
  static let plan = """
    | ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    |---|---|
    | Số: 125/KH-UBND | Độc lập - Tự do - Hạnh phúc |
    |  | Trà Bồng, ngày 25 tháng 9 năm 2020 |

    # KẾ HOẠCH

    **Ứng dụng công nghệ thông tin giai đoạn 2021-2025 của huyện Trà Bồng**

    # Phần I

    **ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN**

    **I. MÔI TRƯỜNG PHÁP LÝ**

    Nội dung.

    II. HẠ TẦNG KỸ THUẬT

    a) Điểm thứ nhất, một câu dài có dấu chấm.

    b) Điểm thứ hai.

    # Phần II. NỘI DUNG KẾ HOẠCH

    ## IV. NHIỆM VỤ

    1. Hoàn thiện môi trường pháp lý
    2. Phát triển hạ tầng kỹ thuật

    Nội dung nhiệm vụ.
    """

  @Test func buildsTreeFromLabelsWhateverTheMarkup() {
    let outline = Outline(document: TestSupport.markdown(Self.plan))
    #expect(outline.roots.map(\.displayTitle) == ["Phần I ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN", "Phần II NỘI DUNG KẾ HOẠCH"])
    let partOne = outline.roots[0]
    #expect(partOne.children.map(\.displayTitle) == ["I. MÔI TRƯỜNG PHÁP LÝ", "II. HẠ TẦNG KỸ THUẬT"])
    #expect(partOne.children[1].children.map(\.displayTitle) == ["a) Điểm thứ nhất, một câu dài có dấu chấm.", "b) Điểm thứ hai."])
    #expect(partOne.children[1].children.allSatisfy { $0.isPoint })
    let tasks = outline.roots[1].children[0]
    #expect(tasks.children.map(\.displayTitle) == ["1. Hoàn thiện môi trường pháp lý", "2. Phát triển hạ tầng kỹ thuật"])
  }

  @Test func readsTheHeader() throws {
    let header = TestSupport.markdown(Self.plan).header
    #expect(header.issuingBody?.text == "ỦY BAN NHÂN DÂN HUYỆN TRÀ BỒNG")
    #expect(header.number?.text == "125/KH-UBND")
    #expect(header.placeAndDate?.place == "Trà Bồng")
    #expect(header.placeAndDate?.date == CivilDate(year: 2020, month: 9, day: 25))
    let title = try #require(header.title?.text)
    #expect(title.hasPrefix("KẾ HOẠCH Ứng dụng công nghệ thông tin giai đoạn 2021-2025"))
  }

  @Test func headingPathNamesTheSections() throws {
    let document = TestSupport.markdown(Self.plan)
    let outline = Outline(document: document)
    let index = try #require(document.blocks.firstIndex { $0.text == "Nội dung nhiệm vụ." })
    #expect(outline.headingPath(forBlock: index) == ["Phần II NỘI DUNG KẾ HOẠCH", "IV. NHIỆM VỤ", "2. Phát triển hạ tầng kỹ thuật"])
  }

  @Test func impossibleDatesAreNotDates() {
    #expect(CivilDate(year: 2020, month: 2, day: 30) == nil)
    #expect(CivilDate(year: 2020, month: 13, day: 1) == nil)
    #expect(CivilDate(year: 2020, month: 2, day: 29) != nil)
  }
}
