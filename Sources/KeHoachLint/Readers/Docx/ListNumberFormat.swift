/// Renders a list counter in one of Word's number formats (`w:numFmt`).
enum ListNumberFormat {
  /// The counter `value` as Word draws it for `format`; "" for bullets and `none`.
  /// Unknown formats (chineseCounting, vietnameseCounting, cardinalText…) fall back to decimal.
  static func render(_ value: Int, format: String, custom: String? = nil) -> String {
    switch format {
    case "decimal": return String(value)
    case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
    case "upperRoman": return roman(value).uppercased()
    case "lowerRoman": return roman(value)
    case "upperLetter": return letters(value).uppercased()
    case "lowerLetter": return letters(value)
    case "none", "bullet": return ""
    case "ordinal": return String(value) + ordinalSuffix(value)
    case "custom": return customPadded(value, custom)
    default: return String(value)
    }
  }

  /// Lower-case Roman numerals; zero and negatives stay decimal.
  static func roman(_ value: Int) -> String {
    value > 0 ? RomanNumeral.numeral(for: value).lowercased() : String(value)
  }

  /// Word's letters: a…z, then aa…zz, aaa… (the same letter repeated). Word has no "đ":
  /// a Vietnamese "đ)" point is typed, never generated, so this is what is on screen.
  static func letters(_ value: Int) -> String {
    guard value > 0 else { return String(value) }
    let letter = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static func ordinalSuffix(_ value: Int) -> String {
    if (10...20).contains(value % 100) { return "th" }
    switch value % 10 {
    case 1: return "st"
    case 2: return "nd"
    case 3: return "rd"
    default: return "th"
    }
  }

  /// `custom` with `w:format="001, 002, 003, ..."`: zero-padded to the sample's width.
  private static func customPadded(_ value: Int, _ sample: String?) -> String {
    guard let sample else { return String(value) }
    let first = sample.drop(while: { $0 == " " }).prefix { $0.isNumber }
    guard first.count > 1, first.hasSuffix("1"), first.dropLast().allSatisfy({ $0 == "0" }) else { return String(value) }
    let digits = String(value)
    return String(repeating: "0", count: max(0, first.count - digits.count)) + digits
  }
}
