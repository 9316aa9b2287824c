import Foundation

/// Comparison keys for Vietnamese text.
///
/// Drafts write the same title in capitals or not, NFC or NFD, with or without diacritics
/// (typed on a keyboard without Telex), so titles are compared on a folded key: diacritics
/// removed, đ/Đ → d, lower case, runs of white space and dashes collapsed.
public enum VietnameseFolding {
  /// The folded comparison key of `text`.
  public static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace {
        scalars.append(" ")
        pendingSpace = false
      }
      switch scalar {
      case "đ", "Đ": scalars.append("d")
      case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": scalars.append("-")
      default:
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(lowered) }
      }
    }
    return String(scalars)
  }

  /// The folded key with punctuation dropped, for matching titles loosely
  /// ("MỤC TIÊU CỤ THỂ:" = "Mục tiêu cụ thể").
  public static func titleKey(_ text: String) -> String {
    let folded = fold(text)
    var result = ""
    var pendingSpace = false
    for character in folded {
      if character.isLetter || character.isNumber {
        if pendingSpace && !result.isEmpty { result.append(" ") }
        pendingSpace = false
        result.append(character)
      } else {
        pendingSpace = true
      }
    }
    return result
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
