/// The issuance date a citation gives, kept as written so an impossible one ("31/02/2020",
/// "17/10/20178") can be reported rather than silently dropped.
public struct CitationDate: Sendable, Hashable {
  /// Why a written date names no day of the calendar.
  public enum Problem: Sendable, Hashable {
    case month(Int)
    case day(Int, month: Int)
    /// The year has this many digits instead of four.
    case yearDigits(Int)
  }

  /// As written, from the day's first digit ("27/ 9/2019", "10 tháng 4 năm 2007").
  public let text: String
  public let day: Int
  public let month: Int
  public let year: Int
  /// How many digits the year was written with.
  public let yearDigits: Int

  public init(text: String, day: Int, month: Int, year: Int, yearDigits: Int) {
    self.text = text
    self.day = day
    self.month = month
    self.year = year
    self.yearDigits = yearDigits
  }

  /// The calendar day, nil when the date is impossible.
  public var date: CivilDate? { problem == nil ? CivilDate(year: year, month: month, day: day) : nil }

  public var problem: Problem? {
    if yearDigits != 4 { return .yearDigits(yearDigits) }
    if !(1...12).contains(month) { return .month(month) }
    if day < 1 || day > CivilDate.daysIn(month: month, year: year) { return .day(day, month: month) }
    return nil
  }

  /// "ngày 10/4/2007", "10/04/2007", "ngày 27/ 9/2019", "ngày 10 tháng 4 năm 2007", "ngày17/8/2015"
  /// at `start` (after white space and an optional comma). Without "ngày" only the numeric form
  /// counts, and only when `bare` allows it (right after a number). Returns the date and the
  /// offsets it spans, from the day's first digit.
  static func scan(_ text: ScanText, at start: Int, bare: Bool) -> (CitationDate, Range<Int>)? {
    var position = text.skipSpaces(start)
    if text.character(position) == "," { position = text.skipSpaces(position + 1) }
    var sawDayWord = false
    if let end = dayWord(text, at: position) {
      sawDayWord = true
      position = text.skipSpaces(end)
    }
    guard sawDayWord || bare else { return nil }
    guard let day = text.digits(at: position, maximum: 2) else { return nil }
    let dayStart = position
    if let (month, year, end) = numericRest(text, after: day.end) ?? (sawDayWord ? wordsRest(text, after: day.end) : nil) {
      let date = CitationDate(
        text: text.text(dayStart..<end), day: day.value, month: month, year: year.value, yearDigits: year.count)
      return (date, dayStart..<end)
    }
    return nil
  }

  private static let ngay = ScanText.word("ngay")
  private static let thang = ScanText.word("thang")
  private static let nam = ScanText.word("nam")

  /// "ngày", also glued to the digits ("ngày17/8/2015").
  private static func dayWord(_ text: ScanText, at start: Int) -> Int? {
    guard text.hasPrefix(ngay, at: start), !text.isLetter(start + 4) else { return nil }
    return start + 4
  }

  /// "/4/2007", "/ 9/2019", "-4-2007", ".4.2007": the separator repeated, spaces allowed.
  private static func numericRest(_ text: ScanText, after dayEnd: Int) -> (Int, (value: Int, count: Int, end: Int), Int)? {
    var position = text.skipSpaces(dayEnd)
    guard let separator = text.character(position), "/-.".unicodeScalars.contains(separator) else { return nil }
    position = text.skipSpaces(position + 1)
    guard let month = text.digits(at: position, maximum: 2) else { return nil }
    position = text.skipSpaces(month.end)
    guard text.character(position) == separator else { return nil }
    position = text.skipSpaces(position + 1)
    guard let year = text.digits(at: position, maximum: 8), !text.isLetter(year.end) else { return nil }
    return (month.value, year, year.end)
  }

  /// " tháng 4 năm 2007".
  private static func wordsRest(_ text: ScanText, after dayEnd: Int) -> (Int, (value: Int, count: Int, end: Int), Int)? {
    var position = text.skipSpaces(dayEnd)
    guard let afterMonthWord = text.match(word: thang, at: position) else { return nil }
    position = text.skipSpaces(afterMonthWord)
    guard let month = text.digits(at: position, maximum: 2) else { return nil }
    position = text.skipSpaces(month.end)
    guard let afterYearWord = text.match(word: nam, at: position) else { return nil }
    position = text.skipSpaces(afterYearWord)
    guard let year = text.digits(at: position, maximum: 8), !text.isLetter(year.end) else { return nil }
    return (month.value, year, year.end)
  }
}
