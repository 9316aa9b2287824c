import Foundation
import Testing

@testable import KeHoachLint

/// What the guidance asks of a plan's content, read as the guidance words it: "định lượng" of
/// the specific targets only, one document written with two dates, the 1% commitment wherever
/// the plan makes it, the roadmap under its near-miss title, and notes written as Markdown
/// footnotes.
@Suite struct GuidanceContentTests {
  static let districtHeader = """
    | ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
    |---|---|
    | HUYỆN BÌNH SƠN | Độc lập - Tự do - Hạnh phúc |
    | Số: 168/KH-UBND | Bình Sơn, ngày 25 tháng 9 năm 2020 |

    # KẾ HOẠCH

    **Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số giai đoạn 2021-2025 của huyện Bình Sơn**


    """

  static let annualHeader = "# KẾ HOẠCH\n\n**Ứng dụng CNTT của UBND huyện Bình Sơn năm 2021**\n\nBình Sơn, ngày 20 tháng 12 năm 2020\n\n"

  static func findings(_ markdown: String, profile: String, rule: String) throws -> [Finding] {
    try TestSupport.linter(profile: profile).lint(document: TestSupport.markdown(markdown)).findings.filter { $0.ruleID == rule }
  }

  // MARK: Định lượng: the specific targets only

  /// "Mục tiêu" divided into "1. Mục tiêu chung" (a direction, unquantified) and "2. Mục tiêu
  /// cụ thể" (each target measurable): only the second is read.
  @Test func generalAimsAreNotAskedToBeQuantified() throws {
    let plan =
      Self.annualHeader + """
        ## II. MỤC TIÊU

        ### 1. Mục tiêu chung

        Xây dựng chính quyền số huyện Bình Sơn hiện đại, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.

        ### 2. Mục tiêu cụ thể

        - Đến hết năm 2021, 100% văn bản được gửi nhận dưới dạng điện tử.
        - Nâng cao chất lượng dịch vụ công trực tuyến của huyện.

        ## III. NHIỆM VỤ

        Triển khai các nhiệm vụ.

        """
    let found = try Self.findings(plan, profile: "phu-luc-ii-2021", rule: "pl2-quantified-targets")
    #expect(found.count == 1)
    #expect(found.first?.location.line == 16)
    #expect(found.first?.message.vi.contains("Nâng cao chất lượng") == true)
  }

  /// The same division written as bold lines, or as a lead-in "Mục tiêu tổng quát: …", and a
  /// five-year plan's own "Mục tiêu tổng quát" section.
  @Test func generalAimsInOtherHouseStyles() throws {
    let bold =
      Self.annualHeader + """
        ## II. MỤC TIÊU

        **a) Mục tiêu chung**

        Xây dựng chính quyền số hiện đại.

        **b) Mục tiêu cụ thể**

        - Tăng cường ứng dụng CNTT trong cơ quan.

        """
    let boldFound = try Self.findings(bold, profile: "phu-luc-ii-2021", rule: "pl2-quantified-targets")
    #expect(boldFound.map { $0.location.line } == [15])

    let leadIn =
      Self.annualHeader + """
        ## II. MỤC TIÊU

        Mục tiêu tổng quát: xây dựng chính quyền số hiện đại, minh bạch.

        - Đến năm 2021, 80% hồ sơ công việc cấp huyện được xử lý trên môi trường mạng.
        - Tăng cường ứng dụng CNTT trong cơ quan.

        """
    let leadInFound = try Self.findings(leadIn, profile: "phu-luc-ii-2021", rule: "pl2-quantified-targets")
    #expect(leadInFound.map { $0.location.line } == [12])

    // Undivided, the annual plan's "Mục tiêu" is all specific targets.
    let undivided = Self.annualHeader + "## II. MỤC TIÊU\n\nNâng cao hiệu quả ứng dụng CNTT.\n"
    #expect(try Self.findings(undivided, profile: "phu-luc-ii-2021", rule: "pl2-quantified-targets").count == 1)
  }

  // MARK: One document, two dates

