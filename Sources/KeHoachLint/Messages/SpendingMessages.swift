import Foundation

/// Messages about the project list, amounts, shares, time frames and deadlines.
extension Messages {
  /// "25.000 triệu đồng".
  static func money(_ millions: Decimal) -> String { "\(VietnameseNumber.format(millions)) triệu đồng" }
  static func moneyEN(_ millions: Decimal) -> String { "\(VietnameseNumber.format(millions, language: .en)) million VND" }
  /// "triệu đồng" / "million VND": the unit an amount is written in.
  static func unitName(_ unit: MoneyUnit) -> LocalizedText {
    switch unit {
    case .dong: LocalizedText(vi: "đồng", en: "VND")
    case .thousand: LocalizedText(vi: "nghìn đồng", en: "thousand VND")
    case .million: LocalizedText(vi: "triệu đồng", en: "million VND")
    case .billion: LocalizedText(vi: "tỷ đồng", en: "billion VND")
    }
  }
  /// "7%", "9,5%".
  static func percent(_ value: Decimal, _ language: Language = .vi) -> String {
    "\(VietnameseNumber.format(value, fractionDigits: 1, language: language))%"
  }

  public static func missingProjectField(_ field: ProjectColumnRole.Field, task: String, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Nhiệm vụ “\(task)” chưa nêu \(field.name.vi) (theo \(source.citation)).",
      en: "Task “\(task)” does not state its \(field.name.en) (required by \(source.citation)).")
  }

  public static func missingProjectColumn(_ field: ProjectColumnRole.Field, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Danh mục nhiệm vụ, dự án không có cột “\(field.name.vi)” (theo \(source.citation)).",
      en: "The list of tasks and projects has no column for the \(field.name.en) (required by \(source.citation)).")
  }

  public static func unreadableAmount(_ text: String) -> LocalizedText {
    LocalizedText(
      vi: "Không đọc được số tiền “\(text)”; hãy ghi số theo định dạng Việt Nam (ví dụ 4.000 hoặc 1.234,5), hoặc “-” nếu không có.",
      en: "Cannot read the amount “\(text)”; write it the Vietnamese way (e.g. 4.000 or 1.234,5), or “-” for none.")
  }

  public static func totalRowMismatch(column: String, written: String, unit: MoneyUnit, stated: Decimal, sum: Decimal) -> LocalizedText {
    let convertedVI = unit == .million ? "" : " (\(money(stated)))"
    let convertedEN = unit == .million ? "" : " (\(moneyEN(stated)))"
    return LocalizedText(
      vi: "Dòng tổng cột “\(column)” ghi \(written) \(unitName(unit).vi)\(convertedVI) nhưng cộng các nhiệm vụ được \(money(sum)).",
      en: "The total row of column “\(column)” says \(written) \(unitName(unit).en)\(convertedEN) but the tasks add up to \(moneyEN(sum)).")
  }

  public static func statedTotalMismatch(written: String, stated: Decimal, sum: Decimal) -> LocalizedText {
    LocalizedText(
      vi: "Tổng kinh phí nêu là “\(written)” (\(money(stated))) nhưng Danh mục nhiệm vụ, dự án cộng được \(money(sum)).",
      en:
        "The stated total “\(written)” (\(moneyEN(stated))) differs from the list of tasks and projects, which adds up to \(moneyEN(sum)).")
  }

  public static func breakdownMismatch(written: String, total: Decimal, parts: Decimal, dimension: LocalizedText) -> LocalizedText {
    LocalizedText(
      vi: "Các khoản chia theo \(dimension.vi) cộng được \(money(parts)), không bằng tổng “\(written)” (\(money(total))).",
      en: "The breakdown by \(dimension.en) adds up to \(moneyEN(parts)), not the total “\(written)” (\(moneyEN(total))).")
  }

  public static func rowBreakdownMismatch(task: String, total: Decimal, parts: Decimal, dimension: LocalizedText) -> LocalizedText {
    LocalizedText(
      vi: "Nhiệm vụ “\(task)”: các cột theo \(dimension.vi) cộng được \(money(parts)), không bằng tổng mức \(money(total)).",
      en: "Task “\(task)”: the columns by \(dimension.en) add up to \(moneyEN(parts)), not its total \(moneyEN(total)).")
  }

  public static func securityShareLow(
    security: Decimal, total: Decimal, minimum: Decimal, year: Int?, source: GuidanceSource
  ) -> LocalizedText {
    let share = BudgetSummary.percent(security, of: total) ?? 0
    let scopeVI = year.map { " năm \($0)" } ?? ""
    let scopeEN = year.map { " in \($0)" } ?? ""
    return LocalizedText(
      vi:
        "Kinh phí cho sản phẩm, dịch vụ an toàn thông tin\(scopeVI) là \(money(security)), chiếm \(percent(share)) tổng kinh phí \(money(total)); tối thiểu phải \(percent(minimum)) (theo \(source.citation)).",
      en:
        "Spending on information security products and services\(scopeEN) is \(moneyEN(security)), \(percent(share, .en)) of the total \(moneyEN(total)); at least \(percent(minimum, .en)) is required (by \(source.citation))."
    )
  }

  public static func statedSecurityShareLow(written: String, minimum: Decimal, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi:
        "Kế hoạch nêu kinh phí an toàn thông tin chiếm “\(written)”; tối thiểu phải \(percent(minimum)) (theo \(source.citation)).",
      en:
        "The plan states its information security spending at “\(written)”; at least \(percent(minimum, .en)) is required (by \(source.citation))."
    )
  }

  public static func statedSecurityDiffers(amount: String?, share: String?, tableSecurity: Decimal, tableShare: Decimal)
    -> LocalizedText
  {
    let stated = [amount, share].compactMap { $0 }.map { "“\($0)”" }
    return LocalizedText(
      vi:
        "Kế hoạch nêu kinh phí an toàn thông tin là \(stated.joined(separator: ", ")) nhưng các dòng an toàn thông tin của danh mục cộng được \(money(tableSecurity)) (\(percent(tableShare)) tổng kinh phí); kiểm tra lại số liệu hoặc các dòng được tính.",
      en:
        "The plan states its information security spending as \(stated.joined(separator: ", ")) but the security rows of the list add up to \(moneyEN(tableSecurity)) (\(percent(tableShare, .en)) of the total); check the figures or the rows counted."
    )
  }

  public static func budgetShareLow(spending: Decimal, budget: Decimal, written: String, minimum: Decimal, source: GuidanceSource)
    -> LocalizedText
  {
    let share = BudgetSummary.percent(spending, of: budget) ?? 0
    return LocalizedText(
      vi:
        "Kinh phí kế hoạch \(money(spending)) chỉ chiếm \(percent(share)) tổng chi ngân sách “\(written)”; tối thiểu \(percent(minimum)) cho Chính quyền điện tử/Chính quyền số (theo \(source.citation)).",
      en:
        "The plan's spending of \(moneyEN(spending)) is only \(percent(share, .en)) of the total budget “\(written)”; at least \(percent(minimum, .en)) must go to digital government (by \(source.citation))."
    )
  }

  public static func budgetCommitmentMissing(section: String?, minimum: Decimal, source: GuidanceSource) -> LocalizedText {
    let whereVI = section.map { "Mục “\($0)”" } ?? "Kế hoạch"
    let whereEN = section.map { "Section “\($0)”" } ?? "The plan"
    return LocalizedText(
      vi:
        "\(whereVI) chưa cam kết bảo đảm tối thiểu \(percent(minimum)) tổng chi ngân sách cho phát triển Chính quyền điện tử/Chính quyền số (theo \(source.citation)).",
      en:
        "\(whereEN) does not commit at least \(percent(minimum, .en)) of total budget spending to digital government (required by \(source.citation))."
    )
  }

  public static func timeFrameOutsidePeriod(_ text: String, year: Int, period: ClosedRange<Int>, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Thời gian triển khai “\(text)” có năm \(year) nằm ngoài kỳ kế hoạch \(periodText(period)) (theo \(source.citation)).",
      en: "Time frame “\(text)” includes \(year), outside the plan period \(periodText(period)) (\(source.citation)).")
  }

  public static func roadmapYearMissing(_ year: Int, section: String, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Mục “\(section)” không nêu kết quả dự kiến cho năm \(year) (theo \(source.citation): dự kiến kết quả trong mỗi năm).",
      en: "Section “\(section)” names no expected results for \(year) (\(source.citation) asks for each year's results).")
  }

  public static func dateBeyondPeriod(_ written: String, period: ClosedRange<Int>, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Mốc thời gian “\(written)” vượt quá kỳ kế hoạch \(periodText(period)) (theo \(source.citation)).",
      en: "The date “\(written)” lies beyond the plan period \(periodText(period)) (\(source.citation)).")
  }

  public static func lateDraft(date: CivilDate, deadline: CivilDate, level: UnitLevel, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi:
        "Kế hoạch đề ngày \(date), sau hạn gửi dự thảo \(deadline) đối với \(levelName(level).vi) (theo \(source.citation)).",
      en: "The plan is dated \(date), after the \(deadline) deadline for drafts from \(levelName(level).en) (set by \(source.citation)).")
  }

  public static func datedBeforeImplementedPlan(date: CivilDate, plan: String, planDate: CivilDate, source: GuidanceSource)
    -> LocalizedText
  {
    let quoted = plan.count > 60 ? String(plan.prefix(60)) + "…" : plan
    return LocalizedText(
      vi: "Kế hoạch đề ngày \(date), trước ngày \(planDate) của kế hoạch mà nó triển khai (“\(quoted)”) (theo \(source.citation)).",
      en: "The plan is dated \(date), before the \(planDate) plan it implements (“\(quoted)”) (\(source.citation)).")
  }

  static func periodText(_ period: ClosedRange<Int>) -> String {
    period.lowerBound == period.upperBound ? "năm \(period.lowerBound)" : "\(period.lowerBound)-\(period.upperBound)"
  }

  static func levelName(_ level: UnitLevel) -> LocalizedText {
    switch level {
    case .ministry: LocalizedText(vi: "bộ, cơ quan ngang bộ", en: "ministries")
    case .province: LocalizedText(vi: "UBND tỉnh, thành phố trực thuộc trung ương", en: "provinces")
    case .department: LocalizedText(vi: "sở, ban, ngành", en: "departments")
    case .district: LocalizedText(vi: "UBND cấp huyện", en: "districts")
    }
  }
}
