/// The plan is dated no later than the deadline for its unit's level (ministries 15/9/2020,
/// provinces 15/10/2020 for the five-year draft), and an annual plan is not dated before the
/// five-year plan it implements. The date comes from the place-and-date line or `--date`; the
/// level from `--level` or the issuing body in the header; the deadlines are the profile's
/// (`draft-deadlines` in `pack.yml`), which the feedback letter states too.
public struct PlanDeadlineRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Title words of the plan this one implements ("giai đoạn 2021-2025"), cited with its date.
    public var followsPlanTitled: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case followsPlanTitled = "follows-plan-titled" }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      followsPlanTitled = try container.decodeIfPresent([String].self, forKey: .followsPlanTitled) ?? []
    }
  }

  public static let description = RuleDescription(
    kind: "plan-deadline",
    title: LocalizedText(vi: "Kế hoạch được lập đúng hạn", en: "The plan is drafted in time"),
    rationale: LocalizedText(
      vi:
        "Bộ TT&TT đặt hạn gửi dự thảo kế hoạch 5 năm theo cấp (bộ trước 15/9/2020, tỉnh trước 15/10/2020); kế hoạch năm phải căn cứ kế hoạch 5 năm đã phê duyệt nên không thể đề ngày trước kế hoạch đó.",
      en:
        "The Ministry set deadlines for five-year drafts by level (ministries 15/9/2020, provinces 15/10/2020); an annual plan builds on the approved five-year plan, so it cannot be dated before it."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n\nSố: 12/KH-UBND\n\nQuảng Ngãi, ngày 10 tháng 10 năm 2020\n\n**KẾ HOẠCH**\n",
        spec: "",
        profile: "draft-deadlines:\n  source: {document: Công văn 2606/BTTTT-THH}\n  by-level: {bo: 15/9/2020, tinh: 15/10/2020}\n"),
      RuleExample(
        markdown: "**ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI**\n\nSố: 12/KH-UBND\n\n↓Quảng Ngãi, ngày 20 tháng 10 năm 2020\n\n**KẾ HOẠCH**\n",
        spec: "",
        profile: "draft-deadlines:\n  source: {document: Công văn 2606/BTTTT-THH}\n  by-level: {bo: 15/9/2020, tinh: 15/10/2020}\n"),
      RuleExample(
        markdown:
          "**SỞ Y TẾ**\n\n↓Quảng Ngãi, ngày 5 tháng 1 năm 2021\n\n**KẾ HOẠCH**\n\n## I. Căn cứ\n\nKế hoạch số 20/KH-SYT ngày 15/01/2021 về ứng dụng CNTT giai đoạn 2021-2025.\n",
        spec: "follows-plan-titled: [giai đoạn 2021-2025]\n",
        profile: "draft-deadlines:\n  source: {document: Công văn 2606/BTTTT-THH}\n  by-level: {bo: 15/9/2020}\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let placeAndDate = context.document.header.placeAndDate
    guard let date = placeAndDate?.date ?? context.configuration.planDate else { return [] }
    let location = placeAndDate?.location ?? context.document.header.title?.location ?? context.document.endLocation
    var findings: [Finding] = []
    if let level = context.analysis.unitLevel, let deadline = context.analysis.draftDeadline, date > deadline.date {
      let message = Messages.lateDraft(date: date, deadline: deadline.date, level: level, source: info.source)
      findings.append(context.finding(info, message, at: location, blockIndex: nil))
    }
    if let parent = implementedPlanDate(context), date < parent.date {
      let message = Messages.datedBeforeImplementedPlan(
        date: date, plan: parent.citation, planDate: parent.date, source: info.source)
      findings.append(context.finding(info, message, at: location, blockIndex: nil))
    }
    return findings
  }

  /// The date of the plan this one implements, as the text cites it ("Kế hoạch số 20/KH-SYT
  /// ngày 15/01/2021 … giai đoạn 2021-2025").
  private func implementedPlanDate(_ context: RuleContext) -> (date: CivilDate, citation: String)? {
    guard !spec.followsPlanTitled.isEmpty else { return nil }
    let titles = spec.followsPlanTitled.map(Profile.detectionKey)
    for block in context.document.blocks.dropFirst(context.outline.firstSectionBlockIndex) where block.kind != .table {
      for sentence in block.text.split(whereSeparator: { ";\n".contains($0) }) {
        let key = Profile.detectionKey(String(sentence))
        guard key.hasPrefix("kehoach") || key.contains("kehoachso"), titles.contains(where: key.contains),
          let mention = VietnameseDate.dates(in: String(sentence)).first
        else { continue }
        return (mention.date, String(sentence).trimmingSpaces())
      }
    }
    return nil
  }
}
