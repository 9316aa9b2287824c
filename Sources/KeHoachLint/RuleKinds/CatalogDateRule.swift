/// A cited date agrees with the legal catalog's date for that number, when the catalog's date
/// was checked against a source (verification `primary` or `secondary`).
public struct CatalogDateRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var scope: CitationScope
    /// The verification levels whose dates are trusted (default: primary, secondary).
    public var trust: Set<LegalDocument.Verification>

    enum CodingKeys: String, CodingKey, CaseIterable { case within, trust }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      scope = CitationScope(within: try container.decodeIfPresent(SectionScope.self, forKey: .within) ?? SectionScope([]))
      trust = Set(try container.decodeIfPresent([LegalDocument.Verification].self, forKey: .trust) ?? [.primary, .secondary])
    }
  }

  public static let description = RuleDescription(
    kind: "legal-catalog-date",
    title: LocalizedText(vi: "Ngày ban hành khớp danh mục văn bản", en: "Issuance dates match the legal catalog"),
    rationale: LocalizedText(
      vi:
        "Ngày ban hành viện dẫn sai (ví dụ Nghị quyết 17/NQ-CP ghi “09/3/2020” thay vì 07/3/2019) làm căn cứ không tra được. Danh mục Rules/legal/ ghi ngày đã đối chiếu nguồn (primary: chính văn bản; secondary: văn bản chính thức khác trích dẫn); ngày chưa xác minh không được dùng để kết luận. Ngày viết dạng số (09/3/2020) được tự sửa theo danh mục, giữ cách viết của kế hoạch (07/3/2019 hay 07/03/2019).",
      en:
        "A wrong issuance date (Resolution 17/NQ-CP cited as “09/3/2020” instead of 07/3/2019) makes the basis untraceable. The catalog in Rules/legal/ records dates checked against sources (primary: the document; secondary: another official text citing it); unverified dates are never used to judge. A numeric date (09/3/2020) is fixed to the catalog's, in the plan's own style (07/3/2019 or 07/03/2019)."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "Nghị quyết số 17/NQ-CP ngày 07/3/2019 của CP; Quyết định số 749/QĐ-TTg ngày 03/06/2020 của TTCP; Công văn số 2606/BTTTT-THH ngày 16/7/2020.\n",
        spec: ""),
      RuleExample(markdown: "Nghị quyết số 17/NQ-CP ngày ↓09/3/2020 của Chính phủ về Chính phủ điện tử.\n", spec: ""),
      RuleExample(
        markdown: "- Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 749/QĐ-TTg nga\u{0300}y ↓03/6/2019 của TTCP;\n", spec: ""),
      RuleExample(markdown: "Quyết định số 749/QĐ-TTg ngày 04/6/2020 của TTCP.\n", spec: "trust: [primary]\n"),
    ], canFix: true)

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let review = LegalReview.of(context)
    return spec.scope.entries(of: review, outline: context.outline).compactMap { citation, match in
      guard let problem = review.catalogDateProblem(of: citation, match: match, trusting: spec.trust), let date = citation.date
      else { return nil }
      let fix = match.confirmed?.date.flatMap { context.dateFix(for: citation, to: $0, review: review) }
      return context.finding(info, problem, citation: citation, at: date.location, fix: fix)
    }
  }
}