  /// The same yearless number, issuer and subject dated in two years is one document written
  /// twice; the same number in other years for other subjects is two documents.
  @Test func sameSubjectWithTwoDatesIsAConflict() throws {
    let conflict =
      Self.annualHeader + """
        ## I. CĂN CỨ LẬP KẾ HOẠCH

        - Quyết định số 12/QĐ-UBND ngày 10/3/2018 của UBND huyện Bình Sơn ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử huyện;

        ## II. MỤC TIÊU

        Duy trì Cổng thông tin điện tử theo Quyết định số 12/QĐ-UBND ngày 10/3/2019 của UBND huyện Bình Sơn ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử huyện.

        """
    let found = try Self.findings(conflict, profile: "phu-luc-ii-2021", rule: "pl2-legal-date-conflict")
    #expect(found.count == 1)
    #expect(found.first?.message.vi.contains("10/3/2018") == true)
    #expect(found.first?.message.vi.contains("10/3/2019") == true)

    let distinct =
      Self.annualHeader + """
        ## I. CĂN CỨ LẬP KẾ HOẠCH

        - Quyết định số 12/QĐ-UBND ngày 10/3/2018 của UBND huyện Bình Sơn ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử huyện;
        - Quyết định số 12/QĐ-UBND ngày 05/01/2020 của UBND huyện Bình Sơn phê duyệt danh mục dịch vụ công trực tuyến mức độ 3, 4;
        - Quyết định số 12/QĐ-UBND ngày 07/02/2019 của UBND huyện Bình Sơn.

        """
    #expect(try Self.findings(distinct, profile: "phu-luc-ii-2021", rule: "pl2-legal-date-conflict").isEmpty)
  }

  /// The subject is read up to the clause's end: what follows a ";" is not part of it.
  @Test func citationSubjectEndsWithItsClause() throws {
    let plan = TestSupport.markdown(
      "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/3/2018 của UBND huyện ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử; Căn cứ Kế hoạch số 5/KH-UBND ngày 1/2/2020.\n"
    )
    let citations = CitationExtractor().citations(in: plan)
    #expect(citations.first?.subject == "ban hanh quy che quan ly van hanh cong thong tin dien tu")
    #expect(citations.last?.subject == "")
  }

  // MARK: The 1% commitment

  static let projects = """
    ## VII. DANH MỤC NHIỆM VỤ, DỰ ÁN

    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
    |---|---|---|---|---|---|
    | 1 | Nâng cấp mạng LAN | Văn phòng | 2022 | 9.000 | NSĐP |

    """

  /// No solutions section and no commitment anywhere: one finding for the plan; a commitment
  /// written elsewhere counts; a security ratio or a past period's figure does not.
  @Test func onePercentCommitmentWithoutSolutionsSection() throws {
    let rule = "pl1-digital-government-budget-share"
    let none = Self.districtHeader + "## I. MỤC TIÊU CỤ THỂ\n\n- Đến năm 2025, 100% hồ sơ trực tuyến.\n\n" + Self.projects
    let missing = try Self.findings(none, profile: "phu-luc-i-2021-2025", rule: rule)
    #expect(missing.count == 1)
    #expect(missing.first?.severity == .error)
    #expect(missing.first?.message.vi.hasPrefix("Kế hoạch chưa cam kết") == true)

    let security =
      Self.districtHeader
      + "## VI. KINH PHÍ THỰC HIỆN\n\nTổng kinh phí 9.000 triệu đồng từ ngân sách huyện. Bảo đảm tối thiểu 10% kinh phí từ ngân sách cho an toàn thông tin.\n\n"
      + Self.projects
    #expect(try Self.findings(security, profile: "phu-luc-i-2021-2025", rule: rule).count == 1)

    let past =
      Self.districtHeader
      + "# Phần I. ĐÁNH GIÁ KẾT QUẢ GIAI ĐOẠN 2016-2020\n\n## VII. KINH PHÍ\n\nĐã bố trí 1,2% tổng chi ngân sách huyện cho ứng dụng CNTT.\n\n# Phần II. NỘI DUNG KẾ HOẠCH\n\n"
      + Self.projects
    #expect(try Self.findings(past, profile: "phu-luc-i-2021-2025", rule: rule).count == 1)

    let elsewhere =
      Self.districtHeader
      + "## VI. KINH PHÍ THỰC HIỆN\n\nBảo đảm mức tối thiểu 1% tổng chi ngân sách huyện cho phát triển Chính quyền số.\n\n" + Self.projects
    #expect(try Self.findings(elsewhere, profile: "phu-luc-i-2021-2025", rule: rule).isEmpty)
  }

