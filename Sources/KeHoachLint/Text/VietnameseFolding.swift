import Foundation

/// Comparison keys for Vietnamese text.
///
/// Drafts write the same title in capitals or not, NFC or NFD, with or without diacritics
/// (typed on a keyboard without Telex), so titles are compared on a folded key: diacritics
/// removed, đ/Đ → d, lower case, runs of white space and dashes collapsed.
public enum VietnameseFolding {
  /// The folded comparison key of `text`.
  public static func fold(_ text: String) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if isSpace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      let value = scalar.value
      if value < 0x80 {
        if pendingSpace { output.append(0x20) }
        pendingSpace = false
        output.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value))
        continue
      }
      guard let folded = foldedUTF8(scalar) else { continue }
      if pendingSpace { output.append(0x20) }
      pendingSpace = false
      output.append(contentsOf: folded)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Whether `scalar` is Latin, a precomposed Vietnamese letter or common punctuation: a text
  /// made only of these is NFC, and each of its scalars is a character of its own (CR aside,
  /// which joins a following LF).
  @inline(__always)
  static func isStableInNFC(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)
  }

  /// Whether `scalar` is sure to be a character (grapheme) of its own, whatever its neighbours:
  /// NFC-stable and not CR. A text made only of these can be scanned scalar by scalar.
  @inline(__always)
  static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool { isStableInNFC(scalar) && scalar != "\r" }

  /// The first scalar of one scalar's folded form ("Ế" → "e"), nil for a combining mark.
  /// Table lookups for the Latin and Vietnamese blocks, so folding a paragraph allocates
  /// nothing per letter.
  static func firstFoldedScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = Int(scalar.value)
    if value < 0x80 { return value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar }
    if value < 0x250 { return latinFirstScalars[value - 0x80] }
    if (0x300...0x36F).contains(value) { return nil }
    if (0x1E00...0x1EFF).contains(value) { return vietnameseFirstScalars[value - 0x1E00] }
    guard let folded = foldedUTF8(scalar) else { return nil }
    return String(decoding: folded, as: UTF8.self).unicodeScalars.first
  }

  private static let latinFirstScalars = latinTable.map(firstScalar)
  private static let vietnameseFirstScalars = vietnameseTable.map(firstScalar)

  private static func firstScalar(_ utf8: [UInt8]?) -> Unicode.Scalar? {
    utf8.flatMap { String(decoding: $0, as: UTF8.self).unicodeScalars.first }
  }

  /// Unicode White_Space.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// UTF-8 of a non-ASCII scalar's folded form, nil when it folds to nothing. The Latin and
  /// Vietnamese letter blocks come from tables made once; other scripts go the slow way.
  @inline(__always)
  private static func foldedUTF8(_ scalar: Unicode.Scalar) -> [UInt8]? {
    let value = Int(scalar.value)
    if value < 0x250 { return latinTable[value - 0x80] }
    if (0x300...0x36F).contains(value) { return nil }
    if (0x1E00...0x1EFF).contains(value) { return vietnameseTable[value - 0x1E00] }
    return slowFold(scalar).map { Array(String($0).utf8) }
  }

  private static let latinTable: [[UInt8]?] = (0x80..<0x250).map(tableEntry)
  private static let vietnameseTable: [[UInt8]?] = (0x1E00..<0x1F00).map(tableEntry)

  private static func tableEntry(_ value: Int) -> [UInt8]? {
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return Array(String(UnicodeScalar(0xFFFD) ?? " ").utf8) }
    return slowFold(scalar).map { Array(String($0).utf8) }
  }

  /// Decomposes, drops combining marks, maps đ/Đ to d and dashes to "-", lowercases.
  private static func slowFold(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView? {
    if scalar.properties.generalCategory == .nonspacingMark { return nil }
    switch scalar {
    case "đ", "Đ": return String.UnicodeScalarView(["d"])
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return String.UnicodeScalarView(["-"])
    default: break
    }
    var result = String.UnicodeScalarView()
    for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
    where part.properties.generalCategory != .nonspacingMark {
      result.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
    }
    return result
  }

  /// The folded key with punctuation dropped, for matching titles loosely
  /// ("MỤC TIÊU CỤ THỂ:" = "Mục tiêu cụ thể").
  public static func titleKey(_ text: String) -> String {
    String(decoding: titleKeyBytes(text), as: UTF8.self)
  }

  /// The UTF-8 of `titleKey(text)`, for callers that only split or hash it.
  static func titleKeyBytes(_ text: String) -> [UInt8] {
    let folded = fold(text)
    var output: [UInt8] = []
    output.reserveCapacity(folded.utf8.count)
    var pendingSpace = false
    // Folding leaves ASCII for Latin and Vietnamese letters, so most scalars are decided
    // without Unicode property lookups.
    for scalar in folded.unicodeScalars {
      let value = scalar.value
      let isWordScalar =
        value < 0x80
        ? (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      guard isWordScalar else {
        pendingSpace = true
        continue
      }
      if pendingSpace && !output.isEmpty { output.append(0x20) }
      pendingSpace = false
      if value < 0x80 {
        output.append(UInt8(value))
      } else {
        output.append(contentsOf: String(scalar).utf8)
      }
    }
    return output
  }

  /// Whether the text has letters and none of them is lower case ("CĂN CỨ LẬP KẾ HOẠCH").
  public static func isUpperCase(_ text: String) -> Bool {
    var sawLetter = false
    for character in text where character.isLetter {
      sawLetter = true
      if character.isLowercase { return false }
    }
    return sawLetter
  }
}
