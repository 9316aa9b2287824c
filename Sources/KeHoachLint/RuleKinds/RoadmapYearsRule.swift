/// The roadmap ("Lộ trình thực hiện") names expected results for every year of the plan period:
/// each year appears in the section, alone ("Năm 2022: …") or in a range shorter than the
/// whole period ("Năm 2024-2025: …").
public struct RoadmapYearsRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Titles of the roadmap section.
    public var sections: SectionScope

    enum CodingKeys: String, CodingKey, CaseIterable { case sections }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      sections = try container.decode(SectionScope.self, forKey: .sections)
    }
  }

  public static let description = RuleDescription(
    kind: "roadmap-years",
    title: LocalizedText(vi: "Lộ trình nêu kết quả từng năm", en: "The roadmap names results for every year"),
    rationale: LocalizedText(
      vi:
        "Hướng dẫn yêu cầu lộ trình thực hiện dự kiến kết quả trong mỗi năm của kỳ kế hoạch; năm bị bỏ qua là năm không có mốc để theo dõi.",
      en: "The guidance asks the roadmap for each year's expected results; a year left out has no milestone to follow up."),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown:
          "## VI. Lộ trình thực hiện\n\nLộ trình giai đoạn 2021-2025 như sau:\n\n- Năm 2021: hoàn thành CSDL văn bản.\n- Năm 2022-2023: hội nghị truyền hình.\n- Năm 2024: giám sát ATTT.\n- Năm 2025: đánh giá.\n",
        spec: "sections: [Lộ trình thực hiện]\n"),
      RuleExample(
        markdown:
          "## VI. Lộ trình thực hiện\n\nLộ trình giai đoạn 2021-2025 như sau:\n\n- Năm 2021: hoàn thành CSDL văn bản.\n- Năm 2022-2023: hội nghị truyền hình.\n- ↓Năm 2025: đánh giá.\n",
        spec: "sections: [Lộ trình thực hiện]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let period = context.profile.periodRange
    guard period.count > 1, let section = spec.sections.section(in: context.outline) else { return [] }
    var covered: Set<Int> = []
    var firstMention: [Int: Int] = [:]  // year → first block naming it
    for entry in context.analysis.textIndex.entries(inBlocks: section.body) {
      guard let blockIndex = entry.blockIndex else { continue }
      for years in Self.yearSpans(in: entry.text) where years != period {
        covered.formUnion(years)
        for year in years where firstMention[year] == nil { firstMention[year] = blockIndex }
      }
    }
    return period.filter { !covered.contains($0) }.map { year in
      // It belongs before the first block naming a later year.
      let later = firstMention.filter { $0.key > year }.min { $0.key < $1.key }?.value
      let location = later.map { context.document.blocks[$0].contentLocation } ?? section.location
      let message = Messages.roadmapYearMissing(year, section: section.displayTitle, source: info.source)
      return context.finding(info, message, at: location, blockIndex: later ?? section.blockIndex)
    }
  }

  /// The years a text names, a range ("2022-2023", "2022 đến 2023") counted as all its years.
  static func yearSpans(in text: String) -> [ClosedRange<Int>] {
    let mentions = VietnameseDate.years(in: text)
    var spans: [ClosedRange<Int>] = []
    var index = 0
    while index < mentions.count {
      let first = mentions[index]
      if index + 1 < mentions.count {
        let second = mentions[index + 1]
        let between = VietnameseFolding.titleKey(String(text[first.range.upperBound..<second.range.lowerBound]))
        if second.year > first.year, ["", "den", "den nam"].contains(between) {
          spans.append(first.year...second.year)
          index += 2
          continue
        }
      }
      spans.append(first.year...first.year)
      index += 1
    }
    return spans
  }
}
