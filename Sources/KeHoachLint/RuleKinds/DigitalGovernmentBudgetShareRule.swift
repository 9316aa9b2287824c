import Foundation

/// At least 1% of the unit's total budget spending goes to digital government. Where the plan
/// states its total budget spending, the plan's spending (the project list's sum) must reach the
/// share; where it does not, the financial solutions must at least commit to it.
public struct DigitalGovernmentBudgetShareRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var minimumPercent: Decimal
    /// Phrases before an amount that make it the unit's whole budget ("tổng chi ngân sách").
    public var budgetPhrases: [String]
    /// Sections that must hold the commitment, the first found is used ("Giải pháp tài chính",
    /// then "Giải pháp").
    public var commitmentSections: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
      case minimumPercent = "minimum-percent", budgetPhrases = "budget-phrases", commitmentSections = "commitment-sections"
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      minimumPercent = Decimal(try container.decode(Double.self, forKey: .minimumPercent))
      budgetPhrases = try container.decode([String].self, forKey: .budgetPhrases).map(VietnameseFolding.titleKey)
      commitmentSections = try container.decode([String].self, forKey: .commitmentSections)
    }
  }

  static let table = """
    | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
    |---|---|---|---|---|---|
    | 1 | Nâng cấp mạng LAN | Văn phòng | 2022 | 9.000 | NSĐP |

    """
  static let spec = "minimum-percent: 1\nbudget-phrases: [tổng chi ngân sách]\ncommitment-sections: [Giải pháp tài chính, Giải pháp]\n"

  public static let description = RuleDescription(
    kind: "digital-government-budget-share",
    title: LocalizedText(vi: "Bảo đảm 1% tổng chi ngân sách cho Chính quyền số", en: "1% of the budget goes to digital government"),
    rationale: LocalizedText(
      vi:
        "Giải pháp tài chính phải bảo đảm mức tối thiểu 1% tổng chi ngân sách cho phát triển Chính quyền điện tử/Chính quyền số, gồm chi thường xuyên và chi đầu tư phát triển.",
      en:
        "The financial solutions must secure at least 1% of total budget spending for digital government, recurrent and investment spending together."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown: "## 3. Giải pháp tài chính\n\nĐảm bảo mức tối thiểu 1% tổng chi ngân sách cho phát triển Chính quyền số.\n\n" + table,
        spec: spec),
      RuleExample(
        markdown: "## 3. Giải pháp tài chính\n\nTổng chi ngân sách của huyện giai đoạn 2021-2025 dự kiến ↓1.000 tỷ đồng.\n\n" + table,
        spec: spec),
      RuleExample(
        markdown: "↓## 3. Giải pháp tài chính\n\nHuy động các nguồn vốn xã hội hóa.\n\n" + table,
        spec: spec),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let blocks = context.document.blocks
    for (blockIndex, block) in blocks.enumerated() where block.kind != .table {
      for amount in StatedAmount.all(in: block.text) {
        let key = " " + VietnameseFolding.titleKey(amount.label) + " "
        guard spec.budgetPhrases.contains(where: { key.contains(" \($0) ") }) else { continue }
        guard let summary = context.analysis.budget, amount.millions > 0,
          let share = BudgetSummary.percent(summary.total, of: amount.millions), share < spec.minimumPercent
        else { return [] }
        let message = Messages.budgetShareLow(
          spending: summary.total, budget: amount.millions, written: amount.written, minimum: spec.minimumPercent, source: info.source)
        return [context.finding(info, message, at: block.location(at: amount.range.lowerBound), blockIndex: blockIndex)]
      }
    }
    // The titles in order of preference: "Giải pháp tài chính" before any "Giải pháp".
    guard let section = spec.commitmentSections.lazy.compactMap({ SectionScope([$0]).section(in: context.outline) }).first
    else { return [] }
    let commits = context.analysis.textIndex.entries(inBlocks: section.body).contains { entry in
      entry.folded.contains("ngan sach") && VietnameseNumber.percents(in: entry.text).contains { $0 >= spec.minimumPercent }
    }
    guard !commits else { return [] }
    let message = Messages.budgetCommitmentMissing(section: section.displayTitle, minimum: spec.minimumPercent, source: info.source)
    return [context.finding(info, message, at: section.location, blockIndex: section.blockIndex)]
  }
}
