import Foundation

/// An amount of money written in running text with its unit ("25.000 triệu đồng", "2,5 tỷ
/// đồng"), and the words before it that say what it is ("Tổng kinh phí: ", "NSTW ").
struct StatedAmount: Sendable, Hashable {
  /// In million đồng.
  let millions: Decimal
  /// The number and its unit ("25.000 triệu đồng").
  let written: String
  /// The number as written ("25.000").
  let number: String
  /// Where the number is in the block text.
  let range: Range<String.Index>
  /// The text between the previous amount's unit (or the start) and this one.
  let label: String
  /// Where the words naming this amount start ("NSTW" in "; trong đó: NSTW 5.000 triệu đồng").
  let nameStart: String.Index
  let unit: MoneyUnit

  /// Every amount followed by a money unit in `text`.
  static func all(in text: String) -> [StatedAmount] {
    var result: [StatedAmount] = []
    var labelStart = text.startIndex
    var index = text.startIndex
    // Digits are single UTF-8 bytes: the scan skips to them without reading characters.
    let utf8 = text.utf8
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    while let digit = utf8[index...].firstIndex(where: isDigit) {
      index = digit
      let previous = index > text.startIndex ? text[text.index(before: index)] : " "
      guard !previous.isLetter, !previous.isASCIIDigit, previous != "/" else {
        index = utf8.index(after: index)
        continue
      }
      var end = index
      while end < utf8.endIndex, isDigit(utf8[end]) || utf8[end] == 0x2E || utf8[end] == 0x2C { utf8.formIndex(after: &end) }
      // Sentence punctuation after a number is not part of it ("… 500 triệu.", "2021, 2022").
      var numberEnd = end
      while numberEnd > index, !isDigit(utf8[utf8.index(before: numberEnd)]) { utf8.formIndex(before: &numberEnd) }
      let token = String(text[index..<numberEnd])
      let rest = text[numberEnd...]
      if let unit = MoneyUnit.following(rest.drop { $0 == " " || $0 == "\u{00A0}" }) {
        // An amount that cannot be read still ends the label of the next one.
        if let value = VietnameseNumber.number(in: token) {
          result.append(
            StatedAmount(
              millions: unit.toMillions(value), written: "\(token) \(unit.rawValue)", number: token, range: index..<numberEnd,
              label: String(text[labelStart..<index]), nameStart: nameStart(in: text, from: labelStart, before: index), unit: unit))
        }
        labelStart = unitEnd(in: text, after: numberEnd)
        index = labelStart
        continue
      }
      index = end
    }
    return result
  }

  /// Past the unit words after a number: "triệu đồng", "tỷ", "đồng".
  private static func unitEnd(in text: String, after start: String.Index) -> String.Index {
    var index = start
    for wordNumber in 0..<2 {
      var probe = index
      while probe < text.endIndex, text[probe] == " " || text[probe] == "\u{00A0}" { probe = text.index(after: probe) }
      let wordStart = probe
      while probe < text.endIndex, text[probe].isLetter { probe = text.index(after: probe) }
      let word = VietnameseFolding.fold(String(text[wordStart..<probe]))
      guard wordStart < probe, wordNumber == 0 || word == "dong" || word == "vnd" else { break }
      index = probe
    }
    return index
  }

  /// The first letter of the label after joining words ("trong đó", "gồm", "cụ thể").
  private static func nameStart(in text: String, from start: String.Index, before end: String.Index) -> String.Index {
    var index = start
    func skipNonLetters() { while index < end, !text[index].isLetter { index = text.index(after: index) } }
    skipNonLetters()
    for joiner in ["trong đó", "bao gồm", "gồm", "cụ thể", "trong do"] {
      let candidate = text[index..<end].prefix(joiner.count)
      if VietnameseFolding.fold(String(candidate)) == VietnameseFolding.fold(joiner) {
        index = candidate.endIndex
        skipNonLetters()
      }
    }
    return index < end ? index : end
  }

  /// Half a unit of the last digit written: how far a rounded figure may be from the exact sum.
  var tolerance: Decimal { Self.tolerance(forWritten: number, unit: unit) }

  /// Half a unit of the last digit of `number` written in `unit`, in million đồng.
  static func tolerance(forWritten number: String, unit: MoneyUnit) -> Decimal {
    var decimals = 0
    if let comma = number.lastIndex(of: ",") { decimals = number.distance(from: comma, to: number.endIndex) - 1 }
    var step: Decimal = 1
    for _ in 0..<min(decimals, 9) { step /= 10 }
    return unit.toMillions(step) / 2
  }
}

/// What the plan itself says it spends on information security, in running text: "Kinh phí
/// cho các nhiệm vụ bảo đảm an toàn thông tin là 800 triệu đồng, chiếm 12% tổng kinh phí".
/// The amount, the share, or both; a commitment ("dành tối thiểu 10% … cho an toàn thông tin")
/// is not a statement of what the plan spends.
struct SecurityStatement {
  /// The security amount, when the sentence gives one.
  let amount: StatedAmount?
  /// The share in percent, when the sentence gives one.
  let share: Decimal?
  /// The share as written ("7,5%").
  let shareWritten: String?
  /// Where the share's number starts in the block text.
  let shareStart: String.Index?
  /// The years the sentence names ("năm 2021"): a per-year statement in a multi-year plan.
  let years: Set<Int>
  let blockIndex: Int

