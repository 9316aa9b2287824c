import Foundation

/// The totals a plan states in running text ("Tổng kinh phí: 25.000 triệu đồng, trong đó:
/// NSTW 5.000 triệu đồng; NSĐP 20.000 triệu đồng") and the breakdowns that follow them.
struct AmountBreakdown {
  /// What a breakdown divides the total by.
  enum Dimension: String, CaseIterable {
    case year, source, spendingType

    var name: LocalizedText {
      switch self {
      case .year: LocalizedText(vi: "năm", en: "year")
      case .source: LocalizedText(vi: "nguồn vốn", en: "funding source")
      case .spendingType: LocalizedText(vi: "loại chi (thường xuyên, đầu tư phát triển)", en: "kind of spending (recurrent, investment)")
      }
    }

    static let sourceWords = [
      "ngan sach", "ns", "nstw", "nsdp", "nst", "nsh", "von", "nguon", "xa hoi hoa", "doanh nghiep", "tai tro", "oda",
    ]
    static let spendingTypeWords = ["thuong xuyen", "dau tu phat trien", "dtpt", "su nghiep", "chi dau tu"]

    /// The dimension the words before an amount name, nil when they name none.
    static func of(label: String) -> Dimension? {
      let key = " " + VietnameseFolding.titleKey(label) + " "
      if Set(VietnameseDate.years(in: label).map(\.year)).count == 1, !key.contains(" giai doan ") { return .year }
      if spendingTypeWords.contains(where: { key.contains(" \($0) ") }) { return .spendingType }
      if sourceWords.contains(where: { key.contains(" \($0) ") }) { return .source }
      return nil
    }
  }

  /// A stated total, where it is, and its parts by dimension.
  struct Statement {
    let total: StatedAmount
    let blockIndex: Int
    var parts: [Dimension: [(amount: StatedAmount, blockIndex: Int)]] = [:]
  }

  let statements: [Statement]

  /// Reads the statements in blocks `range` of `document`; parts whose label contains one of
  /// `ignoring` (a security amount inside the total) are not a breakdown.
  init(document: PlanDocument, range: Range<Int>, ignoring: [String]) {
    let ignored = ignoring.map(VietnameseFolding.titleKey)
    var statements: [Statement] = []
    for blockIndex in range where document.blocks[blockIndex].kind != .table {
      for amount in StatedAmount.all(in: document.blocks[blockIndex].text) {
        let key = " " + VietnameseFolding.titleKey(amount.label) + " "
        if Self.isTotalLabel(key) {
          statements.append(Statement(total: amount, blockIndex: blockIndex))
        } else if !statements.isEmpty, !ignored.contains(where: { key.contains(" \($0) ") }),
          let dimension = Dimension.of(label: amount.label)
        {
          statements[statements.count - 1].parts[dimension, default: []].append((amount, blockIndex))
        }
      }
    }
    self.statements = statements
  }

  /// "Tổng kinh phí", "tổng mức đầu tư", "tổng cộng", but not "tổng chi ngân sách" (the unit's
  /// whole budget, not the plan's).
  static func isTotalLabel(_ paddedKey: String) -> Bool {
    guard !paddedKey.contains(" tong chi ngan sach ") else { return false }
    return [" tong kinh phi ", " tong muc ", " tong cong ", " tong nhu cau ", " tong du toan ", " tong von "].contains {
      paddedKey.contains($0)
    }
  }
}
