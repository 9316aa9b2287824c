/// Labels run without gaps or repeats: "Phần I, II", "I, II, III", "1, 2, 3", "a, b, c, d, đ,
/// e, g" — in the Vietnamese alphabet of administrative documents, which has no f, j, w, z.
public struct SectionNumberingRule: RuleKind {
  public struct Spec: Decodable, Sendable {
    public init(from decoder: any Decoder) throws {
      _ = try decoder.strictContainer(keyedBy: NoKeys.self, alsoAllowed: RulePackLoader.commonKeys)
    }
  }

  public static let description = RuleDescription(
    kind: "section-numbering",
    title: LocalizedText(vi: "Đánh số mục liên tục, không trùng", en: "Section numbering has no gaps or repeats"),
    rationale: LocalizedText(
      vi:
        "Số mục nhảy cóc, trùng lặp, hoặc dùng chữ f, j, w, z để đánh số điểm (Nghị định 30/2020/NĐ-CP) thường là dấu hiệu sót nội dung hoặc sao chép chưa chỉnh sửa. Chữ cái của điểm sai thứ tự và các điểm sau nó, số La Mã của mục trùng hoặc nhảy cóc và các mục sau nó (khi không có chỗ nào viện dẫn “mục IV”, “phần IV”, “điểm đ”) được tự đánh số lại.",
      en:
        "Skipped or repeated numbers, or points lettered f, j, w, z (Decree 30/2020/NĐ-CP), usually mean content was lost or pasted unedited. A point letter out of sequence and the letters after it, and a skipped or repeated Roman section and those after it (when no text cites them as “mục IV”, “phần IV”, “điểm đ”), are renumbered by the fix."
    ),
    defaultSeverity: .warning,
    examples: [
      RuleExample(markdown: "## I. A\n\nx\n\n## II. B\n\na) một;\n\nb) hai;\n\nc) ba.\n", spec: ""),
      RuleExample(markdown: "## I. A\n\nx\n\n↓## III. C\n\ny\n", spec: ""),
      RuleExample(markdown: "## I. A\n\na) một;\n\nb) hai;\n\nc) ba;\n\nd) bốn;\n\nđ) năm;\n\ne) sáu;\n\n↓f) bảy.\n", spec: ""),
      RuleExample(markdown: "## I. A\n\nx\n\n↓## I. B\n\ny\n", spec: ""),
      RuleExample(markdown: "## I. A\n\na) một;\n\nb) hai.\n\nPhần tiếp theo:\n\na) một lần nữa;\n\nb) hai lần nữa.\n", spec: ""),
    ], canFix: true)

  public let info: RuleInfo

  public init(info: RuleInfo, spec: Spec) { self.info = info }

  public func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    checkSiblings(context.outline.roots, context: context, into: &findings)
    return findings
  }

  private func checkSiblings(_ nodes: [Outline.Node], context: RuleContext, into findings: inout [Finding]) {
    var previous: [String: Int] = [:]
    var position: [String: Int] = [:]
    // Each group's labels, and the findings that may carry a renumbering (finding, member).
    var members: [String: [Outline.Node]] = [:]
    var fixable: [(finding: Int, group: String, member: Int)] = []
    for node in nodes {
      checkSiblings(node.children, context: context, into: &findings)
      guard let label = node.label else { continue }
      let group = "\(label.style.rawValue)/\(label.components.dropLast().map(String.init).joined(separator: "."))"
      members[group, default: []].append(node)
      let member = (members[group]?.count ?? 1) - 1
      let last = previous[group]
      let expected = (last ?? 0) + 1
      position[group, default: 0] += 1
      if label.style == .letter, let letter = label.text.first, "fjwz".contains(letter) {
        let message = Messages.letterNotInAlphabet(label.text, expected: Self.labelText(expected, like: label))
        fixable.append((findings.count, group, member))
        findings.append(context.finding(info, message, at: node.location, blockIndex: node.blockIndex))
        continue
      }
      defer { previous[group] = label.value }
      // "VI - LỘ TRÌNH", or "6. LỘ TRÌNH" continuing "V.": one warning about the label's form.
      if label.isIrregular {
        let message = Messages.numberingStyle(label.text, title: node.title, expected: label.standardText)
        findings.append(context.finding(info, message, at: node.location, blockIndex: node.blockIndex))
        continue
      }
      // Right after its predecessor, or right for its place (the item after a moved one).
      if label.value == expected || label.value == position[group] { continue }
      // Points and numbered items restart at 1 in a new list; sections do not.
      if label.value == 1, label.style == .letter || label.style == .arabic || label.style == .dottedArabic {
        position[group] = 1
        continue
      }
      let message =
        label.value == last
        ? Messages.numberingDuplicate(label.text)
        : Messages.numberingGap(label.text, expected: Self.labelText(position[group] ?? expected, like: label))
      fixable.append((findings.count, group, member))
      findings.append(context.finding(info, message, at: node.location, blockIndex: node.blockIndex))
    }
    // The first fault of a run carries the renumbering of the rest; later faults it covers
    // carry none (one change to review, not overlapping ones).
    var covered: [String: Int] = [:]
    for (finding, group, member) in fixable where member >= covered[group, default: 0] {
      guard let groupMembers = members[group] else { continue }
      let renumbering = NumberingFix(members: groupMembers)
      guard let fix = renumbering.fix(from: member, context: context) else { continue }
      findings[finding].fix = fix
      covered[group] = renumbering.runEnd(from: member)
    }
  }

  /// How the label with `value` would be written in the same style.
  static func labelText(_ value: Int, like label: SectionLabel) -> String {
    switch label.style {
    case .part: "Phần \(RomanNumeral.numeral(for: value))"
    case .roman: "\(RomanNumeral.numeral(for: value))."
    case .upperLetter: String(UnicodeScalar(64 + min(max(value, 1), 26)).map(Character.init) ?? "?") + "."
    case .arabic: "\(value)\(label.text.last.map(String.init) ?? ".")"
    case .dottedArabic: (label.components.dropLast().map(String.init) + [String(value)]).joined(separator: ".") + "."
    case .letter: (VietnameseAlphabet.points.indices.contains(value - 1) ? VietnameseAlphabet.points[value - 1] : "?") + ")"
    }
  }
}

/// For specs with no fields of their own.
enum NoKeys: String, CodingKey, CaseIterable {
  case none = "__none__"
}
