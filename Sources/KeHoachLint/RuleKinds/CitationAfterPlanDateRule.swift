/// No cited document is dated after the plan itself.
public struct CitationAfterPlanDateRule: RuleKind {
  public typealias Spec = CitationScope

  public static let description = RuleDescription(
    kind: "legal-date-after-plan",
    title: LocalizedText(vi: "Văn bản viện dẫn có trước kế hoạch", en: "Cited documents predate the plan"),
    rationale: LocalizedText(
      vi:
        "Kế hoạch chỉ có thể căn cứ văn bản đã ban hành. Ngày sau ngày của kế hoạch (dòng địa danh, ngày tháng, hoặc --date) là lỗi đánh máy, như “Công văn số 2891/UBND-VX ngày 08/6/2026” trong hướng dẫn năm 2020. Trích dẫn không ghi ngày được so với ngày đã xác minh trong danh mục.",
      en:
        "A plan can only rest on documents already issued. A date after the plan's own (its place-and-date line, or --date) is a typing slip, like “Công văn số 2891/UBND-VX ngày 08/6/2026” in a 2020 guidance. Undated citations are compared with the catalog's checked date."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown:
          "Trà Bồng, ngày 25 tháng 9 năm 2020\n\nCăn cứ Công văn số 2891/UBND-VX ngày 08/6/2016, Nghị định số 45/2020/NĐ-CP của CP và Quyết định số 749/QĐ-TTg của TTCP.\n",
        spec: ""),
      RuleExample(
        markdown: "Trà Bồng, ngày 25 tháng 9 năm 2020\n\nCăn cứ Công văn số 2891/UBND-VX ngày ↓08/6/2026 của UBND tỉnh.\n", spec: ""),
      RuleExample(
        markdown: "Trà Bồng, ngày 25 tháng 9 năm 2020\n\n- Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} ↓942/QĐ-TTg của TTCP.\n",
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
    return spec.entries(of: review, outline: context.outline).compactMap { citation, match in
      guard let problem = review.afterPlanProblem(of: citation, match: match) else { return nil }
      let location = citation.date?.location ?? citation.number?.location ?? citation.location
      return context.finding(info, problem, citation: citation, at: location)
    }
  }
}