  /// The 1% binds the unit with a budget of its own: a Sở's plan without it is not reported.
  @Test func onePercentCommitmentKeepsItsLevels() throws {
    let department = Self.districtHeader.replacingOccurrences(of: "HUYỆN BÌNH SƠN", with: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
      .replacingOccurrences(of: "ỦY BAN NHÂN DÂN", with: "UBND TỈNH QUẢNG NGÃI")
      .replacingOccurrences(of: "của huyện Bình Sơn", with: "của Sở Tài nguyên và Môi trường")
    let plan = department + "## I. MỤC TIÊU CỤ THỂ\n\n- Đến năm 2025, 100% hồ sơ trực tuyến.\n\n" + Self.projects
    #expect(try Self.findings(plan, profile: "phu-luc-i-2021-2025", rule: "pl1-digital-government-budget-share").isEmpty)
  }

  // MARK: Roadmap near misses

  /// "VI. LỘ TRÌNH TRIỂN KHAI" is the roadmap: its years are checked.
  @Test func roadmapYearsUnderLoTrinhTrienKhai() throws {
    let body = "## VI. LỘ TRÌNH TRIỂN KHAI\n\n- Năm 2021: hoàn thành CSDL văn bản.\n- Năm 2022: hội nghị truyền hình.\n"
    let gap = Self.districtHeader + body + "- Năm 2024-2025: giám sát an toàn thông tin.\n"
    let found = try Self.findings(gap, profile: "phu-luc-i-2021-2025", rule: "pl1-roadmap-years")
    #expect(found.count == 1)
    #expect(found.first?.message.vi.contains("2023") == true)
    #expect(found.first?.message.vi.contains("LỘ TRÌNH TRIỂN KHAI") == true)
    let full = Self.districtHeader + body + "- Năm 2023-2025: giám sát an toàn thông tin.\n"
    #expect(try Self.findings(full, profile: "phu-luc-i-2021-2025", rule: "pl1-roadmap-years").isEmpty)
  }

  // MARK: Markdown footnotes

  /// A placeholder and a legal basis written in Markdown footnotes are read like a Word note's.
  @Test func markdownFootnotesReachTheRules() throws {
    let plan =
      Self.districtHeader + """
        ## I. CĂN CỨ LẬP KẾ HOẠCH

        - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ[^1];
        - Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ.

        ## VIII. TỔ CHỨC THỰC HIỆN

        Báo cáo năm gửi Sở Thông tin và Truyền thông[^2].

        [^1]: Kế hoạch cũng căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.

        [^2]: Trước ngày 30 tháng 11, gửi <TÊN ĐƠN VỊ>.

        """
    let document = TestSupport.markdown(plan)
    #expect(document.notes.count == 2)
    let report = try TestSupport.linter(profile: "phu-luc-i-2021-2025").lint(document: document)
    let placeholder = report.findings.filter { $0.ruleID == "pl1-placeholders" }
    #expect(placeholder.count == 1)
    #expect(placeholder.first?.location.line == 21)
    #expect(placeholder.first?.location.column == 35)
    let review = LegalReview(document: document, textIndex: TextIndex(document: document), catalog: LegalCatalog())
    #expect(review.citations.contains { $0.number?.value.text == "52-NQ/TW" && $0.place == .note(0) })
    let bases = report.findings.filter { $0.ruleID == "pl1-legal-required-bases" }
    #expect(!bases.contains { $0.message.vi.contains("chưa viện dẫn Nghị quyết 52-NQ/TW") })
    #expect(bases.contains { $0.message.vi.contains("chưa viện dẫn Nghị quyết 50/NQ-CP") })
  }
}
