/// Each specific target ("Mục tiêu cụ thể") carries a number, a percentage or a date: the
/// framework asks for targets that are "rõ ràng, định lượng, khả thi, dễ theo dõi". The general
/// aim ("Mục tiêu chung", "Mục tiêu tổng quát") is a direction, not a measure: the framework
/// asks it only to be "xác định rõ", so a "1. Mục tiêu chung" inside a "II. MỤC TIÊU" section,
/// or a section of its own so titled, is not read.
public struct QuantifiedTargetsRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Titles of the section holding the targets.
    public var sections: SectionScope
    /// Words that quantify without digits ("toàn bộ", "tất cả").
    public var quantifiers: [String]
    /// Titles of the general aims' sub-sections or sections ("Mục tiêu chung"), left unread.
    public var general: SectionScope

    enum CodingKeys: String, CodingKey, CaseIterable { case sections, quantifiers, general }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      sections = try container.decode(SectionScope.self, forKey: .sections)
      quantifiers = try container.decodeIfPresent([String].self, forKey: .quantifiers) ?? []
      general = try container.decodeIfPresent(SectionScope.self, forKey: .general) ?? SectionScope([])
    }
  }

  public static let description = RuleDescription(
    kind: "quantified-targets",
    title: LocalizedText(vi: "Mục tiêu cụ thể được định lượng", en: "Specific targets are quantified"),
    rationale: LocalizedText(
      vi:
        "Khung yêu cầu mục tiêu cụ thể “rõ ràng, định lượng, khả thi, dễ theo dõi, đánh giá kết quả”; mục tiêu không có con số thì không đo được.",
      en:
        "The framework asks for specific targets that are clear, quantified, feasible and measurable; a target without a figure cannot be measured."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "## III. MỤC TIÊU CỤ THỂ\n\n- Đến năm 2025, 100% văn bản được gửi nhận điện tử.\n- Tỷ lệ hồ sơ trực tuyến đạt 50%.\n",
        spec: "sections: [Mục tiêu cụ thể]\n"),
      RuleExample(
        markdown:
          "## III. MỤC TIÊU CỤ THỂ\n\nCác mục tiêu như sau:\n\n- Đến năm 2025, 100% văn bản được gửi nhận điện tử.\n↓- Nâng cao chất lượng dịch vụ công trực tuyến.\n",
        spec: "sections: [Mục tiêu cụ thể]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for section in spec.sections.sections(in: context.outline) where !isGeneral(section) {
      let generalAims = generalParts(of: section)
      for index in section.body where !generalAims.contains(where: { $0.contains(block: index) }) {
        let block = context.document.blocks[index]
        let folded = context.analysis.textIndex.foldedTexts(ofBlock: index)
        guard isTarget(block), !isGeneralLeadIn(block), !isQuantified(block.text, folded: folded) else { continue }
        findings.append(
          context.finding(info, Messages.unquantifiedTarget(block.quote(maxCharacters: 60)), at: block.location, blockIndex: index))
      }
    }
    return findings
  }

  private func isGeneral(_ node: Outline.Node) -> Bool {
    !spec.general.isWholePlan && spec.general.matches(node)
  }

  /// The general aims' parts inside `section`, at any depth ("1. Mục tiêu chung", "a) Mục
  /// tiêu tổng quát:"), points included: their blocks are not specific targets.
  private func generalParts(of section: Outline.Node) -> [Outline.Node] {
    guard !spec.general.isWholePlan else { return [] }
    var found: [Outline.Node] = []
    func walk(_ nodes: [Outline.Node]) {
      for node in nodes {
        if spec.general.matches(point: node) {
          found.append(node)
        } else {
          walk(node.children)
        }
      }
    }
    walk(section.children)
    return found
  }

  /// "Mục tiêu chung: Xây dựng chính quyền số …" written as one paragraph or list item.
  private func isGeneralLeadIn(_ block: Block) -> Bool {
    guard !spec.general.isWholePlan, let colon = block.text.prefix(40).firstIndex(of: ":") else { return false }
    return spec.general.titles.contains { VietnameseFolding.titleKey(String(block.text[..<colon])) == VietnameseFolding.titleKey($0) }
  }

  /// Targets are list items and sentences; headings, tables and lead-ins ("… như sau:") are not.
  private func isTarget(_ block: Block) -> Bool {
    switch block.kind {
    case .listItem, .paragraph:
      let text = block.text.trimmingWhitespace()
      return !text.isEmpty && !text.hasSuffix(":") && !block.isStrong
    case .heading, .table:
      return false
    }
  }

  private func isQuantified(_ text: String, folded: [FoldedText]) -> Bool {
    if text.contains(where: \.isNumber) { return true }
    return folded.contains { text in spec.quantifiers.contains { text.contains($0) } }
  }
}
