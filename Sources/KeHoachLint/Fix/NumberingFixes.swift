/// The renumbering the section-numbering rule can be sure of: a point letter out of sequence
/// ("f)" after "d)") and the letters after it in its list; a repeated or skipped Roman section
/// ("IV.") and the sections after it, when no text of the plan cites any of them ("mục IV",
/// "phần IV", "điểm đ"), so renumbering cannot break a cross-reference.
struct NumberingFix {
  /// Labels of one style under one parent, in order: what renumbering walks.
  let members: [Outline.Node]

  /// The fix that renumbers `members[start...]` (to the end of its list: a point list ends
  /// where the next one restarts at "a)") to follow `members[start - 1]`; nil when a label is
  /// not plain text at the start of its heading (an automatic Word number, "VI - …"), or
  /// when the plan cites one of the labels it would change.
  func fix(from start: Int, context: RuleContext) -> Fix? {
    guard members.indices.contains(start), let style = members[start].label?.style, style == .roman || style == .letter else {
      return nil
    }
    let base = start > 0 ? (members[start - 1].label?.value ?? 0) : 0
    let run = Array(members[start..<runEnd(from: start)])
    // Only a uniform shift is certain: the labels after the faulty one go on from it ("IV, V"
    // after a skipped III). "VIII, VI, VII" is a section moved out of order, which the order
    // rule reports and renumbering would hide.
    // And the labels before it are in order from the list's first: the fault is this one.
    let listStart = style == .letter ? (members[..<start].lastIndex { $0.label?.value == 1 } ?? 0) : 0
    let lead = Array(members[listStart..<start])
    if let first = lead.first?.label, first.value != 1 { return nil }
    for sequence in [run, lead] {
      for (previous, next) in zip(sequence, sequence.dropFirst()) {
        guard let earlier = previous.label, let later = next.label, Self.follows(later, earlier) else { return nil }
      }
    }
    var changes: [(node: Outline.Node, numeral: String, new: String)] = []
    for (offset, node) in run.enumerated() {
      guard let label = node.label, !label.isIrregular else { return nil }
      let value = base + 1 + offset
      let numeral = String(label.text.prefix { $0.isLetter })
      let new: String
      if style == .roman {
        new = RomanNumeral.numeral(for: value)
      } else {
        guard VietnameseAlphabet.points.indices.contains(value - 1) else { return nil }
        new = VietnameseAlphabet.points[value - 1]
      }
      if numeral != new { changes.append((node, numeral, new)) }
    }
    guard !changes.isEmpty, !Self.isCited(changes.map(\.numeral), style: style, in: context) else { return nil }
    return context.fix(
      changes.map { change in
        let block = context.document.blocks[change.node.blockIndex]
        guard block.label == nil, block.text.hasPrefix(change.numeral) else { return nil }
        return context.replacement(at: .block(change.node.blockIndex), characters: 0..<change.numeral.count, with: change.new)
      })
  }

  /// One past the last label renumbered with `members[start]`: the end of its point list (the
  /// next "a)" starts another), or of the Roman sections.
  func runEnd(from start: Int) -> Int {
    guard members.indices.contains(start), members[start].label?.style == .letter else { return members.count }
    return members[(start + 1)...].firstIndex { $0.label?.value == 1 } ?? members.count
  }

  /// Whether `next` is the label right after `previous` as written: the next Roman number, or
  /// the next letter in the Vietnamese points or in the Latin alphabet a writer used instead.
  static func follows(_ next: SectionLabel, _ previous: SectionLabel) -> Bool {
    guard next.style == previous.style else { return false }
    guard next.style == .letter else { return next.value == previous.value + 1 }
    let latin = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    let (first, second) = (String(previous.text.prefix { $0.isLetter }), String(next.text.prefix { $0.isLetter }))
    for alphabet in [VietnameseAlphabet.points, latin] {
      if let index = alphabet.firstIndex(of: first), index + 1 < alphabet.count, alphabet[index + 1] == second { return true }
    }
    return false
  }

  /// Whether any text says "mục IV", "Mục IV", "phần IV" (Roman) or "điểm đ" (points) for
  /// one of `numerals`.
  static func isCited(_ numerals: [String], style: SectionLabel.Style, in context: RuleContext) -> Bool {
    let words = style == .roman ? ["muc", "phan", "tiet", "chuong"] : ["diem"]
    let targets = Set(numerals.map { VietnameseFolding.fold($0) })
    for entry in context.analysis.textIndex.entries {
      let tokens = VietnameseFolding.fold(entry.text).split { !$0.isLetter && !$0.isNumber }
      for (index, token) in tokens.enumerated().dropLast() where words.contains(String(token)) {
        if targets.contains(String(tokens[index + 1])) { return true }
      }
    }
    return false
  }
}
