/// Template slots left in the draft: "<SỞ/BAN/NGÀNH/…>", "....", "…", "(bổ sung nếu có)", a
/// form field such as "Tên CSDL quốc gia:" with nothing after it, a blank number or date in
/// the header.
public struct PlaceholderRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public var patterns: [PatternSpec]
    /// Form labels that must be followed by a value ("Tên CSDL quốc gia").
    public var emptyFields: [String]
    /// Also flag "Số: /KH-UBND" and "ngày  tháng  năm" left blank in the header.
    public var header: Bool

    enum CodingKeys: String, CodingKey, CaseIterable { case patterns, emptyFields = "empty-fields", header }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: RulePackLoader.commonKeys)
      patterns = try container.decodeIfPresent([PatternSpec].self, forKey: .patterns) ?? []
      emptyFields = try container.decodeIfPresent([String].self, forKey: .emptyFields) ?? []
      header = try container.decodeIfPresent(Bool.self, forKey: .header) ?? false
    }
  }

  public static let description = RuleDescription(
    kind: "placeholders",
    title: LocalizedText(vi: "Không còn chỗ trống của mẫu", en: "No template placeholders left"),
    rationale: LocalizedText(
      vi: "Dự thảo soạn từ mẫu thường sót chỗ trống (“<SỞ/BAN/NGÀNH>”, “....”, “(bổ sung nếu có)”) hoặc số, ngày văn bản bỏ trống.",
      en: "Drafts built from the template often keep its slots (“<SỞ/BAN/NGÀNH>”, “....”, “(bổ sung nếu có)”) or a blank number or date."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(
        markdown: "## I. CĂN CỨ\n\nKế hoạch của huyện Trà Bồng, v.v. và các văn bản khác.\n\nTên CSDL quốc gia: CSDL đất đai.\n",
        spec: "patterns:\n  - {regex: '<[^<>]{2,80}>', name: {vi: chỗ điền, en: slot}}\nempty-fields: [Tên CSDL quốc gia]\n"),
      RuleExample(
        markdown: "## I. CĂN CỨ\n\nKế hoạch ↓<SỞ/BAN/NGÀNH/HUYỆN> giai đoạn 2021-2025.\n\n↓Tên CSDL quốc gia:\n",
        spec: "patterns:\n  - {regex: '<[^<>]{2,80}>', name: {vi: chỗ điền, en: slot}}\nempty-fields: [Tên CSDL quốc gia]\n"),
    ])

  public let info: RuleInfo
  let spec: Spec

  public init(info: RuleInfo, spec: Spec) {
    self.info = info
    self.spec = spec
  }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let fieldKeys = Set(spec.emptyFields.map(VietnameseFolding.titleKey))
    for entry in context.analysis.textIndex.entries {
      let text = entry.text
      let prepared = PatternText(text)
      for pattern in spec.patterns {
        for range in pattern.matches(in: prepared) {
          let message = Messages.placeholder(String(text[range]), kind: .pattern(pattern.name))
          findings.append(context.finding(info, message, at: entry.location(at: range.lowerBound), blockIndex: entry.blockIndex))
        }
      }
      let trimmed = text.trimmingSpaces()
      if trimmed.hasSuffix(":"), fieldKeys.contains(VietnameseFolding.titleKey(trimmed)) {
        let start = text.firstIndex { !$0.isWhitespace } ?? text.startIndex
        findings.append(
          context.finding(
            info, Messages.placeholder(trimmed, kind: .emptyField), at: entry.location(at: start), blockIndex: entry.blockIndex))
      }
    }
    if spec.header { findings += headerFindings(context) }
    return findings
  }

  private func headerFindings(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let header = context.document.header
    if let number = header.number, number.text.hasPrefix("/") || number.text.isEmpty {
      findings.append(
        context.finding(info, Messages.placeholder("Số: \(number.text)", kind: .blankDocumentNumber), at: number.location, blockIndex: nil)
      )
    }
    if let line = header.placeAndDate, line.date == nil {
      findings.append(
        context.finding(info, Messages.placeholder(line.text, kind: .blankDate), at: line.location, blockIndex: nil))
    }
    return findings
  }
}
