/// The page and font checks of the decree's format (Nghị định 30/2020/NĐ-CP, Phụ lục I), on
/// what Word shows: a section that names no paper or margins gets Word's own defaults
/// (Letter, 25,4 mm margins), a run that names no font or size gets Times New Roman 10 pt.
struct DecreePageFormat {
  struct Problem {
    let message: LocalizedText
    let fix: LocalizedText
    /// The body paragraph to point at.
    let paragraph: Int
    /// The section's paper or margins as the decree sets them, when that is certain.
    var pageFix: PageSetupFix? = nil
  }

  let formatting: WordFormatting

  /// A4 in twips, and Word's default paper (Letter) and margin.
  static let a4 = (width: 11906, height: 16838)
  static let letter = (width: 12240, height: 15840)
  static let wordDefaultMargin = 1440
  /// About 1 mm: paper sizes and margins are stored rounded (LibreOffice writes 11905 for A4).
  static let tolerance = 57
  /// Body sizes the decree allows, in half-points (13–14 pt).
  static let bodySizes = 26...28
  /// A second size or font counts when it holds this share of the body text (in percent).
  static let noticeableShare = 20

  func paperProblems() -> [Problem] {
    let count = formatting.sections.count
    return formatting.sections.compactMap { section in
      let width = section.width ?? Self.letter.width
      let height = section.height ?? Self.letter.height
      let (short, long) = (min(width, height), max(width, height))
      if abs(short - Self.a4.width) > Self.tolerance || abs(long - Self.a4.height) > Self.tolerance {
        let message = Messages.DecreeFormat.paper(
          section: section.number, of: count, paper: Self.paperName(short, long), declared: section.width != nil)
        // A turned page of a table stays turned, on A4.
        let turned = section.isLandscape && section.isMainlyTable
        return Problem(
          message: message, fix: Messages.DecreeFormat.paperFix, paragraph: section.paragraphs.lowerBound,
          pageFix: Self.paperFix(section, landscape: turned))
      }
      guard section.isLandscape, !section.isMainlyTable else { return nil }
      return Problem(
        message: Messages.DecreeFormat.landscape(section: section.number, of: count), fix: Messages.DecreeFormat.landscapeFix,
        paragraph: section.paragraphs.lowerBound, pageFix: Self.paperFix(section, landscape: false))
    }
  }

  /// What the file says of the section's page now.
  static func setup(of section: WordFormatting.Section) -> PageSetup {
    PageSetup(
      width: section.width, height: section.height, top: section.top, bottom: section.bottom, left: section.left,
      right: section.right)
  }

  /// A4, portrait or turned.
  static func paperFix(_ section: WordFormatting.Section, landscape: Bool) -> PageSetupFix {
    let after =
      landscape
      ? PageSetup(width: a4.height, height: a4.width, landscape: true) : PageSetup(width: a4.width, height: a4.height, landscape: false)
    return PageSetupFix(section: section.number, before: setup(of: section), after: after)
  }

  /// The whole twips nearest to `twips` inside `millimetres` (20 mm is 1133.9 twips: 1134).
  static func nearest(_ twips: Int, inside millimetres: ClosedRange<Int>) -> Int {
    let low = (millimetres.lowerBound * 14400 + 253) / 254
    let high = millimetres.upperBound * 14400 / 254
    return min(max(twips, low), high)
  }

  /// "Letter (216 × 279 mm)", or the size alone.
  static func paperName(_ short: Int, _ long: Int) -> String {
    let size = "\(wholeMillimetres(short)) × \(wholeMillimetres(long)) mm"
    let named: [(String, Int, Int)] = [
      ("Letter", 12240, 15840), ("Legal", 12240, 20160), ("A3", 16838, 23811), ("A5", 8391, 11906), ("B5", 9979, 14175),
    ]
    guard let name = named.first(where: { abs($0.1 - short) <= tolerance && abs($0.2 - long) <= tolerance })?.0 else { return size }
    return "\(name) (\(size))"
  }

