/// One document is cited with one date throughout the plan.
public struct ConflictingCitationDatesRule: RuleKind {
  public typealias Spec = CitationScope

  public static let description = RuleDescription(
    kind: "legal-date-conflict",
    title: LocalizedText(vi: "Một văn bản chỉ có một ngày ban hành", en: "One document, one issuance date"),
    rationale: LocalizedText(
      vi:
        "Cùng một văn bản được ghi hai ngày khác nhau (Nghị quyết 17/NQ-CP “ngày 09/3/2020” rồi “ngày 07/3/2019”) thì ít nhất một chỗ sai. Số hiệu văn bản hành chính (không có năm trong ký hiệu) được đánh lại mỗi năm, nên ngày khác năm chỉ bị coi là mâu thuẫn khi danh mục xác định đó là cùng văn bản.",
      en:
        "One document cited with two dates (Resolution 17/NQ-CP “09/3/2020”, then “07/3/2019”) is wrong in at least one place. Administrative numbers (no year in the symbol) restart every year, so dates in different years conflict only when the catalog says it is one document."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "Nghị quyết số 17/NQ-CP ngày ↓09/3/2020 của Chính phủ.\n\nNghị quyết số 17/NQ-CP ngày 07/3/2019 của CP.\n\nThực hiện Nghị quyết 17/NQ-CP ngày 07/03/2019.\n",
        spec: ""),
      RuleExample(markdown: "Kế hoạch số 61/KH-UBND ngày 10/4/2019 và Kế hoạch số 61/KH-UBND ngày ↓12/4/2019 của UBND tỉnh.\n", spec: ""),
      RuleExample(
        markdown:
          "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của TTCP.\n\n- Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 749/QĐ-TTg nga\u{0300}y ↓06/3/2020 cu\u{0309}a TTCP.\n",
        spec: ""),
      RuleExample(
        markdown:
          "Kế hoạch số 61/KH-UBND ngày 10/4/2019; Kế hoạch số 61/KH-UBND ngày 5/3/2021; Nghi\u{0323} quye\u{0302}\u{0301}t so\u{0302}\u{0301} 02/NQ-CP nga\u{0300}y 01/1/2019 và Nghị quyết số 02/NQ-CP ngày 01/01/2019.\n",
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
    let inScope = Set(spec.entries(of: review, outline: context.outline).map(\.citation))
    return review.dateConflicts().compactMap { group in
      let citations = group.filter(inScope.contains)
      guard let odd = Self.oddOneOut(citations), let date = odd.date else { return nil }
      let problem = CitationProblem.conflictingDates(LegalReview.describeDates(group))
      return context.finding(info, problem, citation: odd, at: date.location)
    }
  }

  /// The first citation of the least frequent date (ties: the date that appears later, the
  /// first being the reader's reference); nil when the scope holds a single date.
  static func oddOneOut(_ citations: [Citation]) -> Citation? {
    var counts: [CivilDate: Int] = [:]
    var firsts: [(CivilDate, Citation)] = []
    for citation in citations {
      guard let day = citation.date?.value.date else { continue }
      if counts[day] == nil { firsts.append((day, citation)) }
      counts[day, default: 0] += 1
    }
    guard firsts.count > 1 else { return nil }
    let minimum = counts.values.min() ?? 0
    return firsts.last { counts[$0.0] == minimum }?.1
  }
}
