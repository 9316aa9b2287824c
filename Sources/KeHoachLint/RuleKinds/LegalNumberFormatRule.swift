/// A cited number is well formed and agrees with the word that names its kind: a "Quyết
/// định" carries "QĐ", a "Nghị định" "NĐ", a "Nghị quyết" "NQ", a "Thông tư" "TT", a "Chỉ thị"
/// "CT"; a công văn carries none; a Party document reads "52-NQ/TW".
public struct LegalNumberFormatRule: RuleKind {
  public typealias Spec = CitationScope

  public static let description = RuleDescription(
    kind: "legal-number-format",
    title: LocalizedText(vi: "Số, ký hiệu văn bản viện dẫn đúng thể thức", en: "Cited document numbers are well formed"),
    rationale: LocalizedText(
      vi:
        "Số, ký hiệu gồm số thứ tự, năm (văn bản quy phạm pháp luật), chữ viết tắt tên loại và cơ quan ban hành (Luật Ban hành VBQPPL 2015 Điều 10; Nghị định 30/2020/NĐ-CP Phụ lục I, III). Ký hiệu thiếu hoặc mâu thuẫn với loại văn bản thường là chép nhầm số của văn bản khác. Khi danh mục có đúng một văn bản cùng số, cùng loại, đã đối chiếu nguồn (“Quyết định số 749/NQ-TTg” → 749/QĐ-TTg), số, ký hiệu được tự sửa theo danh mục.",
      en:
        "A number is order number, year (legal documents), type code and issuer (Law on Legal Documents 2015 art. 10; Decree 30/2020/ND-CP annexes I, III). A missing or contradicting type code usually means another document's number was copied. When the catalog holds exactly one checked document with that number and kind (“Quyết định số 749/NQ-TTg” → 749/QĐ-TTg), the number is fixed to the catalog's."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của TTCP; Nghị định 64/2007/NĐ-CP của CP; Công văn số 2606/BTTTT-THH; Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị; Luật số 86/2015/QH13.\n",
        spec: ""),
      RuleExample(
        markdown: "Căn cứ Quyết định số ↓2323/BTTTT-THH ngày 31/12/2019 của Bộ trưởng Bộ Thông tin và Truyền thông.\n", spec: ""),
      RuleExample(markdown: "- Co\u{0302}ng va\u{0306}n so\u{0302}\u{0301} ↓749/QĐ-TTg nga\u{0300}y 03/6/2020 của TTCP.\n", spec: ""),
      RuleExample(markdown: "Số hóa dữ liệu (Nghị định ↓45/2020); Nghị quyết số ↓36/NQ-TW của Bộ Chính trị.\n", spec: ""),
      RuleExample(
        markdown:
          "Theo Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 28/2018/QĐ-TTg của TTCP và các Công văn số 1624/UBND-KGVX, số 2276/UBND-KSTTHC.\n",
        spec: ""),
    ], canFix: true)

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let review = LegalReview.of(context)
    return spec.entries(of: review, outline: context.outline).compactMap { citation, match in
      guard let problem = review.numberProblem(of: citation, match: match), let number = citation.number else { return nil }
      return context.finding(
        info, problem, citation: citation, at: number.location, fix: context.numberFix(for: citation, problem: problem))
    }
  }
}