  /// Where a finding about the statement points: its share, else its amount.
  var start: String.Index? { shareStart ?? amount?.range.lowerBound }

  /// How far the written share may be from the exact one: one unit of its last digit (plans
  /// round or cut the figure).
  var shareTolerance: Decimal {
    guard let shareWritten else { return 0 }
    let digits = shareWritten.filter { $0.isASCIIDigit || $0 == "," || $0 == "." }
    var decimals = 0
    if let comma = digits.lastIndex(where: { $0 == "," || $0 == "." }) { decimals = digits.distance(from: comma, to: digits.endIndex) - 1 }
    var step: Decimal = 1
    for _ in 0..<min(decimals, 6) { step /= 10 }
    return step
  }

  /// Words just before a share that state it as the plan's figure ("chiếm 12%", "bằng 12%").
  static let shareVerbs = ["chiem", "bang", "tuong duong", "dat", "ty le", "ti le", "tuong ung"]
  /// Words just before a share that make it a floor or a target, not a figure.
  static let qualifiers = [
    "toi thieu", "it nhat", "tren", "khong duoi", "khong thap hon", "khong it hon", "khoang", "gan", "toi da", "duoi", "hon", "phan dau",
  ]
  /// Words that make a security phrase a spending one.
  static let spendingWords = ["kinh phi", "chi", "von", "ngan sach", "du toan", "tong muc"]

  /// The security statements in `text` (block `blockIndex`), one per sentence that names
  /// security spending with an amount or a share.
  static func all(in text: String, blockIndex: Int, vocabulary: SecurityVocabulary) -> [SecurityStatement] {
    let amounts = StatedAmount.all(in: text)
    var result: [SecurityStatement] = []
    for sentence in sentences(in: text) {
      let inSentence = amounts.filter { sentence.contains($0.range.lowerBound) }
      let amount = inSentence.first { vocabulary.matches($0.label) }
      var share: (Decimal, String, String.Index)?
      for (value, written, range) in percents(in: text, within: sentence) {
        let before = text[sentence.lowerBound..<range.lowerBound]
        let lastWords = " " + VietnameseFolding.titleKey(String(before)).split(separator: " ").suffix(4).joined(separator: " ") + " "
        guard shareVerbs.contains(where: { lastWords.contains(" \($0) ") }) || before.last == "(",
          !qualifiers.contains(where: { lastWords.contains(" \($0) ") })
        else { continue }
        // The share is the security one: it follows the security amount, or the words before
        // it name security spending ("Kinh phí bảo đảm an toàn thông tin chiếm 12%").
        let prefixKey = " " + VietnameseFolding.titleKey(String(before)) + " "
        let namesSecurity =
          amount.map { $0.range.lowerBound < range.lowerBound }
          ?? (vocabulary.matches(String(before)) && spendingWords.contains { prefixKey.contains(" \($0) ") })
        guard namesSecurity, value <= 100 else { continue }
        share = (value, written, range.lowerBound)
        break
      }
      guard amount != nil || share != nil else { continue }
      let years = Set(VietnameseDate.years(in: String(text[sentence])).map(\.year))
      result.append(
        SecurityStatement(
          amount: amount, share: share?.0, shareWritten: share?.1, shareStart: share?.2, years: years, blockIndex: blockIndex))
    }
    return result
  }

  /// The sentences of `text`: split at ";", a line break, or "." before a space (not the "."
  /// inside "6.630").
  static func sentences(in text: String) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      let ends = character == ";" || character.isNewline || (character == "." && (next == text.endIndex || text[next] == " "))
      if ends {
        if start < index { result.append(start..<index) }
        start = next
      }
      index = next
    }
    if start < text.endIndex { result.append(start..<text.endIndex) }
    return result
  }

  /// Every "N%" in `range` of `text`: its value, as written, and where the number is.
  static func percents(in text: String, within range: Range<String.Index>) -> [(Decimal, String, Range<String.Index>)] {
    var result: [(Decimal, String, Range<String.Index>)] = []
    var index = range.lowerBound
    while index < range.upperBound, let percent = text[index..<range.upperBound].firstIndex(of: "%") {
      var end = percent
      while end > range.lowerBound, text[text.index(before: end)] == " " || text[text.index(before: end)] == "\u{00A0}" {
        end = text.index(before: end)
      }
      var start = end
      while start > range.lowerBound, text[text.index(before: start)].isASCIIDigit || ",.".contains(text[text.index(before: start)]) {
        start = text.index(before: start)
      }
      if start < end, let value = VietnameseNumber.number(in: String(text[start..<end])) {
        result.append((value, String(text[start...percent]), start..<end))
      }
      index = text.index(after: percent)
    }
    return result
  }
}
