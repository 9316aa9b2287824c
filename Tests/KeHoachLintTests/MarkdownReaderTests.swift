import Testing

@testable import KeHoachLint

@Suite struct MarkdownReaderTests {
  @Test func readsHeadingsParagraphsListsAndTables() throws {
    let document = TestSupport.markdown(
      """
      # Phần I

      ## I. CĂN CỨ LẬP KẾ HOẠCH

      Đoạn có **đậm** ở giữa.

      1. Hoàn thiện môi trường pháp lý
      2. Phát triển hạ tầng

      | TT | Tên dự án | Tổng mức |
      |---|---|---:|
      | 1 | Đường tỉnh ĐT.741 | 1.250 |
      """)
    let kinds = document.blocks.map(\.kind)
    #expect(kinds == [.heading(level: 1), .heading(level: 2), .paragraph, .listItem(depth: 1), .listItem(depth: 1), .table])
    #expect(document.blocks[2].text == "Đoạn có đậm ở giữa.")
    #expect(document.blocks[3].label == "1.")
    #expect(document.blocks[4].displayText == "2. Phát triển hạ tầng")
    let table = try #require(document.blocks[5].table)
    #expect(table.rows.count == 2)
    #expect(table.rows[0].isHeader)
    #expect(table.rows[1].cells.map(\.text) == ["1", "Đường tỉnh ĐT.741", "1.250"])
    #expect(table.rows[1].cells[2].location.line == 12)
    #expect(table.rows[1].cells[2].location.cell == TableCellAddress(table: 1, row: 2, column: 3))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    // "Kế hoạch " is 9 characters but 13 bytes: the target must be at column 10.
    let document = TestSupport.markdown("Kế hoạch MỤC TIÊU\n")
    let block = try #require(document.blocks.first)
    let index = try #require(block.text.range(of: "MỤC"))
    let location = block.location(at: index.lowerBound)
    #expect(location.line == 1)
    #expect(location.column == 10)
  }

  @Test func columnsStayRightAfterInlineMarkupAndSoftBreaks() throws {
    let document = TestSupport.markdown("Ủy ban **nhân dân** huyện\nKế hoạch *số* 125\n")
    let block = try #require(document.blocks.first)
    #expect(block.text == "Ủy ban nhân dân huyện\nKế hoạch số 125")
    let huyen = try #require(block.text.range(of: "huyện"))
    #expect(block.location(at: huyen.lowerBound).column == 21)
    let number = try #require(block.text.range(of: "125"))
    let location = block.location(at: number.lowerBound)
    #expect(location.line == 2)
    #expect(location.column == 15)
  }

  @Test func nfdTextGivesTheSameColumns() throws {
    let nfc = "Kế hoạch MỤC TIÊU\n"
    let nfd = nfc.decomposedStringWithCanonicalMapping
    let block = try #require(TestSupport.markdown(nfd).blocks.first)
    let index = try #require(block.text.range(of: "M"))
    #expect(block.location(at: index.lowerBound).column == 10)
  }

  @Test func boldLineIsStrong() throws {
    let document = TestSupport.markdown("**I. CĂN CỨ LẬP KẾ HOẠCH**\n\nThường **đậm**.\n")
    #expect(document.blocks[0].isStrong)
    #expect(!document.blocks[1].isStrong)
  }

  @Test func codeBlocksAreNotContent() {
    let document = TestSupport.markdown("```\n## VI. LỘ TRÌNH\n```\n")
    #expect(document.blocks.isEmpty)
  }

  /// GFM footnote definitions are the plan's notes, at their exact place, and not body blocks;
  /// the reference mark leaves the body text.
  @Test func footnoteDefinitionsAreNotes() throws {
    let document = TestSupport.markdown(
      """
      ## I. CĂN CỨ

      Căn cứ Quyết định số 749/QĐ-TTg[^a]; Căn cứ Kế hoạch của tỉnh[^2].

      [^2]: Kế hoạch số 61/KH-UBND ngày 10/4/2019.

      [^a]: Quyết định số 749/QĐ-TTg ngày 03/6/2020
          của Thủ tướng Chính phủ.

          Đoạn thứ hai của chú thích.

      ## II. MỤC TIÊU
      """)
    #expect(document.blocks.map(\.kind) == [.heading(level: 2), .paragraph, .heading(level: 2)])
    #expect(document.blocks[1].text == "Căn cứ Quyết định số 749/QĐ-TTg; Căn cứ Kế hoạch của tỉnh.")
    #expect(document.notes.map(\.label) == ["a", nil, "2"])
    #expect(
      document.notes.map(\.text) == [
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020\ncủa Thủ tướng Chính phủ.", "Đoạn thứ hai của chú thích.",
        "Kế hoạch số 61/KH-UBND ngày 10/4/2019.",
      ])
    let first = document.notes[0]
    #expect(first.location.line == 7)
    #expect(first.location.column == 7)
    let chinhPhu = try #require(first.text.range(of: "Thủ tướng"))
    #expect(first.location(at: chinhPhu.lowerBound).line == 8)
    #expect(first.location(at: chinhPhu.lowerBound).column == 9)
    #expect(document.notes[1].location.line == 10)
    #expect(document.notes[2].location.line == 5)
    #expect(document.notes[2].location.column == 7)
  }
}
