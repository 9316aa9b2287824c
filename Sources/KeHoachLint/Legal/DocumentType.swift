/// The kind of a cited document, named by the word before its number ("Quyết định số …").
///
/// The abbreviations are those of Nghị định 30/2020/NĐ-CP, Phụ lục III (administrative
/// documents) and the numbering of legal documents (Luật Ban hành VBQPPL 2015, Điều 10), folded
/// to ASCII upper case so "QĐ" and a sloppy "QD" compare equal.
public enum DocumentType: String, Sendable, Hashable, Codable, CaseIterable {
  case luat = "Luật"
  case boLuat = "Bộ luật"
  case nghiDinh = "Nghị định"
  case nghiQuyet = "Nghị quyết"
  case quyetDinh = "Quyết định"
  case chiThi = "Chỉ thị"
  case thongTu = "Thông tư"
  case thongTuLienTich = "Thông tư liên tịch"
  case congVan = "Công văn"
  case keHoach = "Kế hoạch"
  case ketLuan = "Kết luận"
  case thongBao = "Thông báo"
  case huongDan = "Hướng dẫn"
  case baoCao = "Báo cáo"
  case chuongTrinh = "Chương trình"
  /// "Văn bản số …": a document whose kind the text does not say.
  case vanBan = "Văn bản"

  /// The Vietnamese name, as a catalog or a message writes it.
  public var name: String { rawValue }

  /// The type word folded (for scanning), longest first so "Thông tư liên tịch" wins over
  /// "Thông tư".
  static let scanOrder: [DocumentType] = allCases.sorted { $0.rawValue.count > $1.rawValue.count }

  /// The type codes a number of this kind carries, folded ("QD", "QH" for any Quốc hội term).
  var typeCodes: Set<String> {
    switch self {
    case .luat, .boLuat: ["QH"]
    case .nghiDinh: ["ND"]
    case .nghiQuyet: ["NQ", "QH"]
    case .quyetDinh: ["QD"]
    case .chiThi: ["CT"]
    case .thongTu: ["TT", "TTLT"]
    case .thongTuLienTich: ["TTLT"]
    case .keHoach: ["KH"]
    case .ketLuan: ["KL"]
    case .thongBao: ["TB"]
    case .huongDan: ["HD"]
    case .baoCao: ["BC"]
    case .chuongTrinh: ["CTR"]
    case .congVan: ["CV"]
    case .vanBan: []
    }
  }

  /// Whether a number of this kind must carry its type code (a "Quyết định" numbered like a
  /// công văn is a slip). Plans call many administrative letters "Hướng dẫn" or "Kế hoạch"
  /// while numbering them as công văn, so those kinds are only checked for a contradicting code.
  var requiresTypeCode: Bool {
    switch self {
    case .luat, .boLuat, .nghiDinh, .nghiQuyet, .quyetDinh, .chiThi, .thongTu, .thongTuLienTich: true
    default: false
    }
  }

  /// Legal documents (văn bản quy phạm pháp luật) carry their year in the number
  /// ("64/2007/NĐ-CP"); administrative documents do not.
  var hasYearInNumber: Bool {
    switch self {
    case .luat, .boLuat, .nghiDinh, .nghiQuyet, .quyetDinh, .chiThi, .thongTu, .thongTuLienTich: true
    default: false
    }
  }

  /// The kind a type code stands for, when a number is cited without a type word.
  static func forTypeCode(_ code: String) -> DocumentType? {
    switch code {
    case "QD": .quyetDinh
    case "ND": .nghiDinh
    case "NQ": .nghiQuyet
    case "CT": .chiThi
    case "TT": .thongTu
    case "TTLT": .thongTuLienTich
    case "KH": .keHoach
    case "KL": .ketLuan
    case "TB": .thongBao
    case "HD": .huongDan
    case "BC": .baoCao
    case "CTR": .chuongTrinh
    case "QH": .luat
    case "CV": .congVan
    default: nil
    }
  }

  /// Reads a catalog's type ("Nghị quyết (Đảng)", "Quyết định (QPPL)"): the words before any
  /// parenthesis.
  static func parse(_ text: String) -> DocumentType? {
    let head = text.split(separator: "(").first.map(String.init) ?? text
    return byTitleKey[VietnameseFolding.titleKey(head)]
  }

  private static let byTitleKey = Dictionary(
    allCases.map { (VietnameseFolding.titleKey($0.rawValue), $0) }, uniquingKeysWith: { first, _ in first })
}

/// Type codes of Nghị định 30/2020/NĐ-CP, Phụ lục III, and of legal documents, folded: the
/// first group of a state number ("QĐ" in 749/QĐ-TTg) is a type code only when listed here
/// (otherwise it names the issuer, as in công văn 2606/BTTTT-THH).
enum TypeCodes {
  static let known: Set<String> = [
    "QD", "ND", "NQ", "CT", "TT", "TTLT", "KH", "TB", "BC", "HD", "KL", "CTR", "QC", "QYD", "TC", "PA", "DA", "BB",
    "TTR", "CD", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PB", "CV",
  ]

  /// Codes that never begin a công văn number (its first group names the issuer); "CT" is
  /// left out because tax offices (Cục Thuế) number their letters "…/CT-…".
  static let contradictingCongVan: Set<String> = ["QD", "ND", "NQ", "TT", "TTLT", "KH", "TB", "BC", "KL", "QH"]

  /// Issuers of Party documents, whose numbers read "52-NQ/TW".
  static let partyIssuers: Set<String> = ["TW", "TU", "HU", "DU", "TH", "BCS", "BCSD"]

  /// The type code of a folded group: listed codes, and "QH13" (Quốc hội, any term) as "QH".
  static func code(of group: String) -> String? {
    if known.contains(group) { return group }
    if group.hasPrefix("QH"), group.count > 2, group.dropFirst(2).allSatisfy(\.isNumber) { return "QH" }
    return nil
  }
}
