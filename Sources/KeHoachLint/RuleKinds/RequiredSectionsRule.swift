/// Every section the framework requires is present, found by its title (folded, with
/// aliases) wherever the draft's numbering puts it.
public struct RequiredSectionsRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var sections: [RequiredSection]

    enum CodingKeys: String, CodingKey, CaseIterable { case sections }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      sections = try container.decode([RequiredSection].self, forKey: .sections)
    }
  }

  public static let description = RuleDescription(
    kind: "required-sections",
    title: LocalizedText(vi: "Có đủ các mục bắt buộc của khung kế hoạch", en: "All mandatory sections of the framework are present"),
    rationale: LocalizedText(
      vi:
        "Khung kế hoạch quy định các phần, mục mà mọi kế hoạch phải có để cơ quan thẩm định so sánh được giữa các đơn vị. Mục vắng mặt thường là nội dung chưa được xây dựng.",
      en:
        "The framework lists the parts and sections every plan must have, so reviewers can compare units. A missing section is usually content that was never written."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(
        markdown: "## I. CĂN CỨ LẬP KẾ HOẠCH\n\nNội dung.\n\n## II. MỤC TIÊU\n\nNội dung.\n",
        spec: "sections:\n  - title: Căn cứ lập kế hoạch\n  - title: Mục tiêu\n"),
      RuleExample(
        markdown: "## I. Căn cứ lập kế hoạch\n\nNội dung.\n\n↓## III. NHIỆM VỤ\n\nNội dung.\n",
        spec: "sections:\n  - title: Căn cứ lập kế hoạch\n  - title: Mục tiêu\n  - title: Nhiệm vụ\n"),
      RuleExample(
        markdown: "**I. CAN CU LAP KE HOACH**\n\nNội dung.\n\n**II. MỤC TIÊU**\n\nNội dung.\n",
        spec: "sections:\n  - title: Căn cứ lập kế hoạch\n  - title: Mục tiêu\n  - title: Nền tảng\n    optional: true\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public var requiredSections: [RequiredSection]? { spec.sections }

  public func check(_ context: RuleContext) -> [Finding] {
    var matcher = SectionMatcher(outline: context.outline)
    let matches = matcher.match(spec.sections, in: context.outline.roots, parent: nil)
    var findings: [Finding] = []
    report(matches, parentTitle: nil, parentEnd: context.document.blocks.count, context: context, into: &findings)
    return findings
  }

  private func report(
    _ matches: [SectionMatch], parentTitle: String?, parentEnd: Int, context: RuleContext, into findings: inout [Finding]
  ) {
    for (position, match) in matches.enumerated() {
      if let node = match.node {
        if match.isNearMiss {
          // Present under a close title: one wording warning, not a missing section.
          var finding = context.finding(
            info, Messages.nearMissSection(node.displayTitle, framework: match.section.displayTitle, source: info.source),
            at: node.location, blockIndex: node.blockIndex)
          finding.severity = min(finding.severity, .warning)
          findings.append(finding)
        }
        report(match.children, parentTitle: node.displayTitle, parentEnd: node.endBlockIndex, context: context, into: &findings)
        continue
      }
      guard !match.section.optional, !match.section.isStated(inPreambleOf: context) else { continue }
      // It belongs before the next required sibling that is present, or at the end of its parent.
      let next = matches[(position + 1)...].compactMap(\.node).first
      let blockIndex = next?.blockIndex ?? parentEnd
      let location =
        next?.location
        ?? (context.document.blocks.indices.contains(blockIndex)
          ? context.document.blocks[blockIndex].location : context.document.endLocation)
      let message = Messages.missingSection(
        match.section.displayTitle, parent: parentTitle, before: next?.displayTitle, source: info.source)
      findings.append(
        context.finding(info, message, at: location, blockIndex: context.document.blocks.indices.contains(blockIndex) ? blockIndex : nil))
    }
  }
}
