/// A visible section label: "Phần II", "IV.", "3.", "3.2.", "a)", "đ)".
public struct SectionLabel: Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Style: String, Sendable, Hashable, Codable {
    /// "Phần I", "PHẦN 2".
    case part
    /// "I.", "IV.".
    case roman
    /// "A.", "B." (upper-case letters that are not Roman numerals).
    case upperLetter
    /// "1.", "2)".
    case arabic
    /// "1.1.", "2.3" — numbered sub-items.
    case dottedArabic
    /// "a)", "đ)": points, in the Vietnamese alphabet.
    case letter
  }

  public let style: Style
  /// The ordinal: 1 for "I.", "1.", "a)", "Phần I"; for dotted labels, the last component.
  public let value: Int
  /// All components of a dotted label ([3, 2] for "3.2."); one element otherwise.
  public let components: [Int]
  /// The label as written, without trailing white space ("IV.", "Phần I").
  public let text: String

  public var description: String { text }

  /// The label as the administrative style writes it: "Phần II", "VI.", "6.", "a)".
  public var standardText: String {
    switch style {
    case .part: "Phần \(RomanNumeral.numeral(for: value))"
    case .roman: "\(RomanNumeral.numeral(for: value))."
    case .upperLetter: String(UnicodeScalar(64 + min(max(value, 1), 26)).map(Character.init) ?? "?") + "."
    case .arabic: "\(value)."
    case .dottedArabic: components.map(String.init).joined(separator: ".") + "."
    case .letter: (VietnameseAlphabet.points.indices.contains(value - 1) ? VietnameseAlphabet.points[value - 1] : "?") + ")"
    }
  }

  /// A Roman section written otherwise than "VI." or "VI)": with a dash ("VI - LỘ TRÌNH") or
  /// with an Arabic number that continues the Roman series ("6. LỘ TRÌNH" after "V.").
  public var isIrregular: Bool {
    guard style == .roman else { return false }
    if let last = text.last, last == "-" || last == "–" { return true }
    return RomanNumeral.value(of: String(text.prefix { $0.isLetter })) != value
  }

  /// The same label given another style and value, keeping the text as written (an Arabic
  /// number read as the Roman section it stands for).
  func restyled(_ newStyle: Style) -> SectionLabel {
    SectionLabel(style: newStyle, value: value, components: [value], text: text)
  }

  /// Whether two labels name the same place ("Phần thứ nhất" and "Phần I", "VI" and "VI.").
  public func sameOrdinal(as other: SectionLabel) -> Bool {
    style == other.style && components == other.components
  }

  /// The depth of this style in a plan's outline: Phần above Roman above Arabic above letters.
  public var rank: Int {
    switch style {
    case .part: 1
    case .upperLetter: 2
    case .roman: 3
    case .arabic: 4
    case .dottedArabic: 4 + components.count - 1
    case .letter: 8
    }
  }
}

/// Finds the label at the start of a line of text.
public enum SectionLabelParser {
  /// The label at the start of `text` and the index where the title after it begins, or nil.
  public static func parse(_ text: String) -> (label: SectionLabel, titleStart: String.Index)? {
    let scalars = Array(text.unicodeScalars.prefix(40))
    guard !scalars.isEmpty else { return nil }
    if let part = parsePart(text) { return part }
    var index = 0
    // Digits: "1.", "1)", "1.2.", "1.2"
    if scalars[0].properties.numericType == .decimal, scalars[0].isASCII {
      var components: [Int] = []
      var current = 0
      var digits = 0
      var sawSeparator = false
      while index < scalars.count {
        let scalar = scalars[index]
        if scalar.isASCII, let digit = Int(String(scalar)) {
          current = current * 10 + digit
          digits += 1
          if digits > 3 { return nil }
          index += 1
        } else if scalar == "." && digits > 0 {
          components.append(current)
          current = 0
          digits = 0
          sawSeparator = true
          index += 1
        } else if scalar == ")" && digits > 0 && components.isEmpty {
          components.append(current)
          digits = 0
          sawSeparator = true
          index += 1
          break
        } else {
          break
        }
      }
      if digits > 0 {
        // "1.2 Title": a trailing component with no dot, only after a dot.
        guard !components.isEmpty else { return nil }
        components.append(current)
      }
      guard sawSeparator, !components.isEmpty, components.allSatisfy({ $0 > 0 }) else { return nil }
      guard let titleStart = titleStart(in: text, afterScalars: index) else { return nil }
      let written = String(String.UnicodeScalarView(scalars[0..<index]))
      let style: SectionLabel.Style = components.count > 1 ? .dottedArabic : .arabic
      return (SectionLabel(style: style, value: components.last!, components: components, text: written), titleStart)
    }
    // Letters: "a)", "đ)"; upper-case Roman or letter "IV.", "B."
    var letters = String.UnicodeScalarView()
    while index < scalars.count, index < 8, scalars[index].properties.isAlphabetic {
      letters.append(scalars[index])
      index += 1
    }
    guard !letters.isEmpty, index < scalars.count else { return nil }
    let word = String(letters)
    let separator = scalars[index]
    if separator == ")", word.count == 1, let ordinal = VietnameseAlphabet.ordinal(ofPoint: word) {
      guard let titleStart = titleStart(in: text, afterScalars: index + 1) else { return nil }
      return (SectionLabel(style: .letter, value: ordinal, components: [ordinal], text: word + ")"), titleStart)
    }
    // "VI - LỘ TRÌNH THỰC HIỆN": a Roman numeral, a spaced dash, the title.
    if separator == " ", index + 2 < scalars.count, scalars[index + 1] == "-" || scalars[index + 1] == "–",
      scalars[index + 2] == " ", let roman = RomanNumeral.value(of: word), roman <= 39,
      let titleStart = titleStart(in: text, afterScalars: index + 2)
    {
      let written = word + " " + String(scalars[index + 1])
      return (SectionLabel(style: .roman, value: roman, components: [roman], text: written), titleStart)
    }
    guard separator == "." || separator == ")" else { return nil }
    guard let titleStart = titleStart(in: text, afterScalars: index + 1) else { return nil }
    if let roman = RomanNumeral.value(of: word), roman <= 39 {
      return (SectionLabel(style: .roman, value: roman, components: [roman], text: word + String(separator)), titleStart)
    }
    if word.count == 1, let upper = word.unicodeScalars.first, upper.isASCII, upper.properties.isUppercase {
      let ordinal = Int(upper.value) - 64
      return (SectionLabel(style: .upperLetter, value: ordinal, components: [ordinal], text: word + "."), titleStart)
    }
    return nil
  }

