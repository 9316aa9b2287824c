/// A paragraph that is (mostly) the framework's own instruction ("Nêu hiện trạng …", "Xác
/// định rõ …") instead of the unit's content.
public struct TemplateInstructionRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// The framework's instruction sentences.
    public var instructions: [String]
    /// Dice similarity of word pairs from which a paragraph counts as a copy.
    public var threshold: Double
    /// Paragraphs shorter than this many words are not compared.
    public var minimumWords: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case instructions, threshold, minimumWords = "minimum-words" }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      instructions = try container.decode([String].self, forKey: .instructions)
      threshold = try container.decodeIfPresent(Double.self, forKey: .threshold) ?? 0.6
      minimumWords = try container.decodeIfPresent(Int.self, forKey: .minimumWords) ?? 6
    }
  }

  public static let description = RuleDescription(
    kind: "template-instructions",
    title: LocalizedText(vi: "Không chép nguyên văn hướng dẫn của khung", en: "No framework instructions copied as content"),
    rationale: LocalizedText(
      vi: "Khung kế hoạch hướng dẫn “Nêu …”, “Xác định rõ …”; dự thảo giữ nguyên các câu này là chưa xây dựng nội dung của đơn vị.",
      en: "The framework says “Describe …”, “Set out …”; a draft that keeps those sentences has not written the unit's own content."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "## II. HẠ TẦNG KỸ THUẬT\n\nToàn huyện có 215 máy tính, 100% phòng ban có mạng LAN và kết nối Internet cáp quang.\n",
        spec: "instructions:\n  - Nêu hiện trạng hạ tầng kỹ thuật phục vụ ứng dụng CNTT tỷ lệ trung bình máy tính trên cán bộ công chức\n"),
      RuleExample(
        markdown: "## II. HẠ TẦNG KỸ THUẬT\n\n↓Nêu hiện trạng hạ tầng kỹ thuật phục vụ ứng dụng CNTT (tỷ lệ trung bình máy tính/CBCC).\n",
        spec: "instructions:\n  - Nêu hiện trạng hạ tầng kỹ thuật phục vụ ứng dụng CNTT tỷ lệ trung bình máy tính trên cán bộ công chức\n"),
    ])

  public let info: RuleInfo
  let instructions: WordPairIndex
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
    self.instructions = WordPairIndex(spec.instructions)
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let firstSection = context.outline.firstSectionBlockIndex
    // Titles repeat the framework's wording by design; only running text is compared.
    let headings = Set(context.outline.allNodes.filter { !$0.isPoint }.flatMap { $0.blockIndex..<$0.headingEndIndex })
    return context.document.blocks.enumerated().compactMap { index, block in
      guard index >= firstSection, !headings.contains(index), block.kind != .table, !block.text.isEmpty else { return nil }
      let (words, best) = instructions.bestSimilarity(of: block.text, atLeast: spec.threshold)
      guard words >= spec.minimumWords, best >= spec.threshold else { return nil }
      let start = block.text.firstIndex { !$0.isWhitespace } ?? block.text.startIndex
      let message = Messages.copiedInstruction(block.quote(maxCharacters: 50), similarity: Int((best * 100).rounded()))
      return context.finding(info, message, at: block.location(at: start), blockIndex: index)
    }
  }
}
