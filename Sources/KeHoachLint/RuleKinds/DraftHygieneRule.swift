/// What a Word draft about to be sent still carries from being drafted: tracked changes not
/// accepted, comments, "Track changes" left on, hidden text, highlights, macros, the author
/// in the document properties. One instance per check (`check:`); their ids contain
/// `hygiene`, the set `rules: {hygiene: off}` switches off. Markdown plans: nothing to find.
public struct DraftHygieneRule: RuleKind {
  public enum Check: String, Decodable, Sendable, CaseIterable {
    case trackedChanges = "tracked-changes"
    case comments
    case trackRevisions = "track-revisions"
    case hiddenText = "hidden-text"
    case highlight
    case macros
    case properties
  }

  public struct Spec: Decodable, Sendable {
    public let check: Check

    enum CodingKeys: String, CodingKey, CaseIterable { case check }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      check = try container.decode(Check.self, forKey: .check)
    }
  }

  /// The name of the set these rules form (`rules: {hygiene: off}`).
  public static let setName = "hygiene"

  public static let description = RuleDescription(
    kind: "draft-hygiene",
    title: LocalizedText(vi: "Bản Word gửi đi đã sạch", en: "Word draft cleaned before sending"),
    rationale: LocalizedText(
      vi:
        "Bản thảo gửi đi là bản hoàn chỉnh: thay đổi được theo dõi (Track Changes) đã chấp nhận hoặc từ chối, góp ý (comment) đã xóa, chế độ theo dõi thay đổi đã tắt, không còn chữ ẩn hay tô sáng đánh dấu, không chứa macro, và thuộc tính tệp không để lộ tên người soạn. Chỉ áp dụng cho tệp Word (.docx): một kế hoạch Markdown không có những dấu vết này, nên ví dụ Markdown không bao giờ có phát hiện. Mỗi kiểm tra là một quy tắc riêng (`check:`), mã quy tắc có chữ `hygiene`; `rules: {hygiene: off}` tắt cả bộ.",
      en:
        "A draft that is sent is a finished text: tracked changes accepted or rejected, comments removed, Track Changes switched off, no hidden or highlighted leftovers, no macros, and no author names leaking in the file's properties. Word files (.docx) only: a Markdown plan carries none of this, so a Markdown example never triggers. Each check is its own rule (`check:`), its id contains `hygiene`; `rules: {hygiene: off}` switches the whole set off."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(markdown: "## I. CĂN CỨ\n\nNội dung đã hoàn chỉnh.\n", spec: "check: tracked-changes")
    ])

  public let info: RuleInfo
  let check: Check

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.check = spec.check
  }

  /// Word only: a Markdown plan carries no drafting traces, so the requirement does not apply
  /// (rather than counting as met and inflating "N/M yêu cầu đạt").
  public func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict] {
    guard context.document.format != .markdown else { return [RequirementVerdict(rule: info, status: .notApplicable)] }
    let status: RequirementVerdict.Status =
      findings.isEmpty ? .met : findings.contains { $0.severity >= .warning } ? .notMet : .needsReview
    return [RequirementVerdict(rule: info, status: status)]
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let document = context.document
    guard document.format != .markdown else { return [] }
    let state = document.draftState
    switch check {
    case .trackedChanges:
      return WordDraftState.Revision.allCases.compactMap { revision in
        guard let count = state.revisionCounts[revision], count > 0, let paragraphs = state.revisionParagraphs[revision] else {
          return nil
        }
        return finding(
          context, Messages.Hygiene.trackedChanges(revision, count: count, paragraphs: paragraphs), paragraph: paragraphs.first)
      }
    case .comments:
      guard let first = state.comments.first else { return [] }
      let paragraphs = state.comments.compactMap(\.paragraph)
      return [
        finding(
          context, Messages.Hygiene.comments(count: state.comments.count, paragraphs: paragraphs, first: first.text),
          paragraph: first.paragraph)
      ]
    case .trackRevisions:
      return state.tracksRevisions ? [finding(context, Messages.Hygiene.trackRevisionsOn, paragraph: nil)] : []
    case .hiddenText:
      guard let first = state.hiddenTextParagraphs.first else { return [] }
      return [finding(context, Messages.Hygiene.hiddenText(paragraphs: state.hiddenTextParagraphs), paragraph: first)]
    case .highlight:
      guard let first = state.highlightParagraphs.first else { return [] }
      return [finding(context, Messages.Hygiene.highlight(paragraphs: state.highlightParagraphs), paragraph: first)]
    case .macros:
      return state.isMacroEnabled ? [finding(context, Messages.Hygiene.macroEnabled, paragraph: nil)] : []
    case .properties:
      guard !state.properties.isEmpty else { return [] }
      return [finding(context, Messages.Hygiene.properties(state.properties.map { ($0.name, $0.value) }), paragraph: nil)]
    }
  }

  /// A finding at body paragraph `paragraph` (the block holding it, for the quote), or at
  /// the start of the document for what belongs to the whole file.
  private func finding(_ context: RuleContext, _ message: LocalizedText, paragraph: Int?) -> Finding {
    let blocks = context.document.blocks
    guard let paragraph, !blocks.isEmpty else {
      let location = blocks.first?.location ?? context.document.endLocation
      return context.finding(info, message, at: location, blockIndex: nil)
    }
    // The last block starting at or before the paragraph: the paragraph itself, or the table holding it.
    let index = blocks.lastIndex { ($0.location.paragraph ?? 0) <= paragraph } ?? 0
    let location = SourceLocation(file: context.document.file, paragraph: paragraph)
    return context.finding(info, message, at: location, blockIndex: index)
  }
}
