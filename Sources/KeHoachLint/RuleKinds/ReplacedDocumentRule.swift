/// A legal basis is a document in force: not one the catalog records as replaced by the plan's
/// date.
public struct ReplacedDocumentRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var scope: CitationScope

    enum CodingKeys: String, CodingKey, CaseIterable { case within }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      scope = CitationScope(within: try container.decodeIfPresent(SectionScope.self, forKey: .within) ?? SectionScope(["Căn cứ"]))
    }
  }

  public static let description = RuleDescription(
    kind: "legal-replaced-document",
    title: LocalizedText(vi: "Không căn cứ văn bản đã bị thay thế", en: "No replaced documents as legal bases"),
    rationale: LocalizedText(
      vi:
        "Căn cứ phải là văn bản đang có hiệu lực vào ngày lập kế hoạch. Danh mục ghi văn bản thay thế khi đã xác định (ví dụ Nghị định 102/2009/NĐ-CP được thay bằng Nghị định 73/2019/NĐ-CP); văn bản chỉ được nhắc khi đánh giá giai đoạn trước thì không bị kiểm tra (mặc định chỉ xét mục “Căn cứ”).",
      en:
        "Legal bases must be in force on the plan's date. The catalog records replacements where known (Decree 102/2009/NĐ-CP replaced by Decree 73/2019/NĐ-CP); documents mentioned only when assessing the past period are not checked (by default only the “Căn cứ” section is)."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "## I. CĂN CỨ LẬP KẾ HOẠCH\n\n- ↓Nghị định số 102/2009/NĐ-CP ngày 06/11/2009 của Chính phủ;\n- Nghị định số 73/2019/NĐ-CP của CP.\n",
        spec: ""),
      RuleExample(
        markdown:
          "Hà Nội, ngày 10 tháng 5 năm 2018\n\n## I. CĂN CỨ\n\n- Nghị định số 102/2009/NĐ-CP ngày 06/11/2009 của Chính phủ.\n\n## II. ĐÁNH GIÁ\n\nTheo Luật Giao dịch điện tử ngày 29/11/2005.\n",
        spec: ""),
      RuleExample(
        markdown:
          "Hà Nội, ngày 10 tháng 5 năm 2025\n\n## I. CĂN CỨ\n\n- ↓Lua\u{0323}\u{0302}t Giao di\u{0323}ch đie\u{0323}\u{0302}n tử nga\u{0300}y 29/11/2005;\n- Luật Giao dịch điện tử;\n- Nghị định số 73/2019/NĐ-CP của CP.\n",
        spec: ""),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let review = LegalReview.of(context)
    return spec.scope.entries(of: review, outline: context.outline).compactMap { citation, match in
      guard let problem = review.replacementProblem(of: citation, match: match) else { return nil }
      return context.finding(info, problem, citation: citation, at: citation.location)
    }
  }
}
