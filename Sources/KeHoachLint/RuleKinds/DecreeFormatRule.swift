/// The decree's administrative format (Nghị định 30/2020/NĐ-CP, Phụ lục I) in a Word plan:
/// A4 portrait paper, the margins, Times New Roman, body size 13–14, the Quốc hiệu and Tiêu
/// ngữ as the decree writes them, "Số: …/KH-…", the date line's leading zeros, "Nơi nhận:".
/// One instance per check (`check:`); their ids contain `the-thuc`, the set
/// `rules: {the-thuc: off}` switches off. Markdown plans are judged on content only: the format
/// belongs to the document that is issued, which is a Word file.
public struct DecreeFormatRule: RuleKind {
  public enum Check: String, Decodable, Sendable, CaseIterable {
    case paper
    case margins
    case font
    case bodySize = "body-size"
    /// Quốc hiệu and Tiêu ngữ present, in the decree's letters and case.
    case nationalTitle = "national-title"
    /// The same lines differing only in dashes, spacing or where a tone mark sits ("HOÀ").
    case headerTypography = "header-typography"
    case number
    case dateLine = "date-line"
    case recipients
    /// Sizes, bold and italic of the Quốc hiệu, Tiêu ngữ and date line, as commonly reported
    /// (`info`). Not in the bundled packs: a pandoc or Markdown-born DOCX cannot set a header
    /// cell's size; a configuration or a local pack may add it.
    case headerStyle = "header-style"
  }

  public struct Spec: Decodable, Sendable {
    public let check: Check

