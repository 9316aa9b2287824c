/// A cited date names a real day (no 31/02, no month 13, a four-digit year) and agrees with
/// the year inside the number (64/2007/NĐ-CP was issued in 2007).
public struct ImpossibleCitationDateRule: RuleKind {
  public typealias Spec = CitationScope

  public static let description = RuleDescription(
    kind: "legal-impossible-date",
    title: LocalizedText(vi: "Ngày ban hành văn bản viện dẫn có thật", en: "Cited issuance dates exist"),
    rationale: LocalizedText(
      vi:
        "Ngày không tồn tại (31/02, tháng 13, năm năm chữ số như “20178”) hoặc khác năm trong số hiệu là lỗi đánh máy; người đọc không tra được văn bản.",
      en:
        "A day that does not exist (31/02, month 13, a five-digit year such as “20178”) or a year other than the number's is a typing slip; readers cannot look the document up."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown:
          "Nghi\u{0323} đi\u{0323}nh so\u{0302}\u{0301} 64/2007/NĐ-CP nga\u{0300}y 10 tha\u{0301}ng 4 na\u{0306}m 2007 của CP; Nghị quyết số 52-NQ/TW ngày 27/ 9/2019.\n",
        spec: ""),
      RuleExample(
        markdown: "Công văn số 6320/UBND-KSTTHC ngày ↓17/10/20178 của Chủ tịch UBND tỉnh về chỉ số năng lực cạnh tranh.\n", spec: ""),
      RuleExample(
        markdown:
          "- Thông tư số 03/2017/TT-BTTTT ngày ↓31/02/2017;\n- Chi\u{0309} thi\u{0323} so\u{0302}\u{0301} 16/CT-TTg nga\u{0300}y ↓04/13/2017 của TTCP;\n",
        spec: ""),
      RuleExample(markdown: "Nghị định số 64/2007/NĐ-CP ngày ↓10/4/2008 của Chính phủ.\n", spec: ""),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let review = LegalReview.of(context)
    return spec.entries(of: review, outline: context.outline).compactMap { citation, _ in
      guard let problem = review.dateProblem(of: citation), let date = citation.date else { return nil }
      return context.finding(info, problem, citation: citation, at: date.location)
    }
  }
}
