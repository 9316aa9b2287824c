/// A cited document's symbol names the body the citation says issued it: a resolution "của
/// Bộ Chính trị" is "-NQ/TW", not "-NQ/TU" (a provincial Party committee's); "/NQ-CP" is the
/// Government's, "/QĐ-TTg" the Prime Minister's, "/QĐ-UBND" a People's Committee's.
public struct IssuerSymbolRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {
      _ = try decoder.strictContainer(keyedBy: NoKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    }
  }

  public static let description = RuleDescription(
    kind: "legal-issuer-symbol",
    title: LocalizedText(vi: "Ký hiệu văn bản khớp cơ quan ban hành", en: "A document's symbol matches its issuer"),
    rationale: LocalizedText(
      vi:
        "Ký hiệu của văn bản gồm chữ viết tắt tên cơ quan ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I): nghị quyết của Bộ Chính trị mang “-NQ/TW”, của Tỉnh ủy “-NQ/TU”; “/NQ-CP” của Chính phủ, “/QĐ-TTg” của Thủ tướng, “/QĐ-UBND” của Ủy ban nhân dân. Số hiệu và cơ quan ban hành không khớp thì căn cứ không tra được. Bảng mã ở Rules/legal/issuer-codes.yml; cơ quan không có trong bảng không bị xét.",
      en:
        "A document's symbol carries the abbreviation of the body that issued it (Decree 30/2020/NĐ-CP, Appendix I): a Politburo resolution is “-NQ/TW”, a provincial Party committee's “-NQ/TU”; “/NQ-CP” is the Government's, “/QĐ-TTg” the Prime Minister's, “/QĐ-UBND” a People's Committee's. When number and issuer disagree the basis cannot be traced. The codes are in Rules/legal/issuer-codes.yml; a body not listed there is not judged."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị; Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.\n",
        spec: ""),
      RuleExample(markdown: "Nghị quyết số ↓52-NQ/TU ngày 27/9/2019 của Bộ Chính trị.\n", spec: ""),
      RuleExample(markdown: "Quyết định số ↓916/QĐ-UBND ngày 26/5/2016 của HĐND tỉnh Quảng Ngãi.\n", spec: ""),
    ])

  public let info: RuleInfo

  public init(info: RuleInfo, spec: Spec) { self.info = info }

  public func check(_ context: RuleContext) -> [Finding] {
    let review = LegalReview.of(context)
    return review.entries.compactMap { citation, _ in
      guard let problem = review.issuerProblem(of: citation) else { return nil }
      return context.finding(info, problem, citation: citation, at: citation.number?.location ?? citation.location)
    }
  }
}
