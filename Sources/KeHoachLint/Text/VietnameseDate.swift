/// Dates, years and time frames as Vietnamese plans write them: "31/12/2025", "ngày 15 tháng
/// 9 năm 2020", "2022-2023", "Quý III/2021".
public enum VietnameseDate {
  /// A date found in a text and where it is.
  public struct Mention: Sendable, Hashable {
    public let date: CivilDate
    public let range: Range<String.Index>
  }

  /// A year found in a text and where it is.
  public struct YearMention: Sendable, Hashable {
    public let year: Int
    public let range: Range<String.Index>
  }

  /// The years a plan can mean. A year inside a date or a document number ("64/2007/NĐ-CP") is
  /// still found: callers decide what to ignore.
  static let plausibleYears = 1945...2100

  /// "15/9/2020" or "2020-09-15", as rule packs write dates.
  public static func parse(_ text: String) -> CivilDate? {
    let trimmed = text.trimmingSpaces()
    if let date = CivilDate(dayMonthYear: trimmed) { return date }
    let dashed = trimmed.split(separator: "-").map { Int($0) }
    if dashed.count == 3, let year = dashed[0], let month = dashed[1], let day = dashed[2], year > 31 {
      return CivilDate(year: year, month: month, day: day)
    }
    return nil
  }

  /// The date of a folded "ngay 15 thang 9 nam 2020" (a header's date line after the place),
  /// with whatever parts are filled in: a draft often leaves the day and month blank
  /// ("ngày    tháng 9 năm 2020"), and its year still bounds the plan's date.
  static func wordedDate(_ folded: String) -> (date: CivilDate?, year: Int?) {
    let tokens = folded.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
    let numbers = ["ngay", "thang", "nam"].map { word -> Int? in
      guard let position = tokens.firstIndex(of: word), position + 1 < tokens.count else { return nil }
      return Int(tokens[position + 1].trimmingCharacters(in: .punctuationCharacters))
    }
    guard let day = numbers[0], let month = numbers[1], let year = numbers[2] else { return (nil, numbers[2]) }
    return (CivilDate(year: year, month: month, day: day), year)
  }

  /// Every full date in `text`: "d/m/yyyy", "d-m-yyyy", "d.m.yyyy" and "ngày d tháng m năm yyyy".
  public static func dates(in text: String) -> [Mention] {
    var result: [Mention] = []
    let numbers = numberRuns(in: text)
    var index = 0
    while index + 2 < numbers.count {
      let (first, second, third) = (numbers[index], numbers[index + 1], numbers[index + 2])
      let gap1 = text[first.range.upperBound..<second.range.lowerBound]
      let gap2 = text[second.range.upperBound..<third.range.lowerBound]
      let numeric = gap1 == gap2 && (gap1 == "/" || gap1 == "-" || gap1 == ".")
      // " tháng " is short: longer gaps are not worth folding.
      let worded = !numeric && gap1.utf8.count < 24 && gap2.utf8.count < 24 && isWord(gap1, "thang") && isWord(gap2, "nam")
      if numeric || worded, third.digits == 4, let date = CivilDate(year: third.value, month: second.value, day: first.value) {
        result.append(Mention(date: date, range: first.range.lowerBound..<third.range.upperBound))
        index += 3
      } else {
        index += 1
      }
    }
    return result
  }

  /// Every four-digit year in `text` that is not part of a longer number.
  public static func years(in text: String) -> [YearMention] {
    numberRuns(in: text).filter { $0.digits == 4 && plausibleYears.contains($0.value) }
      .map { YearMention(year: $0.value, range: $0.range) }
  }

  /// The years a time frame covers ("2022-2023" → 2022...2023, "Quý III/2021" → 2021...2021,
  /// "Hàng năm" → nil), with where each year is written.
  public static func timeFrame(_ text: String) -> (years: ClosedRange<Int>, mentions: [YearMention])? {
    let mentions = years(in: text)
    guard let low = mentions.map(\.year).min(), let high = mentions.map(\.year).max() else { return nil }
    return (low...high, mentions)
  }

  private struct NumberRun {
    let value: Int
    let digits: Int
    let range: Range<String.Index>
  }

  /// Runs of ASCII digits, at most six long (longer runs are not dates or years). Scans UTF-8:
  /// digits are single bytes, and most of a paragraph is not digits.
  private static func numberRuns(in text: String) -> [NumberRun] {
    var runs: [NumberRun] = []
    let utf8 = text.utf8
    var index = utf8.startIndex
    while let start = utf8[index...].firstIndex(where: isDigit) {
      var end = start
      var value = 0
      var digits = 0
      while end < utf8.endIndex, isDigit(utf8[end]) {
        if digits < 7 { value = value * 10 + Int(utf8[end] - 0x30) }
        digits += 1
        utf8.formIndex(after: &end)
      }
      if digits <= 6 { runs.append(NumberRun(value: value, digits: digits, range: start..<end)) }
      index = end
    }
    return runs
  }

  @inline(__always)
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isWord(_ gap: Substring, _ word: String) -> Bool {
    VietnameseFolding.titleKey(String(gap)) == word
  }
}
