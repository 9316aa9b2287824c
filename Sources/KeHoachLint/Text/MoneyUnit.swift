import Foundation

/// The unit amounts are written in ("ĐVT: triệu đồng"). Every amount is normalised to
/// million đồng (triệu đồng), the unit of the guidance's own sample table.
public enum MoneyUnit: String, Sendable, Hashable, Codable, CaseIterable {
  case dong = "đồng"
  case thousand = "nghìn đồng"
  case million = "triệu đồng"
  case billion = "tỷ đồng"

  /// How many million đồng one of this unit is.
  public var millions: Decimal {
    switch self {
    case .dong: Decimal(string: "0.000001") ?? 0
    case .thousand: Decimal(string: "0.001") ?? 0
    case .million: 1
    case .billion: 1000
    }
  }

  /// `amount` written in this unit, in million đồng.
  public func toMillions(_ amount: Decimal) -> Decimal { amount * millions }

  /// The unit a text names ("ĐVT: Tỷ đồng", "(triệu đồng)", "Đơn vị tính: 1.000 đồng", "VNĐ"),
  /// nil when it names none. Larger units are looked for first so "tỷ đồng" is not read as
  /// "đồng".
  public static func named(in text: String) -> MoneyUnit? {
    let words = VietnameseFolding.titleKey(text).split(separator: " ").map(String.init)
    for (index, word) in words.enumerated() {
      let next = index + 1 < words.count ? words[index + 1] : ""
      switch word {
      case "ty", "ti": if next == "dong" || next == "vnd" { return .billion }
      case "trieu": if next == "dong" || next == "vnd" { return .million }
      case "nghin", "ngan": if next == "dong" || next == "vnd" { return .thousand }
      case "1000" where next == "dong": return .thousand
      default: break
      }
    }
    if words.contains("dong") || words.contains("vnd") || words.contains("vnđ") { return .dong }
    return nil
  }

  /// The unit word right after an amount in running text ("25.000 triệu đồng", "25 tỷ").
  static func following(_ text: Substring) -> MoneyUnit? {
    // Every unit word starts with t, n, d, v or đ: most numbers ("2021-2025", "50%") stop here.
    if let first = text.utf8.first, first < 0x80, !"tTnNdDvV".utf8.contains(first) { return nil }
    let words = VietnameseFolding.titleKey(String(text.prefix(24))).split(separator: " ").map(String.init)
    guard let first = words.first else { return nil }
    switch first {
    case "ty", "ti": return .billion
    case "trieu": return .million
    case "nghin", "ngan": return .thousand
    case "dong", "vnd", "d": return .dong
    default: return nil
    }
  }
}
