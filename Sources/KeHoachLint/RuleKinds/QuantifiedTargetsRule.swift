/// Each specific target ("Mục tiêu cụ thể") carries a number, a percentage or a date: the
/// framework asks for targets that are "rõ ràng, định lượng, khả thi, dễ theo dõi".
public struct QuantifiedTargetsRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Titles of the section holding the targets.
    public var sections: SectionScope
    /// Words that quantify without digits ("toàn bộ", "tất cả").
    public var quantifiers: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case sections, quantifiers }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      sections = try container.decode(SectionScope.self, forKey: .sections)
      quantifiers = try container.decodeIfPresent([String].self, forKey: .quantifiers) ?? []
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
    for section in spec.sections.sections(in: context.outline) {
      for index in section.body {
        let block = context.document.blocks[index]
        let folded = context.analysis.textIndex.foldedTexts(ofBlock: index)
        guard isTarget(block), !isQuantified(block.text, folded: folded) else { continue }
        findings.append(
          context.finding(info, Messages.unquantifiedTarget(block.quote(maxCharacters: 60)), at: block.location, blockIndex: index))
      }
    }
    return findings
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