  static func twips(_ millimetres: Int) -> Int { millimetres * 14400 / 254 }
  static func wholeMillimetres(_ twips: Int) -> Int { (twips * 254 + 7200) / 14400 }

  /// Margins outside the decree's ranges. A landscape page of a table is left alone: its
  /// margins are set for the turned page.
  func marginProblems() -> [Problem] {
    let count = formatting.sections.count
    return formatting.sections.compactMap { section in
      guard !(section.isLandscape && section.isMainlyTable) else { return nil }
      let sides: [(vi: String, en: String, twips: Int?, range: ClosedRange<Int>)] = [
        ("trên", "top", section.top, 20...25), ("dưới", "bottom", section.bottom, 20...25),
        ("trái", "left", section.left, 30...35), ("phải", "right", section.right, 15...20),
      ]
      var after = PageSetup()
      let outside = sides.compactMap { side -> Messages.DecreeFormat.Margin? in
        let twips = side.twips ?? Self.wordDefaultMargin
        let allowed = (Self.twips(side.range.lowerBound) - Self.tolerance / 2)...(Self.twips(side.range.upperBound) + Self.tolerance / 2)
        guard !allowed.contains(twips) else { return nil }
        let nearest = Self.nearest(twips, inside: side.range)
        switch side.en {
        case "top": after.top = nearest
        case "bottom": after.bottom = nearest
        case "left": after.left = nearest
        default: after.right = nearest
        }
        return Messages.DecreeFormat.Margin(vi: side.vi, en: side.en, twips: twips, range: side.range)
      }
      guard !outside.isEmpty else { return nil }
      let declared = section.top != nil || section.left != nil
      return Problem(
        message: Messages.DecreeFormat.margins(section: section.number, of: count, outside, declared: declared),
        fix: Messages.DecreeFormat.marginsFix, paragraph: section.paragraphs.lowerBound,
        pageFix: PageSetupFix(section: section.number, before: Self.setup(of: section), after: after))
    }
  }

  /// The body text's font when it is not Times New Roman, with other fonts that hold a
  /// noticeable share.
  func fontProblem() -> Problem? {
    let total = formatting.bodyFonts.reduce(0) { $0 + $1.characters }
    guard total > 0 else { return nil }
    let wrong = formatting.bodyFonts.filter { !Self.isTimesNewRoman($0.value) && $0.characters * 100 >= total * Self.noticeableShare }
    guard let main = wrong.first else { return nil }
    let message = Messages.DecreeFormat.font(main.value, percent: main.characters * 100 / total, others: wrong.dropFirst().map(\.value))
    return Problem(message: message, fix: Messages.DecreeFormat.fontFix, paragraph: main.firstParagraph)
  }

  static func isTimesNewRoman(_ font: String) -> Bool {
    font.lowercased().filter { !$0.isWhitespace } == "timesnewroman"
  }

  /// The main body size outside 13–14, or a second size holding a noticeable share.
  func sizeProblems() -> [Problem] {
    let total = formatting.bodySizes.reduce(0) { $0 + $1.characters }
    guard total > 0, let main = formatting.bodySizes.first else { return [] }
    let percent = { (share: WordFormatting.Share<Int>) in share.characters * 100 / total }
    if !Self.bodySizes.contains(main.value) {
      let message = Messages.DecreeFormat.bodySize(main.value, percent: percent(main))
      return [Problem(message: message, fix: Messages.DecreeFormat.bodySizeFix, paragraph: main.firstParagraph)]
    }
    guard let second = formatting.bodySizes.dropFirst().first, percent(second) >= Self.noticeableShare else { return [] }
    let message = Messages.DecreeFormat.mixedBodySizes(
      main.value, mainPercent: percent(main), other: second.value, otherPercent: percent(second))
    return [Problem(message: message, fix: Messages.DecreeFormat.bodySizeFix, paragraph: second.firstParagraph)]
  }
}
