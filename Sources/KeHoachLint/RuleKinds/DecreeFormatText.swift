/// The text checks of the decree's format (Nghị định 30/2020/NĐ-CP, Phụ lục I): the Quốc hiệu
/// and Tiêu ngữ as the decree writes them, "Số: 151/KH-UBND", the place-and-date line with its
/// leading zeros, "Nơi nhận:". Each finding starts at the first character of the wrong text and
/// names the one right replacement.
struct DecreeFormatText {
  static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  static let motto = "Độc lập - Tự do - Hạnh phúc"
  static let recipients = "Nơi nhận:"

  /// What every check reads of the top of the plan, made once per plan (`PlanAnalysis`).
  struct Header: Sendable {
    let lines: [Line]
    let isIssuedWithAnotherDocument: Bool

    init(_ blocks: [Block]) {
      lines = DecreeFormatText.headerLines(blocks)
      isIssuedWithAnotherDocument = DecreeFormatText.isIssuedWithAnotherDocument(blocks)
    }
  }

  /// A line of text in a block or a table cell, with the way back to its source location.
  struct Line: Sendable {
    let text: Substring
    let owner: String
    let map: TextMap
    let blockIndex: Int

    func location(at index: String.Index) -> SourceLocation { map.location(of: index, in: owner) }
    /// The line without the spaces around it, still a slice of the owner's text.
    var trimmed: Substring {
      let isSpace = { (character: Character) in character.isWhitespace }
      guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
        return text[text.startIndex..<text.startIndex]
      }
      return text[first...last]
    }
  }

  /// A wrong text and its replacement.
  struct Slip {
    let line: Line
    let written: Substring
    let expected: String
  }

  /// The lines of the header (the first blocks, up to the first section), table cells column by column.
  static func headerLines(_ blocks: [Block]) -> [Line] {
    var lines: [Line] = []
    for (index, block) in blocks.prefix(40).enumerated() {
      if block.table == nil, let style = SectionLabelParser.parse(block.displayText)?.label.style,
        style == .part || style == .roman
      {
        break
      }
      lines += Self.lines(of: block, index: index)
    }
    return lines
  }

  static func lines(of block: Block, index: Int) -> [Line] {
    guard let table = block.table else {
      return block.text.split(whereSeparator: \.isNewline).map { Line(text: $0, owner: block.text, map: block.textMap, blockIndex: index) }
    }
    var lines: [Line] = []
    for column in 0..<table.columnCount {
      for row in table.rows where column < row.cells.count && !row.cells[column].isCovered {
        let cell = row.cells[column]
        lines += cell.text.split(whereSeparator: \.isNewline).map { Line(text: $0, owner: cell.text, map: cell.textMap, blockIndex: index) }
      }
    }
    return lines
  }

  /// Letters and digits only, folded: "Độc lập – Tự do – Hạnh phúc" → "doclaptudohanhphuc".
  static func key(_ text: Substring) -> String {
    VietnameseFolding.fold(String(text)).filter { $0.isLetter || $0.isNumber }
  }

  enum HeaderElement {
    case nationalTitle
    case motto
  }

  /// The Quốc hiệu or Tiêu ngữ line: nil when absent; its slip (nil when written as the
  /// decree writes it) and whether the slip is only typographic (a dash, a tone mark's place).
  static func headerElement(_ element: HeaderElement, in lines: [Line]) -> (line: Line, slip: Slip?, typographic: Bool)? {
    let expected = element == .nationalTitle ? nationalTitle : motto
    let expectedKey = key(Substring(expected))
    guard let line = lines.first(where: { key($0.trimmed) == expectedKey }) else {
      // Broken over two lines of one cell ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM") to fit a
      // narrow column: the same words, the break is layout.
      let broken = zip(lines, lines.dropFirst()).first { first, second in
        first.owner == second.owner && key(first.trimmed) + key(second.trimmed) == expectedKey
      }
      return broken.map { ($0.0, nil, false) }
    }
    let written = line.trimmed
    guard written != Substring(expected) else { return (line, nil, false) }
    // Same letters, same case: only dashes, spacing or where a tone mark sits differ.
    let typographic =
      VietnameseFolding.fold(String(written)).filter { $0.isLetter } == VietnameseFolding.fold(expected).filter { $0.isLetter }
      && letterCases(written) == letterCases(Substring(expected))
    return (line, Slip(line: line, written: written, expected: expected), typographic)
  }

  private static func letterCases(_ text: Substring) -> [Bool] {
    text.filter(\.isLetter).map(\.isUppercase)
  }

  /// "Số: 151/KH-UBND": a slip when the number below 10 lacks its 0, spaces sit around "/" or
  /// "-", or the symbol is not in capitals.
  static func numberSlip(in lines: [Line]) -> Slip? {
    let pattern = #/^(?i:số)\s*:\s*(\d+)\s*/\s*([\p{L}\d&.]+(?:\s*-\s*[\p{L}\d&.]+)*)\s*$/#
    for line in lines {
      let written = line.trimmed
      guard let match = written.wholeMatch(of: pattern) else { continue }
      let number = String(match.1)
      let symbol = match.2.split(separator: "-").map { $0.trimmingSpaces().uppercased() }.joined(separator: "-")
      let expected = "Số: \(number.count == 1 ? "0" + number : number)/\(symbol)"
      return written == Substring(expected) ? nil : Slip(line: line, written: written, expected: expected)
    }
    return nil
  }

  /// The place-and-date line ("Quảng Ngãi, ngày 05 tháng 02 năm 2021") and its date.
  static func dateLine(in lines: [Line]) -> (line: Line, date: Substring, day: Substring, month: Substring, year: Substring)? {
    let pattern = #/,\s*((?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+(\d{4}))/#
    for line in lines {
      if let match = line.text.firstMatch(of: pattern) { return (line, match.1, match.2, match.3, match.4) }
    }
    return nil
  }

  /// "ngày 5 tháng 2 năm 2021" on the place-and-date line → "ngày 05 tháng 02 năm 2021".
  static func dateSlip(in lines: [Line]) -> Slip? {
    guard let found = dateLine(in: lines) else { return nil }
    let (day, month) = (String(found.day), String(found.month))
    let newDay = day.count == 1 ? "0" + day : day
    let newMonth = (month == "1" || month == "2") ? "0" + month : month
    guard newDay != day || newMonth != month else { return nil }
    return Slip(line: found.line, written: found.date, expected: "ngày \(newDay) tháng \(newMonth) năm \(found.year)")
  }

  /// Whether the plan is issued with another document ("Ban hành kèm theo Quyết định số …"):
  /// the Quốc hiệu, Tiêu ngữ, number, date and recipients are that document's, and the plan
  /// under it carries only its title and the line naming it.
  static func isIssuedWithAnotherDocument(_ blocks: [Block]) -> Bool {
    blocks.prefix(12).contains { block in
      let folded = VietnameseFolding.fold(String(block.text.prefix(200)))
      return folded.contains("kem theo quyet dinh") || folded.contains("kem theo nghi quyet")
        || folded.contains("kem theo van ban")
    }
  }

  /// "Nơi nhận:" written otherwise ("NƠI NHẬN", "Nơi nhận :"); nil when right. `found` is
  /// false when no line starts with it anywhere in the document.
  static func recipientsSlip(in blocks: [Block]) -> (found: Bool, slip: Slip?) {
    for (index, block) in blocks.enumerated() {
      for line in lines(of: block, index: index) {
        let trimmed = line.trimmed
        guard VietnameseFolding.fold(String(trimmed.prefix(12))).hasPrefix("noi nhan") else { continue }
        if trimmed.hasPrefix(recipients) { return (true, nil) }
        // The heading as written: "Nơi nhận", up to its colon when there is one.
        var end = trimmed.index(trimmed.startIndex, offsetBy: min(8, trimmed.count))
        if let colon = trimmed[end...].prefix(3).firstIndex(of: ":") { end = trimmed.index(after: colon) }
        return (true, Slip(line: line, written: trimmed[..<end], expected: recipients))
      }
    }
    return (false, nil)
  }
}
