/// Heading levels from paragraph styles and outline levels.
///
/// Word stores built-in names in English ("heading 1") whatever the interface language, with
/// a localised style id; LibreOffice writes "Heading 1"; hand-made and converted files use
/// localised names ("Tiêu đề 1", "Đầu đề 1"). Custom styles based on a heading style are
/// headings of that level, and `w:outlineLvl` makes any style (or paragraph) a heading.
struct HeadingStyles {
  let styles: WordStyles
  /// Each paragraph style's own level, worked out once (names are folded to compare them).
  private let levelByStyle: [String: Int?]

  init(styles: WordStyles) {
    self.styles = styles
    var levels: [String: Int?] = [:]
    for (id, style) in styles.paragraphStyles {
      if let level = style.name.flatMap(Self.level(styleName:)) ?? Self.level(styleName: id) {
        levels[id] = .some(level)
      } else if let outline = style.paragraph.outlineLevel {
        levels[id] = .some(Self.level(outline: outline))
      }
    }
    levelByStyle = levels
  }

  /// The heading level (1…9) of a paragraph, or nil for body text.
  func level(of paragraph: ParagraphProperties) -> Int? {
    if let outline = paragraph.outlineLevel { return Self.level(outline: outline) }
    let chain = styles.paragraphChain(paragraph.styleID)
    if chain.isEmpty, let id = paragraph.styleID {
      return Self.level(styleName: id)  // no styles part (document.xml on its own)
    }
    // The nearest style that says anything (a heading name or an outline level) decides.
    for style in chain {
      if let said = levelByStyle[style.id] { return said }
    }
    return nil
  }

  /// `w:outlineLvl` 0…8 are levels 1…9; 9 means body text.
  private static func level(outline: Int) -> Int? {
    (0...8).contains(outline) ? outline + 1 : nil
  }

  private static let headingWords = ["heading", "tieude", "daude"]

  /// "heading 1", "Heading1", "Tiêu đề 2", "Đầu đề 3" → the level; anything else → nil.
  static func level(styleName: String) -> Int? {
    let key = VietnameseFolding.fold(styleName).filter { $0.isLetter || $0.isNumber }
    for word in headingWords where key.hasPrefix(word) {
      let rest = key.dropFirst(word.count)
      if rest.count == 1, let digit = rest.first?.wholeNumberValue, (1...9).contains(digit) { return digit }
    }
    return nil
  }
}
