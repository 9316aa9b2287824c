/// Dates the plan sets ("hoàn thành trước 31/12/2026") do not fall after the plan period: a
/// target past the last year belongs to the next plan, and is usually a copy-paste slip.
public struct DatesWithinPeriodRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {
      _ = try decoder.strictContainer(keyedBy: NoSpecKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    }
  }

  public static let description = RuleDescription(
    kind: "dates-within-period",
    title: LocalizedText(vi: "Mốc thời gian không vượt kỳ kế hoạch", en: "Dates do not run past the plan period"),
    rationale: LocalizedText(
      vi: "Mọi mốc hoàn thành trong kế hoạch phải nằm trong kỳ kế hoạch; mốc sau kỳ thường do sao chép từ văn bản khác.",
      en: "Every deadline a plan sets must fall within its period; a later date is usually copied from another document."),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10/4/2007; hoàn thành số hóa trước ngày 31 tháng 12 năm 2025.\n",
        spec: ""),
      RuleExample(
        markdown:
          "Số hóa kết quả giải quyết TTHC còn hiệu lực từ nay đến ↓31/12/2026.\n\n| Nội dung | Hạn |\n|---|---|\n| Số hóa | ↓30/6/2027 |\n",
        spec: ""),
    ])

  public let info: RuleInfo

  public init(info: RuleInfo, spec: Spec) { self.info = info }

  public func check(_ context: RuleContext) -> [Finding] {
    let period = context.profile.periodRange
    var findings: [Finding] = []
    for entry in context.analysis.textIndex.entries {
      for mention in VietnameseDate.dates(in: entry.text) where mention.date.year > period.upperBound {
        let message = Messages.dateBeyondPeriod(String(entry.text[mention.range]), period: period, source: info.source)
        findings.append(context.finding(info, message, at: entry.location(at: mention.range.lowerBound), blockIndex: entry.blockIndex))
      }
    }
    return findings
  }
}