  /// Ordinal words of "Phần thứ nhất", "PHẦN THỨ HAI", folded.
  static let partOrdinals = [
    "nhat": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
  ]

  /// "Phần I", "PHẦN II.", "Phần 2:", "Phần thứ nhất", "PHẦN THỨ HAI".
  private static func parsePart(_ text: String) -> (label: SectionLabel, titleStart: String.Index)? {
    let folded = VietnameseFolding.fold(String(text.prefix(20)))
    guard folded.hasPrefix("phan ") else { return nil }
    var rest = text.dropFirst(4).drop(while: { $0 == " " || $0 == "\u{00A0}" })
    var numeral = rest.prefix(while: { $0.isLetter || $0.isNumber })
    guard !numeral.isEmpty else { return nil }
    var ordinal: Int?
    if VietnameseFolding.fold(String(numeral)) == "thu" {
      let afterThu = rest.dropFirst(numeral.count).drop(while: { $0 == " " || $0 == "\u{00A0}" })
      let word = afterThu.prefix(while: \.isLetter)
      guard let found = partOrdinals[VietnameseFolding.fold(String(word))] else { return nil }
      ordinal = found
      numeral = rest[rest.startIndex..<word.endIndex]
    }
    let value: Int
    if let ordinal {
      value = ordinal
    } else if let arabic = Int(numeral) {
      value = arabic
    } else if let roman = RomanNumeral.value(of: String(numeral).uppercased()), String(numeral) == String(numeral).uppercased() {
      value = roman
    } else {
      return nil
    }
    rest = rest.dropFirst(numeral.count)
    let written = String(text[text.startIndex..<rest.startIndex])
    while let first = rest.first, first == "." || first == ":" || first == "-" || first == "–" || first == " " || first == "\u{00A0}" {
      rest = rest.dropFirst()
    }
    guard value > 0 else { return nil }
    return (SectionLabel(style: .part, value: value, components: [value], text: written), rest.startIndex)
  }

  /// The label must be followed by white space (or the end of the line); the title starts
  /// after it. "1.000 đồng" and "2022-2023" are not labels.
  private static func titleStart(in text: String, afterScalars count: Int) -> String.Index? {
    let scalars = text.unicodeScalars
    let afterLabel = scalars.index(scalars.startIndex, offsetBy: count)
    if afterLabel == scalars.endIndex { return text.endIndex }
    guard scalars[afterLabel].properties.isWhitespace else { return nil }
    var index = afterLabel
    while index < scalars.endIndex, scalars[index].properties.isWhitespace { index = scalars.index(after: index) }
    return index.samePosition(in: text) ?? text.endIndex
  }
}

/// Roman numerals as used for plan sections.
public enum RomanNumeral {
  private static let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]

  /// The value of a well-formed upper-case Roman numeral, or nil ("IIII", "VX" are not).
  public static func value(of text: String) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ digits[$0] != nil }) else { return nil }
    var total = 0
    let values = text.map { digits[$0]! }
    for (offset, value) in values.enumerated() {
      if offset + 1 < values.count, value < values[offset + 1] { total -= value } else { total += value }
    }
    return total > 0 && numeral(for: total) == text ? total : nil
  }

  /// The canonical numeral for 1…3999.
  public static func numeral(for value: Int) -> String {
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, symbol) in table {
      while rest >= amount {
        result += symbol
        rest -= amount
      }
    }
    return result
  }
}

/// The alphabet of points ("điểm") in Vietnamese administrative documents: a, b, c, d, đ, e,
/// g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y — no f, j, w, z.
public enum VietnameseAlphabet {
  public static let points: [String] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
  ]

  /// 1-based position of a point letter; letters outside the alphabet (f, j, w, z) get the
  /// position they would have after the one before them, so "f)" after "e)" reads as a
  /// seventh point that the numbering rule can flag.
  public static func ordinal(ofPoint letter: String) -> Int? {
    let lowered = letter.precomposedStringWithCanonicalMapping
    guard lowered.count == 1, let character = lowered.first, character.isLowercase else { return nil }
    if let index = points.firstIndex(of: lowered) { return index + 1 }
    switch lowered {
    case "f": return 7
    case "j": return 10
    case "w": return 22
    case "z": return 24
    default: return nil
    }
  }
}
