/// What a column of the project list ("Danh mục nhiệm vụ, dự án") holds, read from its header.
public enum ProjectColumnRole: Sendable, Hashable {
  /// "TT", "STT".
  case index
  /// "Danh mục nhiệm vụ, dự án", "Tên nhiệm vụ".
  case name
  /// "Đơn vị chủ trì", "Chủ đầu tư".
  case leadUnit
  /// "Mới/Chuyển tiếp".
  case status
  /// "Mục tiêu đầu tư".
  case objective
  /// "Thời gian triển khai".
  case timeFrame
  /// "Tổng mức dự kiến", "Kinh phí": the row's estimated total.
  case total
  /// An amount column for one year ("Kinh phí theo năm" over "2022").
  case year(Int)
  /// "Nguồn vốn" written as text ("Chi ĐTPT", "NS tỉnh").
  case source
  /// An amount column for one funding source ("Nguồn vốn" over "NSTW").
  case sourceAmount(String)
  /// An amount column for one kind of spending ("Dự kiến kinh phí năm 2021" over "Chi ĐTPT |
  /// Chi thường xuyên"): the row's total is the sum of these unless a total column states it.
  case spendingType(String)
  /// "Ghi chú" or anything not recognised.
  case other

  /// The fields the guidance requires of every task (Phụ lục I, Phần II, mục IX).
  public enum Field: String, Sendable, Hashable, CaseIterable, Codable {
    case leadUnit = "lead-unit"
    case status
    case objective
    case timeFrame = "time-frame"
    case total
    case source

    /// How the guidance names the field.
    var name: LocalizedText {
      switch self {
      case .leadUnit: LocalizedText(vi: "đơn vị chủ trì", en: "lead unit")
      case .status: LocalizedText(vi: "nhiệm vụ mới hay chuyển tiếp", en: "new or continuing")
      case .objective: LocalizedText(vi: "mục tiêu", en: "objective")
      case .timeFrame: LocalizedText(vi: "thời gian triển khai", en: "time frame")
      case .total: LocalizedText(vi: "dự kiến tổng mức đầu tư", en: "estimated total")
      case .source: LocalizedText(vi: "nguồn vốn", en: "funding source")
      }
    }
  }

  /// Whether the column holds amounts.
  var isAmount: Bool {
    switch self {
    case .total, .year, .sourceAmount, .spendingType: true
    default: false
    }
  }

  /// Words naming a kind of spending rather than a whole amount: "Chi ĐTPT", "Chi thường
  /// xuyên", "Vốn sự nghiệp" (compared as title keys, whole words).
  static let spendingTypeWords = [
    "dtpt", "dau tu phat trien", "thuong xuyen", "su nghiep", "chi dau tu", "von dau tu", "xay dung co ban", "xdcb",
  ]

  /// The role of a column whose header reads `title` (both header rows joined) and whose
  /// lower header cell reads `lower`.
  static func classify(title: String, lower: String) -> ProjectColumnRole {
    let key = VietnameseFolding.titleKey(title)
    let lowerKey = VietnameseFolding.titleKey(lower)
    let padded = " \(key) "
    func has(_ words: String...) -> Bool { words.contains { padded.contains(" \($0) ") } }
    if ["tt", "stt", "so tt", "so thu tu"].contains(key) { return .index }
    if has("chu tri", "chu dau tu", "don vi thuc hien", "co quan thuc hien") { return .leadUnit }
    if has("chuyen tiep", "tinh chat", "moi hay chuyen tiep") || key == "moi" { return .status }
    if has("muc tieu") { return .objective }
    if has("thoi gian", "tien do") { return .timeFrame }
    if has("ghi chu") { return .other }
    if has("nguon von", "nguon kinh phi", "nguon ngan sach", "nguon") {
      return lowerKey.isEmpty || has("nguon von", "nguon kinh phi") && key == lowerKey ? .source : .sourceAmount(lower)
    }
    // "Kinh phí" over "Chi ĐTPT | Chi thường xuyên": each column is one kind of spending.
    let ownKey = " " + (lowerKey.isEmpty ? key : lowerKey) + " "
    if spendingTypeWords.contains(where: { ownKey.contains(" \($0) ") }), !ownKey.contains(" tong ") {
      return .spendingType(lower.isEmpty ? title : lower)
    }
    let yearKey = lowerKey.isEmpty ? key : lowerKey
    if let year = VietnameseDate.years(in: yearKey).first?.year, yearKey == String(year) || yearKey == "nam \(year)" {
      return .year(year)
    }
    if has("tong muc", "kinh phi", "tong kinh phi", "von", "du toan", "tong so", "tong") { return .total }
    if has("danh muc", "ten nhiem vu", "ten du an", "nhiem vu", "du an", "noi dung") { return .name }
    return .other
  }
}

/// One column of a project list: where it is and what it holds.
public struct ProjectColumn: Sendable, Hashable {
  /// 0-based column in the table's grid.
  public let index: Int
  public let role: ProjectColumnRole
  /// The header text, both rows joined.
  public let title: String
  /// The header cell (the lower one of a two-row header).
  public let location: SourceLocation
}

extension TableCell {
  /// Where the cell's text starts (past the padding after a Markdown "|"); the cell itself when empty.
  var contentLocation: SourceLocation { text.isEmpty ? location : location(at: text.startIndex) }
}

extension Block {
  /// Where the block's text starts (past a list marker).
  var contentLocation: SourceLocation { text.isEmpty ? location : location(at: text.startIndex) }
}
