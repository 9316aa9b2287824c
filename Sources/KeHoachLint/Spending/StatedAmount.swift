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
