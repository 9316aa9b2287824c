/// Works out `WordFormatting` from the parsed body: each section's page setup and how much of
/// it is table, the fonts and sizes of the body text, and the header paragraphs' formatting.
/// One pass over the paragraphs, counting characters per font and size (no per-run list kept).
struct WordFormattingScan {
  let styles: WordStyles
  let theme: WordThemeFonts

  /// What Word shows when nothing in the file names a font or a size: Times New Roman, 10 pt.
  static let fallbackFont = "Times New Roman"
  static let fallbackHalfPoints = 20
  /// The paragraphs at the top that hold the header (Quốc hiệu, Số, date line, title).
  static let headerParagraphCount = 30
  /// A paragraph of running text has at least this many letters: short lines (the header,
  /// the recipients, the signature) follow their own sizes.
  static let runningTextLetters = 80
  /// At most this many fonts or sizes are told apart (a hostile file may use thousands).
  static let maximumDistinctValues = 64

  private struct Tally<Value: Hashable & Sendable> {
    var characters: [Value: Int] = [:]
    var first: [Value: Int] = [:]

    mutating func add(_ value: Value, _ count: Int, paragraph: Int) {
      guard characters[value] != nil || characters.count < WordFormattingScan.maximumDistinctValues else { return }
      characters[value, default: 0] += count
      if first[value] == nil { first[value] = paragraph }
    }

    func shares() -> [WordFormatting.Share<Value>] {
      characters.map { WordFormatting.Share(value: $0.key, characters: $0.value, firstParagraph: first[$0.key] ?? 1) }
        .sorted { ($0.characters, -$0.firstParagraph) > ($1.characters, -$1.firstParagraph) }
    }
  }

  /// Per paragraph: its number, letters, and whether it sits in a table.
  private struct Visit {
    var fonts = Tally<String>()
    var sizes = Tally<Int>()
    var header: [WordFormatting.Paragraph] = []
    /// Letters per paragraph number, in and out of tables (for each section's table share).
    var letters: [(paragraph: Int, count: Int, inTable: Bool)] = []
  }

  func formatting(
    body: [WordItem], sectionEnds: [(lastParagraph: Int, setup: WordSectionSetup)], headingParagraphs: Set<Int>
  ) -> WordFormatting {
    var visit = Visit()
    scan(body, inTable: false, headings: headingParagraphs, into: &visit)
    var result = WordFormatting()
    result.bodyFonts = visit.fonts.shares()
    result.bodySizes = visit.sizes.shares()
    result.headerParagraphs = visit.header
    result.sections = sections(sectionEnds, letters: visit.letters)
    return result
  }

  private func scan(_ items: [WordItem], inTable: Bool, headings: Set<Int>, into visit: inout Visit) {
    for item in items {
      switch item {
      case .paragraph(let paragraph):
        scan(paragraph, inTable: inTable, headings: headings, into: &visit)
      case .table(let table):
        for row in table.rows {
          for cell in row.cells { scan(cell.items, inTable: true, headings: headings, into: &visit) }
        }
      }
    }
  }

  private func scan(_ paragraph: WordParagraph, inTable: Bool, headings: Set<Int>, into visit: inout Visit) {
    var longest: (count: Int, formatting: RunFormatting)?
    var runs: [(count: Int, formatting: RunFormatting)] = []
    var total = 0
    for span in paragraph.spans {
      let formatting = styles.resolve(span.formatting, paragraphStyle: paragraph.properties.styleID)
      guard formatting.hidden != true else { continue }
      let count = span.text.unicodeScalars.reduce(0) { $0 + (TextScalars.isWhitespace($1) ? 0 : 1) }
      guard count > 0 else { continue }
      total += count
      runs.append((count, formatting))
      if count > (longest?.count ?? 0) { longest = (count, formatting) }
    }
    guard let longest else { return }
    visit.letters.append((paragraph.number, total, inTable))
    if paragraph.number <= Self.headerParagraphCount, visit.header.count < Self.headerParagraphCount {
      let formatting = longest.formatting
      visit.header.append(
        WordFormatting.Paragraph(
          number: paragraph.number, text: String(paragraph.spans.map(\.text).joined().prefix(WordFormatting.Paragraph.keptCharacters)),
          font: fontName(formatting),
          halfPoints: formatting.halfPoints ?? Self.fallbackHalfPoints,
          bold: formatting.bold ?? false, italic: formatting.italic ?? false))
    }
    guard !inTable, total >= Self.runningTextLetters, !headings.contains(paragraph.number) else { return }
    for run in runs {
      visit.fonts.add(fontName(run.formatting), run.count, paragraph: paragraph.number)
      visit.sizes.add(run.formatting.halfPoints ?? Self.fallbackHalfPoints, run.count, paragraph: paragraph.number)
    }
  }

  private func fontName(_ formatting: RunFormatting) -> String {
    formatting.font.flatMap(theme.name(of:)) ?? Self.fallbackFont
  }

  /// The sections in order, each with the paragraphs it holds. A body with no `w:sectPr` is one
  /// section Word lays out with its defaults.
  private func sections(
    _ ends: [(lastParagraph: Int, setup: WordSectionSetup)], letters: [(paragraph: Int, count: Int, inTable: Bool)]
  ) -> [WordFormatting.Section] {
    let lastParagraph = max(letters.last?.paragraph ?? 1, ends.last?.lastParagraph ?? 1)
    let declared = ends.isEmpty ? [(lastParagraph, WordSectionSetup())] : ends
    var result: [WordFormatting.Section] = []
    var start = 1
    var letterIndex = 0
    for (index, end) in declared.enumerated() {
      let last = index == declared.count - 1 ? max(end.lastParagraph, lastParagraph) : max(end.lastParagraph, start)
      var inTable = 0
      var all = 0
      while letterIndex < letters.count, letters[letterIndex].paragraph <= last {
        all += letters[letterIndex].count
        if letters[letterIndex].inTable { inTable += letters[letterIndex].count }
        letterIndex += 1
      }
      let setup = end.setup
      let landscape = setup.landscape || (setup.width ?? 0) > (setup.height ?? Int.max)
      result.append(
        WordFormatting.Section(
          number: index + 1, paragraphs: start...last, width: setup.width, height: setup.height, isLandscape: landscape,
          top: setup.top, bottom: setup.bottom, left: setup.left, right: setup.right, isMainlyTable: all > 0 && inTable * 2 >= all))
      start = last + 1
    }
    return result
  }
}
