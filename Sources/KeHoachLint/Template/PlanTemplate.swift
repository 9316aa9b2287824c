import Foundation

/// A profile's framework as a Markdown draft to fill (`kehoach-lint init`): the header block
/// (issuer, Quốc hiệu and Tiêu ngữ, "Số: …/KH-…", place and date), the title, every section
/// the profile requires in order with its numbering, one short placeholder line per section
/// to write, the roadmap's years, and the project list with its columns and unit line. Every
/// slot is a placeholder the `placeholders` rule reports until it is filled.
public struct PlanTemplate: Sendable {
  public let profile: Profile
  public let sections: [RequiredSection]
  public let projectFields: [ProjectColumnRole.Field]
  public let level: UnitLevel?

  /// The template of `pack`'s profile, its sections read from the pack's required-sections rule.
  public init(pack: RulePack, level: UnitLevel?) throws(KeHoachLintError) {
    let rules = try pack.rules()
    profile = pack.profile
    sections = rules.lazy.compactMap(\.requiredSections).first ?? []
    projectFields = rules.lazy.compactMap(\.requiredProjectFields).first ?? ProjectColumnRole.Field.allCases
    self.level = level ?? pack.profile.detect.levels.first
  }

  /// The template's content, in order, for either writer.
  public var blocks: [TemplateBlock] {
    var blocks: [TemplateBlock] = [
      .header(issuer: issuer.name, number: "Số: ..../KH-\(issuer.symbol)", placeAndDate: "<Địa danh>, ngày .... tháng .... năm ...."),
      .documentType("KẾ HOẠCH"), .subject(title), .paragraph("<Đoạn mở đầu: mục đích của Kế hoạch và các căn cứ chính>"),
    ]
    for (index, section) in sections.enumerated() { append(section, position: index + 1, level: 1, to: &blocks) }
    blocks += [.recipients(["<Nơi nhận>;", "Lưu: VT."]), .signature(lines: ["<CHỨC VỤ NGƯỜI KÝ>"], name: "<Họ và tên>")]
    return blocks
  }

  /// The template as Markdown.
  public var markdown: String { MarkdownTemplateWriter.markdown(blocks) }

  /// The template as a Word document (the decree's page format, Heading styles, automatic numbering).
  public func docx() throws(KeHoachLintError) -> [UInt8] { try DocxTemplateWriter.docx(blocks) }

  /// "Ủy ban nhân dân huyện …" as the level issues plans.
  private var issuer: (name: String, symbol: String) {
    switch level {
    case .ministry: ("<TÊN BỘ, CƠ QUAN NGANG BỘ>", "<VIẾT TẮT>")
    case .province: ("ỦY BAN NHÂN DÂN TỈNH <TÊN TỈNH>", "UBND")
    case .department: ("<TÊN SỞ, BAN, NGÀNH>", "<VIẾT TẮT>")
    case .district: ("ỦY BAN NHÂN DÂN <HUYỆN/THỊ XÃ/THÀNH PHỐ>", "UBND")
    case nil: ("<TÊN CƠ QUAN, ĐƠN VỊ BAN HÀNH>", "<VIẾT TẮT>")
    }
  }

  /// The title, naming the period as the profile detects it ("năm 2021", "giai đoạn 2021-2025").
  private var title: String {
    let period: String
    if let first = profile.period.first, let last = profile.period.last, first != last {
      period = "giai đoạn \(first)-\(last)"
    } else {
      period = "năm \(profile.period.first.map(String.init) ?? "....")"
    }
    return
      "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, phát triển Chính quyền số và bảo đảm an toàn thông tin mạng \(period) của <TÊN ĐƠN VỊ>"
  }

  /// A section under its framework label, or numbered as a plan numbers its sections when
  /// the framework gives none (Roman at the top, Arabic below): an unnumbered heading is not a
  /// section of the outline.
  private func append(_ section: RequiredSection, position: Int, level: Int, to blocks: inout [TemplateBlock]) {
    let isTop = level == 1 || (level == 2 && hasParts)
    let label = section.label ?? (isTop ? RomanNumeral.numeral(for: position) : String(position))
    let style = section.parsedLabel?.style ?? (isTop ? .roman : .arabic)
    let title = style == .part || style == .roman ? section.title.uppercased() : section.title
    blocks.append(.heading(TemplateHeading(level: level, label: label, style: style, title: title)))
    if section.children.isEmpty { blocks += placeholder(for: section) }
    for (index, child) in section.children.enumerated() { append(child, position: index + 1, level: level + 1, to: &blocks) }
  }

  private var hasParts: Bool { sections.first?.parsedLabel?.style == .part }

  /// The section's placeholder: the roadmap by year, the project list as a table, else one
  /// line (kept under 80 characters: the placeholder rules match `<…>` up to that length).
  private func placeholder(for section: RequiredSection) -> [TemplateBlock] {
    let key = VietnameseFolding.titleKey(section.title)
    let note = section.optional ? " (nếu có; không có thì bỏ mục này)" : ""
    if key.hasPrefix("lo trinh"), let first = profile.period.first, let last = profile.period.last, first < last {
      return (first...last).map { .bullet("Năm \($0): <kết quả dự kiến đạt được trong năm \($0)>") }
    }
    if key.hasPrefix("danh muc") {
      return [.unitLine("ĐVT: triệu đồng"), projectTable]
    }
    // The framework's own words when the pack quotes them ("Nêu hiện trạng …"), else the title.
    if let guidance = section.guidance { return [.paragraph("<\(guidance)>")] }
    let short = section.title.count > 50 ? String(section.title.prefix(47)) + "…" : section.title
    return [.paragraph("<Nội dung mục “\(short)”\(note)>")]
  }

  private var projectTable: TemplateBlock {
    var headers = ["TT", "Danh mục nhiệm vụ, dự án"]
    var cells = ["1", "<Tên nhiệm vụ, dự án>"]
    let columns: [ProjectColumnRole.Field: (String, String)] = [
      .leadUnit: ("Đơn vị chủ trì", "<Đơn vị chủ trì>"), .status: ("Mới/Chuyển tiếp", "<Mới/Chuyển tiếp>"),
      .objective: ("Mục tiêu đầu tư", "<Mục tiêu đầu tư>"), .timeFrame: ("Thời gian triển khai", "<Thời gian>"),
      .total: ("Tổng mức dự kiến", "...."), .source: ("Nguồn vốn", "<Nguồn vốn>"),
    ]
    for field in ProjectColumnRole.Field.allCases where projectFields.contains(field) {
      guard let (header, cell) = columns[field] else { continue }
      headers.append(header)
      cells.append(cell)
    }
    return .table(header: headers, rows: [cells])
  }
}
