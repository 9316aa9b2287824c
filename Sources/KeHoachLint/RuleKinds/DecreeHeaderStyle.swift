/// How the header's elements are set, against the sizes and styles commonly reported for
/// Nghị định 30/2020/NĐ-CP, Phụ lục I (the decree's own text is not stored, so `info`): the
/// Quốc hiệu bold at 12–13 pt, the Tiêu ngữ bold at 13–14 pt, the date line italic. Read from
/// the resolved formatting of the paragraph each line sits in (its longest run).
struct DecreeHeaderStyle {
  struct Problem {
    let line: DecreeFormatText.Line
    /// The body paragraph the line is in.
    let paragraph: Int
    let message: LocalizedText
  }

  /// An element: where it is, what is usual for it.
  private struct Expectation {
    let line: DecreeFormatText.Line
    let name: (vi: String, en: String)
    let sizes: ClosedRange<Int>?
    let bold: Bool
    let italic: Bool
  }

  let formatting: WordFormatting

  func problems(in lines: [DecreeFormatText.Line]) -> [Problem] {
    var expectations: [Expectation] = []
    if let title = DecreeFormatText.headerElement(.nationalTitle, in: lines) {
      expectations.append(Expectation(line: title.line, name: ("Quốc hiệu", "national title"), sizes: 24...26, bold: true, italic: false))
    }
    if let motto = DecreeFormatText.headerElement(.motto, in: lines) {
      expectations.append(Expectation(line: motto.line, name: ("Tiêu ngữ", "motto"), sizes: 26...28, bold: true, italic: false))
    }
    if let date = DecreeFormatText.dateLine(in: lines) {
      expectations.append(
        Expectation(line: date.line, name: ("Dòng địa danh, ngày tháng", "place-and-date line"), sizes: 26...28, bold: false, italic: true))
    }
    return expectations.compactMap(problem)
  }

  private func problem(_ expected: Expectation) -> Problem? {
    let location = expected.line.location(at: expected.line.trimmed.startIndex)
    guard let actual = formatting.headerParagraph(holding: expected.line.trimmed, from: location.paragraph) else { return nil }
    var departures: [(vi: String, en: String)] = []
    if let sizes = expected.sizes, !sizes.contains(actual.halfPoints) {
      let size = Messages.DecreeFormat.points(actual.halfPoints)
      departures.append(("cỡ \(size.vi)", "\(size.en) pt"))
    }
    if expected.bold && !actual.bold { departures.append(("không đậm", "not bold")) }
    if expected.italic && !actual.italic { departures.append(("không nghiêng", "not italic")) }
    guard !departures.isEmpty else { return nil }
    let usual = Self.usual(expected)
    return Problem(
      line: expected.line, paragraph: actual.number,
      message: Messages.DecreeFormat.headerStyle(expected.name, departures: departures, usual: usual))
  }

  private static func usual(_ expected: Expectation) -> (vi: String, en: String) {
    let sizes = expected.sizes.map { range in
      (
        vi: "cỡ \(Messages.DecreeFormat.points(range.lowerBound).vi)–\(Messages.DecreeFormat.points(range.upperBound).vi)",
        en: "\(Messages.DecreeFormat.points(range.lowerBound).en)–\(Messages.DecreeFormat.points(range.upperBound).en) pt"
      )
    }
    var vi = [sizes?.vi].compactMap { $0 }
    var en = [sizes?.en].compactMap { $0 }
    if expected.bold { (vi, en) = (vi + ["đậm"], en + ["bold"]) }
    if expected.italic { (vi, en) = (vi + ["nghiêng"], en + ["italic"]) }
    return (vi.joined(separator: ", "), en.joined(separator: ", "))
  }
}
