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
    guard let (place, cited) = citedBases(context) else { return [] }
    let catalog = context.resources.legalCatalog
    return zip(spec.bases, cited).filter { !$0.1 }.map { basis, _ in
      let message = Messages.missingLegalBasis(basis.name(in: catalog), section: place.title, source: info.source)
      return context.finding(info, message, at: place.location, blockIndex: place.blockIndex)
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

  /// Where the plan states its bases, and for each basis whether it is cited there or in a
  /// footnote: the "Căn cứ" sections; else the "Căn cứ …;" paragraphs before the first section
  /// (a preamble, or the Quyết định that issues the plan); nil when the plan has neither (the
  /// required-sections rule reports that, not this one).
  private func citedBases(_ context: RuleContext) -> (place: BasesPlace, cited: [Bool])? {
    let review = LegalReview.of(context)
    let index = context.analysis.textIndex
    let blocks: [Int]
    let place: BasesPlace
    let sections = spec.section.sections(in: context.outline)
    if let first = sections.first {
      blocks = sections.flatMap { Array($0.blockIndex..<$0.endBlockIndex) }
      place = BasesPlace(title: first.displayTitle, location: first.location, blockIndex: first.blockIndex)
    } else {
      blocks = Self.preamble(context.document, before: context.outline.firstSectionBlockIndex)
      guard let first = blocks.first else { return nil }
      place = BasesPlace(title: Self.preambleTitle, location: context.document.blocks[first].location, blockIndex: first)
    }
    let inPlace = Set(blocks)
    let entries = review.entries.filter { entry in
      switch entry.citation.place {
      case .note: true
      case .block(let block), .cell(let block, _, _): inPlace.contains(block)
      }
    }
    let texts = blocks.flatMap { index.entries(ofBlock: $0).map(\.folded) } + index.notes.map(\.folded)
    let catalog = context.resources.legalCatalog
    if LegalReview.citesPlan(named: spec.restsOnPlan, entries: entries, texts: texts) { return (place, spec.bases.map { _ in true }) }
    return (place, spec.bases.map { $0.isMentioned(by: entries, texts: texts, catalog: catalog) })
  }

  struct BasesPlace {
    let title: String
    let location: SourceLocation
    let blockIndex: Int
  }

  /// How findings name a preamble of "Căn cứ" paragraphs.
  static let preambleTitle = "Căn cứ"

  /// The paragraphs before `end` that cite bases: "Căn cứ Luật …;", and the list items after
  /// a "Căn cứ:" lead-in.
  static func preamble(_ document: PlanDocument, before end: Int) -> [Int] {
    var result: [Int] = []
    var inList = false
    for index in 0..<min(end, document.blocks.count) {
      let block = document.blocks[index]
      guard block.kind != .table else { continue }
      let key = VietnameseFolding.titleKey(String(block.text.prefix(40)))
      if key.hasPrefix("can cu ") || key == "can cu" {
        result.append(index)
        inList = block.text.trimmingWhitespace().hasSuffix(":")
      } else if inList, case .listItem = block.kind {
        result.append(index)
      } else {
        inList = false
      }
    }
    return result
  }
}
