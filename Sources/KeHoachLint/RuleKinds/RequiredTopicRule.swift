/// A topic the framework requires the plan to address (the 4-layer security model, the
/// e-Government Architecture Framework 2.0, LGSP connection, …), found by any of its phrases
/// anywhere in the plan or within the named sections.
public struct RequiredTopicRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var topic: LocalizedText
    /// Phrases of which one must occur (compared folded).
    public var anyOf: [String]
    /// Titles of sections to look in; empty means the whole plan.
    public var within: SectionScope

    enum CodingKeys: String, CodingKey, CaseIterable { case topic, anyOf = "any-of", within }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      topic = try container.decode(LocalizedText.self, forKey: .topic)
      anyOf = try container.decode([String].self, forKey: .anyOf)
      within = try container.decodeIfPresent(SectionScope.self, forKey: .within) ?? SectionScope([])
    }
  }

  public static let description = RuleDescription(
    kind: "required-topic",
    title: LocalizedText(vi: "Có nội dung bắt buộc theo hướng dẫn", en: "A topic the guidance requires is addressed"),
    rationale: LocalizedText(
      vi:
        "Hướng dẫn yêu cầu kế hoạch đề cập một số nội dung cụ thể (mô hình 4 lớp, Khung Kiến trúc Chính phủ điện tử 2.0, kết nối LGSP…); thiếu là chưa bám sát hướng dẫn.",
      en:
        "The guidance requires specific topics (4-layer security model, e-Government Architecture Framework 2.0, LGSP connection…); a plan without them does not follow it."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "## IV. NHIỆM VỤ\n\nTriển khai bảo đảm an toàn thông tin theo Mô hình 4 lớp.\n",
        spec: "topic: {vi: mô hình 4 lớp, en: the 4-layer model}\nany-of: [mô hình 4 lớp]\nwithin: [Nhiệm vụ]\n"),
      RuleExample(
        markdown: "## I. CĂN CỨ\n\nMô hình 4 lớp.\n\n↓## IV. NHIỆM VỤ\n\nTriển khai phần mềm.\n",
        spec: "topic: {vi: mô hình 4 lớp, en: the 4-layer model}\nany-of: [mô hình 4 lớp]\nwithin: [Nhiệm vụ]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let blocks = context.document.blocks
    let index = context.analysis.textIndex
    var ranges: [(Outline.Node?, Range<Int>)] = [(nil, 0..<blocks.count)]
    switch spec.within.resolve(in: context.outline) {
    case .wholePlan: break
    // A missing section is the required-sections rule's finding, not this one's.
    case .absent: return []
    case .sections(let sections): ranges = sections.map { ($0, $0.blockIndex..<$0.endBlockIndex) }
    }
    // Notes count wherever the plan's text does.
    if ranges[0].0 == nil, mentions(index.notes.map(\.folded)) { return [] }
    for (_, range) in ranges where mentions(index.entries(inBlocks: range).map(\.folded)) { return [] }
    let section = ranges.first?.0
    let location = section?.location ?? context.document.header.title?.location ?? context.document.endLocation
    let message = Messages.missingTopic(spec.topic, section: section?.displayTitle, source: info.source)
    return [context.finding(info, message, at: location, blockIndex: section?.blockIndex)]
  }

  private func mentions(_ texts: [FoldedText]) -> Bool {
    texts.contains { folded in spec.anyOf.contains { folded.contains($0) } }
  }
}
