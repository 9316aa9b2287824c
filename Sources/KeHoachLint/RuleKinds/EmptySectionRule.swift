/// A heading with nothing under it: no text, no subsections.
public struct EmptySectionRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {
      _ = try decoder.strictContainer(keyedBy: NoKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    }
  }

  public static let description = RuleDescription(
    kind: "empty-section",
    title: LocalizedText(vi: "Mục không để trống", en: "No empty sections"),
    rationale: LocalizedText(
      vi: "Một tiêu đề không có nội dung là phần chưa viết. Mục “nếu có” có thể bỏ hẳn, nhưng không để lại tiêu đề trống.",
      en: "A heading with no content is unwritten work. An optional (“nếu có”) section may be left out, but not left as an empty heading."
    ),
    defaultSeverity: .error,
    examples: [
      RuleExample(markdown: "## I. CĂN CỨ\n\nNội dung.\n\n## II. MỤC TIÊU\n\n### 1. Chung\n\nNội dung.\n", spec: ""),
      RuleExample(markdown: "↓## I. CĂN CỨ\n\n## II. MỤC TIÊU\n\nNội dung.\n", spec: ""),
      RuleExample(markdown: "## I. CĂN CỨ\n\nNội dung.\n\n↓## II. MỤC TIÊU\n", spec: ""),
    ])

  public let info: RuleInfo

  public init(info: RuleInfo, spec: Spec) { self.info = info }

  public func check(_ context: RuleContext) -> [Finding] {
    context.outline.allNodes.compactMap { node in
      guard !node.isPoint, node.children.isEmpty, node.endBlockIndex <= node.headingEndIndex else { return nil }
      return context.finding(info, Messages.emptySection(node.displayTitle), at: node.location, blockIndex: node.blockIndex)
    }
  }
}
