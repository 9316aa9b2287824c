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

  public var markdown: String {
    var lines: [String] = []
    lines += header
    lines += ["", "# KẾ HOẠCH", "", "**\(title)**", ""]
    lines.append(
      "<Đoạn mở đầu: mục đích của Kế hoạch và các căn cứ chính>")
    lines.append("")
    let topLevel = sections.first?.parsedLabel?.style == .part ? 1 : 2
    for (index, section) in sections.enumerated() { write(section, position: index + 1, depth: topLevel, into: &lines) }
    lines += ["", "**Nơi nhận:**", "", "- <Nơi nhận>;", "- Lưu: VT.", "", "**<CHỨC VỤ NGƯỜI KÝ>**", "", "<Họ và tên>", ""]
    return lines.joined(separator: "\n")
  }

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

  /// Nghị định 30/2020/NĐ-CP, Phụ lục I: issuer left, Quốc hiệu and Tiêu ngữ right; the number
  /// under the issuer, place and date under the Tiêu ngữ.
  private var header: [String] {
    [
      "| \(issuer.name) | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
      "|---|---|",
      "| Số: ..../KH-\(issuer.symbol) | Độc lập - Tự do - Hạnh phúc |",
      "|  | <Địa danh>, ngày .... tháng .... năm .... |",
    ]
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
  private func write(_ section: RequiredSection, position: Int, depth: Int, into lines: inout [String]) {
    let isTop = depth <= 2
    let label = (section.label ?? (isTop ? RomanNumeral.numeral(for: position) : String(position))) + ". "
    let style = section.parsedLabel?.style ?? (isTop ? .roman : .arabic)
    let title = style == .part || style == .roman ? section.title.uppercased() : section.title
    lines += [String(repeating: "#", count: min(depth, 6)) + " " + label + title, ""]
    if section.children.isEmpty {
      lines += placeholder(for: section)
      lines.append("")
    }
    for (index, child) in section.children.enumerated() { write(child, position: index + 1, depth: depth + 1, into: &lines) }
  }

  /// The section's placeholder: the roadmap by year, the project list as a table, else one line.
  private func placeholder(for section: RequiredSection) -> [String] {
    let key = VietnameseFolding.titleKey(section.title)
    let note = section.optional ? " (nếu có; không có thì bỏ mục này)" : ""
    if key.hasPrefix("lo trinh"), let first = profile.period.first, let last = profile.period.last, first < last {
      return (first...last).map { "- Năm \($0): <kết quả dự kiến đạt được trong năm \($0)>" }
    }
    if key.hasPrefix("danh muc") {
      return ["ĐVT: triệu đồng", ""] + projectTable
    }
    let short = section.title.count > 50 ? String(section.title.prefix(47)) + "…" : section.title
    return ["<Nội dung mục “\(short)”\(note)>"]
  }

  private var projectTable: [String] {
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
    return [
      "| " + headers.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: headers.count),
      "| " + cells.joined(separator: " | ") + " |",
    ]
  }
}
