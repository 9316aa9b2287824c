/// The "Căn cứ lập kế hoạch" section cites the legal bases the framework requires.
public struct RequiredLegalBasesRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Titles of the section that lists the legal bases.
    public var section: SectionScope
    public var bases: [LegalBasis]
    /// Phrases naming the approved five-year plan an annual plan rests on ("giai đoạn
    /// 2021-2025"): when the section cites such a plan ("Kế hoạch số …/KH-… giai đoạn
    /// 2021-2025"), the plan has the bases that plan carries and the list is not asked again.
    public var restsOnPlan: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case section, bases, restsOnPlan = "rests-on-plan" }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      section = try container.decodeIfPresent(SectionScope.self, forKey: .section) ?? SectionScope(["Căn cứ lập kế hoạch"])
      bases = try container.decode([LegalBasis].self, forKey: .bases)
      restsOnPlan = try container.decodeIfPresent([String].self, forKey: .restsOnPlan) ?? []
    }
  }

  public static let description = RuleDescription(
    kind: "legal-required-bases",
    title: LocalizedText(vi: "Căn cứ lập kế hoạch có đủ văn bản bắt buộc", en: "The legal bases include the required documents"),
    rationale: LocalizedText(
      vi:
        "Khung kế hoạch nêu các căn cứ kế hoạch phải dựa vào (ví dụ Quyết định 749/QĐ-TTg về Chương trình Chuyển đổi số quốc gia, Khung Kiến trúc Chính phủ điện tử Việt Nam phiên bản 2.0). Thiếu căn cứ thì mục tiêu, nhiệm vụ khó được thẩm định là bám sát chủ trương.",
      en:
        "The framework names the bases a plan must rest on (e.g. Decision 749/QĐ-TTg on the National Digital Transformation Programme, the Vietnam e-Government Architecture Framework 2.0). Without them reviewers cannot confirm the goals follow policy."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown:
          "## I. CĂN CỨ LẬP KẾ HOẠCH\n\n- Quye\u{0302}\u{0301}t đi\u{0323}nh so\u{0302}\u{0301} 749/QĐ-TTg nga\u{0300}y 03/6/2020 của TTCP;\n- Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0.\n\n## II. MỤC TIÊU\n\nNội dung.\n",
        spec:
          "bases:\n  - document: 749/QĐ-TTg\n  - document: 2323/QĐ-BTTTT\n    phrases: [Khung Kiến trúc Chính phủ điện tử Việt Nam, phiên bản 2.0]\n"
      ),
      RuleExample(
        markdown:
          "↓## I. CA\u{0306}N CƯ\u{0301} LA\u{0323}\u{0302}P KẾ HOẠCH\n\n- Nghị quyết số 17/NQ-CP ngày 07/3/2019 của CP.\n\n## II. MỤC TIÊU\n\nQuyết định số 749/QĐ-TTg của TTCP.\n",
        spec: "bases:\n  - document: 749/QĐ-TTg\n"),
      RuleExample(markdown: "## II. MỤC TIÊU\n\nNội dung.\n", spec: "bases:\n  - document: 749/QĐ-TTg\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    guard let (section, cited) = citedBases(context) else { return [] }
    let catalog = context.resources.legalCatalog
    return zip(spec.bases, cited).filter { !$0.1 }.map { basis, _ in
      let message = Messages.missingLegalBasis(basis.name(in: catalog), section: section.displayTitle, source: info.source)
      return context.finding(info, message, at: section.location, blockIndex: section.blockIndex)
    }
  }

  /// One requirement per basis; none applies when the plan has no such section.
  public func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict] {
    let cited = citedBases(context)?.cited
    return spec.bases.enumerated().map { index, basis in
      let name = basis.shortName(in: context.resources.legalCatalog)
      let status: RequirementVerdict.Status = cited.map { $0[index] ? .met : .notMet } ?? .notApplicable
      return RequirementVerdict(
        id: "\(info.id)/\(basis.document ?? name)", ruleID: info.id,
        title: LocalizedText(vi: "Căn cứ: \(name)", en: "Legal basis: \(name)"), status: status, source: info.source)
    }
  }

  /// The first "Căn cứ" section and, for each basis, whether the sections cite it; nil when
  /// the plan has no such section (the required-sections rule reports that, not this one).
  private func citedBases(_ context: RuleContext) -> (section: Outline.Node, cited: [Bool])? {
    let sections = spec.section.sections(in: context.outline)
    guard let first = sections.first else { return nil }
    let review = LegalReview.of(context)
    let entries = review.entries(in: sections)
    let texts = review.texts(in: sections)
    let catalog = context.resources.legalCatalog
    if review.citesPlan(named: spec.restsOnPlan, in: sections) { return (first, spec.bases.map { _ in true }) }
    return (first, spec.bases.map { $0.isMentioned(by: entries, texts: texts, catalog: catalog) })
  }
}

extension LegalReview {
  /// Whether `sections` cite a plan ("Kế hoạch số 123/KH-UBND") in a text that names it by
  /// one of `phrases` ("giai đoạn 2021-2025", "05 năm"): the approved five-year plan an annual
  /// plan rests on (Công văn 2606/BTTTT-THH mục 1: "Căn cứ nội dung Kế hoạch 05 năm … đã được
  /// phê duyệt").
  func citesPlan(named phrases: [String], in sections: [Outline.Node]) -> Bool {
    guard !phrases.isEmpty else { return false }
    let planCited = entries(in: sections).contains { $0.citation.type == .keHoach || $0.citation.number?.value.typeCode == "KH" }
    guard planCited else { return false }
    let keys = phrases.map { Profile.detectionKey($0) }
    return texts(in: sections).contains { text in
      let key = Profile.detectionKey(text.original)
      return key.contains(Profile.detectionKey("Kế hoạch")) && keys.contains { key.contains($0) }
    }
  }
}
