/// A block recognised as the start of a section.
struct SectionHeading {
  let label: SectionLabel?
  let title: String
  let blockIndex: Int
  let rank: Int
  let isPoint: Bool
  let location: SourceLocation
}

/// Decides which blocks start sections.
///
/// Drafts mark headings in many ways: a real heading, a bold line ("**I. CĂN CỨ LẬP KẾ
/// HOẠCH**"), a plain short line ("II. MỤC TIÊU"), an ordered-list item ("1. Hoàn thiện môi
/// trường pháp lý"). A labelled line counts as a heading when it is short and reads as a title
/// (no closing full stop); letter points ("a) …") always count, as points.
enum SectionHeadingDetector {
  static let maximumTitleLength = 160
  /// Rank given to unlabelled headings whose level was never seen with a label.
  static let unlabelledRank = 9

  static func detect(in blocks: [Block]) -> [SectionHeading] {
    var result: [SectionHeading] = []
    var rankOfHeadingLevel: [Int: Int] = [:]
    var index = 0
    while index < blocks.count {
      let block = blocks[index]
      defer { index += 1 }
      if block.kind == .table { continue }
      let line = firstLine(of: block.displayText)
      if let parsed = SectionLabelParser.parse(line) {
        var title = String(line[parsed.titleStart...]).trimmingSpaces()
        let isHeading = isHeadingLike(block, title: title, label: parsed.label)
        guard isHeading || parsed.label.style == .letter else { continue }
        // "Phần I" alone on its line: the title is the next line or block.
        if parsed.label.style == .part, title.isEmpty {
          if let second = block.displayText.split(whereSeparator: \.isNewline).dropFirst().first {
            title = String(second).trimmingSpaces()
          } else if index + 1 < blocks.count, isUntitledPartTitle(blocks[index + 1]) {
            title = blocks[index + 1].displayText.trimmingWhitespace()
          }
        }
        if case .heading(let level) = block.kind { rankOfHeadingLevel[level] = parsed.label.rank }
        result.append(
          SectionHeading(
            label: parsed.label, title: title, blockIndex: index, rank: parsed.label.rank, isPoint: !isHeading,
            location: block.location))
      } else if case .heading(let level) = block.kind, !result.isEmpty {
        if let previous = result.last, previous.label?.style == .part, previous.blockIndex == index - 1,
          previous.title.isEmpty || previous.title == block.text
        {
          continue  // the title line of "Phần I", already taken
        }
        result.append(
          SectionHeading(
            label: nil, title: block.text, blockIndex: index, rank: rankOfHeadingLevel[level] ?? unlabelledRank,
            isPoint: false, location: block.location))
      }
    }
    return result
  }

  /// The text up to its first line break (without splitting a long paragraph into lines).
  /// Scans UTF-8: line breaks are U+000A–U+000D, U+0085 (C2 85), U+2028/U+2029 (E2 80 A8/A9).
  static func firstLine(of text: String) -> String {
    let utf8 = text.utf8
    var index = utf8.startIndex
    while let found = utf8[index...].firstIndex(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
      let byte = utf8[found]
      let next = utf8.index(after: found)
      let second = next < utf8.endIndex ? utf8[next] : 0
      let third = second == 0x80 && utf8.index(after: next) < utf8.endIndex ? utf8[utf8.index(after: next)] : 0
      if byte <= 0x0D || (byte == 0xC2 && second == 0x85) || (byte == 0xE2 && (third == 0xA8 || third == 0xA9)) {
        return String(text[..<found])
      }
      index = next
    }
    return text
  }

  private static func isHeadingLike(_ block: Block, title: String, label: SectionLabel) -> Bool {
    if case .heading = block.kind { return true }
    if block.isStrong { return true }
    if label.style == .part { return true }
    guard !title.isEmpty, title.count <= maximumTitleLength, !block.displayText.utf8.contains(0x0A) else { return false }
    // Sentences and lead-ins ("1. Tên CSDL quốc gia:", a form field; "1. Nội dung trọng tâm:",
    // which introduces points) are content, not section titles.
    if let last = title.last, ".;,:".contains(last) { return false }
    // A capitalised title ("MỤC TIÊU CỤ THỂ") is a heading at any level; a sentence-case line
    // is one only for Roman and Arabic labels, which drafts rarely use for running text.
    switch label.style {
    case .roman, .upperLetter, .arabic, .dottedArabic: return true
    case .letter: return VietnameseFolding.isUpperCase(title)
    case .part: return true
    }
  }

  private static func isUntitledPartTitle(_ block: Block) -> Bool {
    guard block.kind != .table, SectionLabelParser.parse(block.displayText) == nil else { return false }
    if case .heading = block.kind { return true }
    return block.isStrong || VietnameseFolding.isUpperCase(block.displayText)
  }
}
