/// Every task of the project list states what the guidance requires of it: lead unit, new or
/// continuing, objective, time frame, estimated total and funding source. A missing field is a
/// finding on that row; a list without the column at all is one finding on its header.
public struct ProjectRowCompletenessRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var fields: [ProjectColumnRole.Field]

    enum CodingKeys: String, CodingKey, CaseIterable { case fields }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      fields = try container.decodeIfPresent([ProjectColumnRole.Field].self, forKey: .fields) ?? ProjectColumnRole.Field.allCases
    }
  }

  public static let description = RuleDescription(
    kind: "project-row-completeness",
    title: LocalizedText(vi: "Mỗi nhiệm vụ, dự án nêu đủ thông tin", en: "Each task in the list states every required field"),
    rationale: LocalizedText(
      vi:
        "Với mỗi nhiệm vụ, dự án, hướng dẫn yêu cầu nêu rõ đơn vị chủ trì, mới hay chuyển tiếp, mục tiêu chính, thời gian triển khai, dự kiến tổng mức đầu tư và nguồn vốn; thiếu một trường thì không bố trí được vốn.",
      en:
        "For each task or project the guidance requires the lead unit, whether it is new or continuing, its main objective, time frame, estimated total and funding source; without one of them it cannot be funded."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown: """
          | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu | Thời gian | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|---|---|
          | 1 | Xây dựng CSDL văn bản | Văn phòng | Mới | Tra cứu văn bản | 2022 | 500 | NSĐP |

          """,
        spec: "fields: [lead-unit, status, objective, time-frame, total, source]\n"),
      RuleExample(
        markdown: """
          | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mới/Chuyển tiếp | Mục tiêu | Thời gian | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|---|---|
          | 1 | Xây dựng CSDL văn bản | Văn phòng | Mới | Tra cứu văn bản | 2022 | 500 |↓ |
          | 2 | Hội nghị truyền hình |↓ | Chuyển tiếp | Họp trực tuyến | 2022-2023 | 4.000 | NSTW |

          """,
        spec: "fields: [lead-unit, status, objective, time-frame, total, source]\n"),
      RuleExample(
        markdown: """
          | ↓TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu | Thời gian | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|---|
          | 1 | Xây dựng CSDL văn bản | Văn phòng | Tra cứu văn bản | 2022 | 500 | NSĐP |
          | 2 | Hội nghị truyền hình | Văn phòng | Họp trực tuyến | 2022-2023 | 4.000 | NSTW |

          """,
        spec: "fields: [lead-unit, status, objective, time-frame, total, source]\n"),
      RuleExample(
        markdown: """
          | TT | Danh mục nhiệm vụ, dự án | Đơn vị chủ trì | Mục tiêu | Thời gian | Tổng mức dự kiến | Nguồn vốn |
          |---|---|---|---|---|---|---|
          | I | Nhiệm vụ chuyển tiếp | | | | | |
          | 1 | Xây dựng CSDL văn bản | Văn phòng | Tra cứu văn bản | 2022 | 500 | NSĐP |
          | | (tiếp) | | văn bản của huyện | | | |
          | II | Nhiệm vụ mới | | | | | |
          | 2 | Hội nghị truyền hình | Văn phòng | Họp trực tuyến | 2022-2023 | 4.000 | NSTW |

          """,
        spec: "fields: [lead-unit, status, objective, time-frame, total, source]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public var requiredProjectFields: [ProjectColumnRole.Field]? { spec.fields }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for list in context.plannedProjectLists {
      var absentColumns: Set<ProjectColumnRole.Field> = []
      for row in list.tasks where row.kind == .task {
        for field in spec.fields {
          let columns = Self.columns(for: field, in: list)
          guard columns.isEmpty || !Self.isStated(field, row: row, columns: columns) else { continue }
          if columns.isEmpty {
            // The status may come from the group heading ("I. Nhiệm vụ chuyển tiếp") or the name.
            if field == .status, row.groupStatus != nil || ProjectListReader.status(named: row.text(list.column(.name))) != nil {
              continue
            }
            absentColumns.insert(field)
            continue
          }
          let cell = row.cell(columns[0]) ?? row.cells.first
          let location = cell.map { $0.location } ?? list.headerLocation
          let message = Messages.missingProjectField(field, task: Self.taskName(row, in: list), source: info.source)
          findings.append(context.finding(info, message, at: location, blockIndex: row.blockIndex))
        }
      }
      for field in spec.fields where absentColumns.contains(field) {
        let message = Messages.missingProjectColumn(field, source: info.source)
        findings.append(context.finding(info, message, at: list.headerLocation, blockIndex: list.blockIndices[0]))
      }
    }
    return findings
  }

  static func columns(for field: ProjectColumnRole.Field, in list: ProjectList) -> [ProjectColumn] {
    switch field {
    case .leadUnit: list.columns(.leadUnit)
    case .status: list.columns(.status)
    case .objective: list.columns(.objective)
    case .timeFrame: list.columns(.timeFrame)
    case .total: list.columns.filter { $0.role == .total || $0.role.isYear || $0.role.isSpendingType }
    case .source: list.columns.filter { $0.role == .source || $0.role.isSourceAmount }
    }
  }

  /// Whether the row fills `field` in one of its columns (for an amount, any year or source
  /// column counts).
  static func isStated(_ field: ProjectColumnRole.Field, row: ProjectRow, columns: [ProjectColumn]) -> Bool {
    // An amount of "-" says "no cost" explicitly, and an unreadable one is stated (the totals
    // rule reports it); a dash says nothing as a unit, objective or source.
    func hasAmount(_ column: ProjectColumn) -> Bool { !row.text(column).isEmpty }
    func hasText(_ column: ProjectColumn) -> Bool { !["", "-", "–", "—"].contains(row.text(column)) }
    switch field {
    case .total: return columns.contains(where: hasAmount)
    case .source: return columns.contains { $0.role == .source ? hasText($0) : hasAmount($0) }
    default: return columns.contains(where: hasText)
    }
  }

  static func taskName(_ row: ProjectRow, in list: ProjectList) -> String {
    let name = row.text(list.column(.name)).split(whereSeparator: \.isNewline).joined(separator: " ")
    let number = row.text(list.column(.index))
    let short = name.count > 60 ? String(name.prefix(60)) + "…" : name
    return number.isEmpty ? short : "\(number). \(short)"
  }
}

extension ProjectColumnRole {
  var isYear: Bool {
    if case .year = self { return true }
    return false
  }

  var isSourceAmount: Bool {
    if case .sourceAmount = self { return true }
    return false
  }

  var isSpendingType: Bool {
    if case .spendingType = self { return true }
    return false
  }
}
