/// Which documents of the guidance's review list (Phụ lục III "Văn bản áp dụng xây dựng kế
/// hoạch", the profile's `review-list` in `pack.yml`) the plan never mentions.
public struct ReviewListCoverageRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    /// Report when the plan mentions less than this share of the list (1: any gap).
    public var minimumShare: Double
    /// As in `legal-required-bases`: an annual plan citing the approved five-year plan
    /// ("giai đoạn 2021-2025") rests on the review that plan made.
    public var restsOnPlan: [String]

    enum CodingKeys: String, CodingKey, CaseIterable { case minimumShare = "minimum-share", restsOnPlan = "rests-on-plan" }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      minimumShare = try container.decodeIfPresent(Double.self, forKey: .minimumShare) ?? 1
      restsOnPlan = try container.decodeIfPresent([String].self, forKey: .restsOnPlan) ?? []
      guard (0...1).contains(minimumShare) else {
        throw container.problem(forKey: .minimumShare, Messages.FileProblem.shareBetweenZeroAndOne("minimum-share"))
      }
    }
  }

  public static let description = RuleDescription(
    kind: "legal-review-coverage",
    title: LocalizedText(vi: "Rà soát các văn bản hướng dẫn đề nghị", en: "Documents the guidance asks to review"),
    rationale: LocalizedText(
      vi:
        "Hướng dẫn đề nghị đơn vị rà soát nhiệm vụ được giao tại các văn bản liệt kê (Phụ lục III) để bổ sung vào kế hoạch. Kế hoạch không nhắc tới phần lớn các văn bản đó có thể đã bỏ qua bước rà soát; `kehoach-lint citations` liệt kê đủ văn bản đã và chưa nhắc tới.",
      en:
        "The guidance asks units to review the tasks assigned in the listed documents (Phụ lục III) and add them to the plan. A plan that mentions few of them may have skipped the review; `kehoach-lint citations` lists which are mentioned and which are not."
    ),
    defaultSeverity: .info,
    examples: [
      RuleExample(
        markdown:
          "↓## I. CA\u{0306}N CƯ\u{0301} LẬP KẾ HOẠCH\n\n- Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của CP; Quyết định số 749/QĐ-TTg của TTCP.\n",
        spec: "", profile: "review-list:\n  name: Phụ lục III\n  documents:\n    - document: 64/2007/NĐ-CP\n    - document: 73/2019/NĐ-CP\n"
      ),
      RuleExample(
        markdown:
          "## I. CĂN CỨ LẬP KẾ HOẠCH\n\n- Nghị định số 64/2007/NĐ-CP.\n\n## II. NHIỆM VỤ\n\nTheo Nghi\u{0323} đi\u{0323}nh 73/2019/NĐ-CP và Luật Công nghệ thông tin.\n",
        spec: "",
        profile:
          "review-list:\n  name: Phụ lục III\n  documents:\n    - document: 64/2007/NĐ-CP\n    - document: 73/2019/NĐ-CP\n    - document: 67/2006/QH11\n"
      ),
      RuleExample(
        markdown: "## I. CĂN CỨ LẬP KẾ HOẠCH\n\n- Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của CP.\n",
        spec: "minimum-share: 0.5\n",
        profile: "review-list:\n  name: Phụ lục III\n  documents:\n    - document: 64/2007/NĐ-CP\n    - document: 73/2019/NĐ-CP\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let bases = SectionScope(["Căn cứ lập kế hoạch", "Căn cứ xây dựng kế hoạch", "Căn cứ pháp lý"]).sections(in: context.outline)
    if LegalReview.of(context).citesPlan(named: spec.restsOnPlan, in: bases) { return [] }
    guard let coverage = context.analysis.reviewCoverage, !coverage.missing.isEmpty, coverage.total > 0,
      Double(coverage.mentioned.count) / Double(coverage.total) < spec.minimumShare || spec.minimumShare >= 1
    else { return [] }
    let section = SectionScope(["Căn cứ lập kế hoạch"]).sections(in: context.outline).first
    let location =
      section?.location ?? context.document.header.title?.location ?? context.document.blocks.first?.location
      ?? context.document.endLocation
    let message = Messages.reviewListGaps(list: coverage.list, missing: coverage.missing, total: coverage.total, source: info.source)
    return [context.finding(info, message, at: location, blockIndex: section?.blockIndex)]
  }
}
