import Foundation

/// What a cell or phrase meant to say as a number.
public enum ParsedNumber: Sendable, Hashable {
  /// A number, exactly as written (decimal, never binary floating point).
  case value(Decimal)
  /// Explicitly no number: an empty cell, "-", "–", "x".
  case none
  /// Something that is neither: the text as written, for the message.
  case invalid(String)

  /// The number, nil for `.none` and `.invalid`.
  public var value: Decimal? {
    if case .value(let number) = self { return number }
    return nil
  }
}

/// Numbers written the Vietnamese way: "." groups thousands, "," marks decimals
/// ("4.000" = 4000, "1.234,5" = 1234,5, "0,5"). Drafts typed on English keyboards also write
/// "1,234.5" or "1.5"; those are read when the grouping leaves no doubt.
public enum VietnameseNumber {
  /// Texts that mean "no amount" rather than zero or a mistake.
  static let noneMarks: Set<String> = ["", "-", "–", "—", "x", "…", "..."]

  /// Parses a whole cell or phrase; never traps, whatever the input.
  public static func parse(_ text: String) -> ParsedNumber {
    let trimmed = text.trimmingScalars { $0 == "*" || VietnameseFolding.isSpace($0) }
    if noneMarks.contains(trimmed.lowercased()) { return .none }
    guard let number = number(in: trimmed) else { return .invalid(trimmed) }
    return .value(number)
  }

  /// The number a token such as "12.500.000", "-3,5" or "1 234" stands for, nil otherwise.
  public static func number(in token: String) -> Decimal? {
    var characters = Array(token.filter { !$0.isWhitespace })
    var negative = false
    if let first = characters.first, first == "-" || first == "−" || first == "+" {
      negative = first != "+"
      characters.removeFirst()
    }
    guard !characters.isEmpty, characters.count <= 40, characters.first?.isASCIIDigit == true,
      characters.last?.isASCIIDigit == true, characters.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "," })
    else { return nil }
    guard let (integer, fraction) = split(characters) else { return nil }
    let plain = fraction.isEmpty ? integer : integer + "." + fraction
    guard let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
    return negative ? -value : value
  }

  /// The integer digits and fraction digits, after deciding which mark groups and which
  /// separates decimals.
  private static func split(_ characters: [Character]) -> (String, String)? {
    let dots = characters.filter { $0 == "." }.count
    let commas = characters.filter { $0 == "," }.count
    let decimalMark: Character?
    switch (dots, commas) {
    case (0, 0): decimalMark = nil
    case (_, 0):
      // "4.000" and "12.500.000" group thousands; a lone "1.5" is an English decimal point.
      decimalMark = dots == 1 && digitsAfterLast(".", in: characters) != 3 ? "." : nil
    case (0, _):
      // "0,5" and "1.234,5" are decimals; "1,234,567" groups thousands the English way.
      decimalMark = commas == 1 ? "," : nil
    default:
      // Both: whichever comes last separates decimals, and may appear only once.
      let last = characters.last { $0 == "." || $0 == "," } ?? ","
      guard characters.filter({ $0 == last }).count == 1 else { return nil }
      decimalMark = last
    }
    var integerPart = characters
    var fraction: [Character] = []
    if let decimalMark, let position = characters.lastIndex(of: decimalMark) {
      integerPart = Array(characters[..<position])
      fraction = Array(characters[(position + 1)...])
      guard fraction.allSatisfy(\.isASCIIDigit) else { return nil }
    }
    let groups = integerPart.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
    guard let head = groups.first, !head.isEmpty, head.count <= (groups.count > 1 ? 3 : 40),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    return (groups.map { String($0) }.joined(), String(fraction))
  }

  private static func digitsAfterLast(_ mark: Character, in characters: [Character]) -> Int {
    guard let position = characters.lastIndex(of: mark) else { return 0 }
    return characters.distance(from: position, to: characters.endIndex) - 1
  }

  /// "4.000", "1.234,5" (Vietnamese) or "4,000", "1,234.5" (English): how a reader expects an
  /// amount printed, at most `fractionDigits` decimals, trailing zeros dropped. Every number a
  /// report or message prints goes through here.
  public static func format(_ value: Decimal, fractionDigits: Int = 3, language: Language = .vi) -> String {
    var rounded = Decimal()
    var input = value
    NSDecimalRound(&rounded, &input, fractionDigits, .plain)
    let negative = rounded < 0
    let text = NSDecimalNumber(decimal: negative ? -rounded : rounded).stringValue
    let parts = text.split(separator: ".", maxSplits: 1)
    let integer = String(parts.first ?? "0")
    var grouped = ""
    let (group, point): (Character, String) = language == .vi ? (".", ",") : (",", ".")
    for (offset, digit) in integer.enumerated() {
      if offset > 0, (integer.count - offset) % 3 == 0 { grouped.append(group) }
      grouped.append(digit)
    }
    if parts.count == 2 { grouped += point + parts[1] }
    return (negative ? "-" : "") + grouped
  }

  /// The percentages in a text ("1%", "1,5 %").
  public static func percents(in text: String) -> [Decimal] {
    var result: [Decimal] = []
    var index = text.startIndex
    while let percent = text[index...].firstIndex(of: "%") {
      var start = percent
      while start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
      let end = start
      while start > text.startIndex, text[text.index(before: start)].isASCIIDigit || ",.".contains(text[text.index(before: start)]) {
        start = text.index(before: start)
      }
      if let value = number(in: String(text[start..<end])) { result.append(value) }
      index = text.index(after: percent)
    }
    return result
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }

}
