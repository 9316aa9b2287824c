import Foundation

/// At least 1% of the unit's total budget spending goes to digital government. Where the plan
/// states its total budget spending, the plan's spending (the project list's sum) must reach the
/// share; where it does not, the plan must at least commit to it: in its financial solutions,
/// or, failing those, in any sentence naming the budget and a share of at least the minimum.
/// A plan with no solutions section that commits nowhere is reported as a whole.
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
    let section = spec.commitmentSections.lazy.compactMap({ SectionScope([$0]).section(in: context.outline) }).first
    let index = context.analysis.textIndex
    if let section, index.entries(inBlocks: section.body).contains(where: { commits($0.text) }) { return [] }
    // "Đảm bảo mức tối thiểu 1% tổng chi ngân sách" (Phụ lục I mục V.3) must be in the plan:
    // a commitment written elsewhere (under "Kinh phí thực hiện", in a footnote) counts; one
    // in the assessment of the past period does not.
    let assessment = context.outline.allNodes.filter(\.isAssessment)
    let elsewhere = index.entries.contains { entry in
      guard entry.folded.contains("ngan sach") else { return false }
      if let block = entry.blockIndex, assessment.contains(where: { $0.contains(block: block) }) { return false }
      // A sentence on the security share ("tối thiểu 10% … cho an toàn thông tin") is another ratio.
      return Self.sentences(of: entry.text).contains { sentence in
        let folded = VietnameseFolding.fold(sentence)
        return commits(sentence) && !folded.contains("an toan thong tin") && !folded.contains("attt")
      }
    }
    guard !elsewhere else { return [] }
    let message = Messages.budgetCommitmentMissing(section: section?.displayTitle, minimum: spec.minimumPercent, source: info.source)
    guard let section else {
      // No solutions section at all: the plan as a whole commits nowhere.
      let location = context.document.header.title?.location ?? context.document.endLocation
      return [context.finding(info, message, at: location, blockIndex: nil)]
    }
    return [context.finding(info, message, at: section.location, blockIndex: section.blockIndex)]
  }

  /// A text naming the budget ("ngân sách") with a share of at least the minimum.
  private func commits(_ text: String) -> Bool {
    VietnameseFolding.fold(text).contains("ngan sach") && VietnameseNumber.percents(in: text).contains { $0 >= spec.minimumPercent }
  }

  /// The sentences of a paragraph: a commitment is one sentence, not a paragraph that names
  /// the budget in one sentence and another ratio in the next.
  static func sentences(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character = " "
    for character in text {
      // "1.000", "1,5%": a dot or semicolon between digits is not a sentence end.
      if ((character == "." || character == ";") && !previous.isNumber) || character.isNewline {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    result.append(current)
    return result.filter { !$0.trimmingWhitespace().isEmpty }
  }
}
