import Foundation

/// A block recognised as the start of a section.
struct SectionHeading {
  let label: SectionLabel?
  let title: String
  let blockIndex: Int
  let rank: Int
  let isPoint: Bool
  let location: SourceLocation
  /// The paragraph after "Phần I" that holds its title, when the title stands on its own.
  var titleBlockIndex: Int? = nil
  /// A "Phụ lục" after the signature block.
  var isAppendix = false
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
    // The last Roman section and how it looks, and the last Arabic item under it: "6. LỘ
    // TRÌNH THỰC HIỆN" looking like "V. GIẢI PHÁP" and numbered after it is Roman section VI.
    var lastRoman: (value: Int, look: Look)?
    var lastArabic: Int?
    // Whether the signature block ("Nơi nhận:") has been passed: appendices follow it.
    var signed = false
    var index = 0
    while index < blocks.count {
      let block = blocks[index]
      defer { index += 1 }
      if block.kind == .table { continue }
      let line = firstLine(of: block.displayText)
      let opening = VietnameseFolding.titleKey(String(line.prefix(12)))
      if opening.hasPrefix("noi nhan") { signed = true }
      // The plan issued with a Quyết định starts after the decision's signature.
      if opening.hasPrefix("ke hoach"), VietnameseFolding.isUpperCase(line) { signed = false }
      if signed, let title = appendixTitle(line, block: block) {
        // "PHỤ LỤC" after the signature: a part of its own, titled on its line or the next.
        var heading = SectionHeading(
          label: nil, title: title, blockIndex: index, rank: 1, isPoint: false, location: block.location, isAppendix: true)
        if title.isEmpty, index + 1 < blocks.count, isUntitledPartTitle(blocks[index + 1]) {
          heading = SectionHeading(
            label: nil, title: blocks[index + 1].displayText.trimmingWhitespace(), blockIndex: index, rank: 1, isPoint: false,
            location: block.location, titleBlockIndex: index + 1, isAppendix: true)
          index += 1
        }
        result.append(heading)
        (lastRoman, lastArabic) = (nil, nil)
        continue
      }
      if var (label, titleStart) = SectionLabelParser.parse(line) {
        var title = String(line[titleStart...]).trimmingSpaces()
        let isHeading = isHeadingLike(block, title: title, label: label)
        guard isHeading || label.style == .letter else { continue }
        let look = Look(block, title: title)
        if label.style == .arabic, isHeading, let roman = lastRoman, label.value == roman.value + 1,
          label.value != (lastArabic ?? 0) + 1, look == roman.look
        {
          label = label.restyled(.roman)
        }
        switch label.style {
        case .roman:
          lastRoman = (label.value, look)
          lastArabic = nil
        case .arabic: lastArabic = label.value
        case .part, .upperLetter: (lastRoman, lastArabic) = (nil, nil)
        case .dottedArabic, .letter: break
        }
        // "Phần I" alone on its line: the title is the next line or paragraph.
        var titleBlockIndex: Int?
        if label.style == .part, title.isEmpty {
          if let second = block.displayText.split(whereSeparator: \.isNewline).dropFirst().first {
            title = String(second).trimmingSpaces()
          } else if index + 1 < blocks.count, isUntitledPartTitle(blocks[index + 1]) {
            title = blocks[index + 1].displayText.trimmingWhitespace()
            titleBlockIndex = index + 1
          }
        }
        if case .heading(let level) = block.kind { rankOfHeadingLevel[level] = label.rank }
        result.append(
          SectionHeading(
            label: label, title: title, blockIndex: index, rank: label.rank, isPoint: !isHeading,
            location: block.location, titleBlockIndex: titleBlockIndex))
        if titleBlockIndex != nil { index += 1 }  // the title paragraph is part of the heading
      } else if case .heading(let level) = block.kind, !result.isEmpty {
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

  /// The title on a "PHỤ LỤC", "Phụ lục I.", "PHỤ LỤC 2: DANH MỤC …" line (empty when the
  /// title is on the next line), nil when the block is not an appendix heading.
  private static func appendixTitle(_ line: String, block: Block) -> String? {
    guard line.count <= maximumTitleLength, VietnameseFolding.fold(String(line.prefix(8))).hasPrefix("phu luc") else { return nil }
    if case .heading = block.kind {} else if !block.isStrong, !VietnameseFolding.isUpperCase(line) { return nil }
    // After the two words "Phụ lục".
    var rest = Substring(line)
    for _ in 0..<2 { rest = rest.drop(while: { $0.isWhitespace }).drop(while: { !$0.isWhitespace }) }
    rest = rest.drop(while: { $0.isWhitespace })
    // An optional numeral ("I", "02", "A"), then a separator.
    if let word = rest.split(separator: " ", maxSplits: 1).first {
      let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".:-–"))
      if Int(bare) != nil || RomanNumeral.value(of: bare) != nil || (bare.count == 1 && bare.first?.isUppercase == true) {
        rest = rest.dropFirst(word.count)
      }
    }
    return String(rest.drop { " .:-–".contains($0) }).trimmingSpaces()
  }

  /// How a heading looks on the page, to tell a section from an item under it.
  struct Look: Equatable {
    let headingLevel: Int?
    let strong: Bool
    let upperCase: Bool

    init(_ block: Block, title: String) {
      if case .heading(let level) = block.kind { headingLevel = level } else { headingLevel = nil }
      strong = block.isStrong
      upperCase = VietnameseFolding.isUpperCase(title)
    }
  }

  private static func isUntitledPartTitle(_ block: Block) -> Bool {
    guard block.kind != .table, SectionLabelParser.parse(block.displayText) == nil else { return false }
    if case .heading = block.kind { return true }
    return block.isStrong || VietnameseFolding.isUpperCase(block.displayText)
  }
}
