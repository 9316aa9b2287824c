/// The framework's sections that are present come in the framework's order.
public struct SectionOrderRule: RuleKind {
  /// The same sections list as `required-sections` (packs share it through a YAML anchor).
  public typealias Spec = RequiredSectionsRule.Spec

  public static let description = RuleDescription(
    kind: "section-order",
    title: LocalizedText(vi: "Các mục theo đúng thứ tự của khung kế hoạch", en: "Sections follow the framework's order"),
    rationale: LocalizedText(
      vi: "Người thẩm định đọc kế hoạch theo trình tự của khung; mục đặt sai chỗ dễ bị bỏ sót hoặc bị coi là thiếu.",
      en: "Reviewers read plans in the framework's order; a section out of place is easily missed or taken as absent."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "## I. CĂN CỨ LẬP KẾ HOẠCH\n\nNội dung.\n\n## II. MỤC TIÊU\n\nNội dung.\n",
        spec: "sections:\n  - title: Căn cứ lập kế hoạch\n  - title: Mục tiêu\n"),
      RuleExample(
        markdown: "↓## I. MỤC TIÊU\n\nNội dung.\n\n## II. CĂN CỨ LẬP KẾ HOẠCH\n\nNội dung.\n\n## III. NHIỆM VỤ\n\nNội dung.\n",
        spec: "sections:\n  - title: Căn cứ lập kế hoạch\n  - title: Mục tiêu\n  - title: Nhiệm vụ\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var matcher = SectionMatcher(outline: context.outline)
    var findings: [Finding] = []
    check(matcher.match(spec.sections, in: context.outline.roots, parent: nil), context: context, into: &findings)
    return findings
  }

  private func check(_ matches: [SectionMatch], context: RuleContext, into findings: inout [Finding]) {
    // An appendix after the signature stands where appendices go, outside the order.
    let present = matches.filter { $0.node.map { !$0.isAppendix } ?? false }
    let keep = Self.longestIncreasingRun(present.map { $0.node?.blockIndex ?? 0 })
    for (position, match) in present.enumerated() {
      guard let node = match.node else { continue }
      check(match.children, context: context, into: &findings)
      guard !keep.contains(position) else { continue }
      // Name the framework's neighbour it should follow (the nearest earlier section kept in place).
      let anchor = present[..<position].enumerated().last { keep.contains($0.offset) }?.element.section.displayTitle
      let message = Messages.sectionOutOfOrder(node.displayTitle, after: anchor, source: info.source)
      findings.append(context.finding(info, message, at: node.location, blockIndex: node.blockIndex))
    }
  }

  /// Positions of a longest strictly increasing subsequence of `values`: the sections that
  /// can stay where they are; the others are the ones out of order.
  static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
    guard !values.isEmpty else { return [] }
    var length = Array(repeating: 1, count: values.count)
    var previous = Array(repeating: -1, count: values.count)
    for index in values.indices {
      for earlier in 0..<index where values[earlier] < values[index] && length[earlier] + 1 > length[index] {
        length[index] = length[earlier] + 1
        previous[index] = earlier
      }
    }
    var best = length.indices.max { length[$0] < length[$1] } ?? 0
    var result: Set<Int> = []
    while best >= 0 {
      result.insert(best)
      best = previous[best]
    }
    return result
  }
}
