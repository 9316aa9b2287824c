/// Every task's time frame ("2022", "2022-2023", "Quý III/2021") lies inside the plan period
/// (2021-2025 for the five-year plan, 2021 for the annual one); a continuing task may have
/// started before it.
public struct ProjectTimeFrameRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {
      _ = try decoder.strictContainer(keyedBy: NoSpecKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    }
  }

  public static let description = RuleDescription(
    kind: "project-time-frame",
    title: LocalizedText(vi: "Thời gian triển khai nằm trong kỳ kế hoạch", en: "Task time frames lie inside the plan period"),
    rationale: LocalizedText(
      vi:
        "Danh mục chỉ gồm nhiệm vụ, dự án triển khai trong kỳ kế hoạch; nhiệm vụ kéo dài sang kỳ sau không bố trí được vốn trong kế hoạch này.",
      en: "The list holds only tasks carried out within the plan period; a task running past it cannot be funded by this plan."),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown: """
          | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|
          | 1 | Xây dựng CSDL văn bản | Văn phòng | Quý III/2021 | 500 | NSĐP |
          | 2 | Hội nghị truyền hình | Văn phòng | 2021 - 2025 | 4.000 | NSTW |
          | 3 | Đào tạo kỹ năng số | Phòng Nội vụ | Hằng năm | 200 | NSĐP |

          """,
        spec: ""),
      RuleExample(
        markdown: """
          | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Thời gian triển khai | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|
          | 1 | Xây dựng CSDL văn bản | Văn phòng | ↓2026-2027 | 500 | NSĐP |
          | 2 | Hội nghị truyền hình | Văn phòng | ↓2019-2022 | 4.000 | NSTW |
          | 3 | Cổng thông tin (chuyển tiếp) | Văn phòng | 2019-2022 | 300 | NSTW |

          """,
        spec: ""),
    ])

  public let info: RuleInfo

  public init(info: RuleInfo, spec: Spec) { self.info = info }

  public func check(_ context: RuleContext) -> [Finding] {
    let period = context.profile.periodRange
    var findings: [Finding] = []
    for list in ProjectList.planned(in: context.document, outline: context.outline) {
      for row in list.tasks {
        for column in list.columns(.timeFrame) {
          guard let cell = row.cell(column), let frame = VietnameseDate.timeFrame(cell.text) else { continue }
          // A continuing task ("chuyển tiếp") started before the period; none may end after it.
          let continuing =
            ProjectListReader.status(named: row.text(list.column(.name)) + " " + list.columns(.status).map(row.text).joined(separator: " "))
            == "Chuyển tiếp" || row.groupStatus == "Chuyển tiếp"
          // One finding per cell, at its first year outside the period.
          guard let mention = frame.mentions.first(where: { $0.year > period.upperBound || ($0.year < period.lowerBound && !continuing) })
          else { continue }
          let message = Messages.timeFrameOutsidePeriod(cell.text, year: mention.year, period: period, source: info.source)
          findings.append(context.finding(info, message, at: cell.location(at: mention.range.lowerBound), blockIndex: row.blockIndex))
        }
      }
    }
    return findings
  }
}

extension Profile {
  /// The plan period as a range of years.
  var periodRange: ClosedRange<Int> {
    let first = period.first ?? 0
    return first...max(first, period.last ?? first)
  }
}