    enum CodingKeys: String, CodingKey, CaseIterable { case check }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      check = try container.decode(Check.self, forKey: .check)
    }
  }

  /// The name of the set these rules form (`rules: {the-thuc: off}`).
  public static let setName = "the-thuc"

  public static let description = RuleDescription(
    kind: "decree-format",
    title: LocalizedText(vi: "Thể thức văn bản theo Nghị định 30/2020/NĐ-CP", en: "Administrative format of Decree 30/2020/NĐ-CP"),
    rationale: LocalizedText(
      vi:
        "Kế hoạch là văn bản hành chính, trình bày theo Phụ lục I Nghị định 30/2020/NĐ-CP: khổ A4 đứng (trang có bảng được trình bày ngang), lề trên và dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm, phông Times New Roman, cỡ chữ nội dung 13–14; Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”; số, ký hiệu dạng “Số: 151/KH-UBND”; ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước (“ngày 05 tháng 02 năm 2021”); có “Nơi nhận:”. Chỉ áp dụng cho tệp Word: khổ giấy, lề, phông chữ đọc theo cách Word hiển thị (mặc định của tài liệu → kiểu → đoạn → đoạn chữ); kế hoạch Markdown chỉ được xét nội dung. Mỗi kiểm tra là một quy tắc (`check:`), mã có chữ `the-thuc`; `rules: {the-thuc: off}` tắt cả bộ.",
      en:
        "A plan is an administrative document, laid out as Decree 30/2020/NĐ-CP, Appendix I sets: A4 portrait (pages of tables may be landscape), margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, Times New Roman, body size 13–14 pt; the national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” and motto “Độc lập - Tự do - Hạnh phúc”; the number as “Số: 151/KH-UBND”; a leading 0 for a day below 10 and the months 1 and 2 (“ngày 05 tháng 02 năm 2021”); a “Nơi nhận:” list. Word files only: paper, margins and fonts are read as Word shows them (document defaults → styles → paragraph → run); a Markdown plan is judged on content. Each check is its own rule (`check:`), its id contains `the-thuc`; `rules: {the-thuc: off}` switches the whole set off."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(markdown: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQuảng Ngãi, ngày 5 tháng 2 năm 2021\n", spec: "check: date-line")
    ], canFix: true)

  public let info: RuleInfo
  let check: Check

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.check = spec.check
  }

  /// Word only: a Markdown plan is not the issued document, so the requirement does not apply.
  public func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict] {
    guard context.document.format != .markdown else { return [RequirementVerdict(rule: info, status: .notApplicable)] }
    let status: RequirementVerdict.Status =
      findings.isEmpty ? .met : findings.contains { $0.severity >= .warning } ? .notMet : .needsReview
    return [RequirementVerdict(rule: info, status: status)]
  }

  public func check(_ context: RuleContext) -> [Finding] {
    let document = context.document
    guard document.format != .markdown else { return [] }
    let page = DecreePageFormat(formatting: document.formatting)
    switch check {
    case .paper, .margins:
      let problems = check == .paper ? page.paperProblems() : page.marginProblems()
      return problems.map { problem in
        var found = finding(context, problem.message, fix: problem.fix, paragraph: problem.paragraph)
        found.fix = problem.pageFix.map(Fix.init(pageSetup:))
        return found
      }
    case .font: return page.fontProblem().map { [finding(context, $0.message, fix: $0.fix, paragraph: $0.paragraph)] } ?? []
    case .bodySize: return page.sizeProblems().map { finding(context, $0.message, fix: $0.fix, paragraph: $0.paragraph) }
    case .nationalTitle, .headerTypography: return headerElements(context)
    case .number:
      guard let slip = DecreeFormatText.numberSlip(in: context.analysis.decreeHeader.lines) else { return [] }
      return [finding(context, slip, Messages.DecreeFormat.number(written: String(slip.written), expected: slip.expected))]
    case .dateLine:
      guard let slip = DecreeFormatText.dateSlip(in: context.analysis.decreeHeader.lines) else { return [] }
      return [finding(context, slip, Messages.DecreeFormat.dateLine(written: String(slip.written), expected: slip.expected))]
    case .headerStyle:
      let lines = context.analysis.decreeHeader.lines
      return DecreeHeaderStyle(formatting: document.formatting).problems(in: lines).map { problem in
        var location = problem.line.location(at: problem.line.trimmed.startIndex)
        location.paragraph = problem.paragraph
        return context.finding(
          info, problem.message, at: location, blockIndex: problem.line.blockIndex, fixHint: Messages.DecreeFormat.headerStyleFix)
      }
    case .recipients:
      let (found, slip) = DecreeFormatText.recipientsSlip(in: document.blocks)
      if let slip { return [finding(context, slip, Messages.DecreeFormat.recipientsWritten(String(slip.written)))] }
      guard !found, !context.analysis.decreeHeader.isIssuedWithAnotherDocument else { return [] }
      let location = document.endLocation
      return [
        context.finding(
          info, Messages.DecreeFormat.recipientsMissing, at: location, blockIndex: document.blocks.indices.last,
          fixHint: Messages.DecreeFormat.recipientsFix)
      ]
    }
  }

  /// Quốc hiệu and Tiêu ngữ: missing or not as written (`national-title`), or differing only
  /// in typography (`header-typography`).
  private func headerElements(_ context: RuleContext) -> [Finding] {
    let header = context.analysis.decreeHeader
    var findings: [Finding] = []
    let elements: [(DecreeFormatText.HeaderElement, vi: String, en: String)] = [
      (.nationalTitle, "Quốc hiệu", "national title"), (.motto, "Tiêu ngữ", "motto"),
    ]
    for (element, vi, en) in elements {
      let expected = element == .nationalTitle ? DecreeFormatText.nationalTitle : DecreeFormatText.motto
      guard let found = DecreeFormatText.headerElement(element, in: header.lines) else {
        guard check == .nationalTitle, !header.isIssuedWithAnotherDocument else { continue }
        let location = context.document.blocks.first?.location ?? context.document.endLocation
        let message = Messages.DecreeFormat.missing(vi, english: en, expected: expected)
        findings.append(
          context.finding(
            info, message, at: location, blockIndex: context.document.blocks.isEmpty ? nil : 0,
            fixHint: Messages.DecreeFormat.replaceWith(expected)))
        continue
      }
      guard let slip = found.slip, found.typographic == (check == .headerTypography) else { continue }
      let written = String(slip.written)
      let message: LocalizedText
      switch (element, found.typographic) {
      case (.motto, true): message = Messages.DecreeFormat.mottoTypography(written: written, expected: expected)
      case (.nationalTitle, true): message = Messages.DecreeFormat.nationalTitleAccent(written: written, expected: expected)
      default: message = Messages.DecreeFormat.notAsWritten(vi, english: en, written: written, expected: expected)
      }
      findings.append(finding(context, slip, message))
    }
    return findings
  }

  /// A finding at the first character of the wrong text, with its replacement as the fix.
  private func finding(_ context: RuleContext, _ slip: DecreeFormatText.Slip, _ message: LocalizedText) -> Finding {
    var location = slip.line.location(at: slip.written.startIndex)
    // In Word a cell's lines share its first paragraph: name the paragraph the text is in.
    let held = context.document.formatting.headerParagraph(holding: slip.line.trimmed, from: location.paragraph)
    if location.line == nil, let held { location.paragraph = held.number }
    return context.finding(
      info, message, at: location, blockIndex: slip.line.blockIndex, fixHint: Messages.DecreeFormat.replaceWith(slip.expected),
      fix: Self.fix(for: slip, in: held, context))
  }

  /// The slip's replacement as a safe fix: the decree gives the one right text. In the
  /// paragraph that holds it (a header table's cell included) when its text shows the slip
  /// once; otherwise in its block when that is a paragraph of its own.
  private static func fix(for slip: DecreeFormatText.Slip, in held: WordFormatting.Paragraph?, _ context: RuleContext) -> Fix? {
    let written = String(slip.written)
    if let held, let range = held.text.range(of: written), held.text.range(of: written, range: range.upperBound..<held.text.endIndex) == nil
    {
      let offset = held.text.distance(from: held.text.startIndex, to: range.lowerBound)
      return Fix(replacements: [
        TextReplacement(
          paragraph: held.number, offset: offset, endOffset: offset + written.count, oldText: written, newText: slip.expected)
      ])
    }
    guard context.document.blocks[slip.line.blockIndex].table == nil else { return nil }
    let owner = slip.line.owner
    let start = owner.distance(from: owner.startIndex, to: slip.written.startIndex)
    return context.fix(replacing: start..<(start + written.count), inBlock: slip.line.blockIndex, with: slip.expected)
  }

  /// A finding at the first paragraph of text from body paragraph `paragraph` on (a section
  /// that opens with the header table is found at the paragraph after it), quoting it.
  private func finding(_ context: RuleContext, _ message: LocalizedText, fix: LocalizedText, paragraph: Int) -> Finding {
    let blocks = context.document.blocks
    guard
      let index = blocks.firstIndex(where: { ($0.location.paragraph ?? 0) >= paragraph && $0.table == nil && !$0.text.isEmpty })
    else {
      return context.finding(
        info, message, at: SourceLocation(file: context.document.file, paragraph: paragraph), blockIndex: nil, fixHint: fix)
    }
    return context.finding(info, message, at: blocks[index].location, blockIndex: index, fixHint: fix)
  }
}
