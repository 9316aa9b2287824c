import Foundation

/// Finding phrases in a block's text regardless of case, diacritics and normalisation, with
/// results as indices into the original text (so locations come from the model).
public struct FoldedText: Sendable {
  public let original: String
  /// One folded character per original character (grapheme), so offsets carry over.
  public let folded: String

  public init(_ text: String) {
    original = text
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      let key = VietnameseFolding.fold(String(character))
      result.append(key.first ?? (character.isWhitespace ? " " : character))
    }
    folded = result
  }

  /// Ranges in `original` where `phrase` (folded) occurs.
  public func ranges(of phrase: String) -> [Range<String.Index>] {
    let needle = VietnameseFolding.fold(phrase)
    guard !needle.isEmpty else { return [] }
    var result: [Range<String.Index>] = []
    var searchStart = folded.startIndex
    while let found = folded.range(of: needle, range: searchStart..<folded.endIndex) {
      result.append(originalRange(found))
      searchStart = found.upperBound
    }
    return result
  }

  public func contains(_ phrase: String) -> Bool { !ranges(of: phrase).isEmpty }

  /// The original range for a range of `folded` (same character offsets).
  public func originalRange(_ range: Range<String.Index>) -> Range<String.Index> {
    let start = folded.distance(from: folded.startIndex, to: range.lowerBound)
    let length = folded.distance(from: range.lowerBound, to: range.upperBound)
    let lower = original.index(original.startIndex, offsetBy: start)
    return lower..<original.index(lower, offsetBy: length)
  }
}

/// Regular-expression matches reported as ranges of the original text; the text is matched
/// in NFC so patterns written in NFC also find NFD drafts (both have the same characters).
public enum PatternMatcher {
  public static func matches(_ expression: NSRegularExpression, in text: String) -> [Range<String.Index>] {
    let nfc = text.precomposedStringWithCanonicalMapping
    let whole = NSRange(nfc.startIndex..<nfc.endIndex, in: nfc)
    return expression.matches(in: nfc, range: whole).compactMap { match in
      guard let range = Range(match.range, in: nfc) else { return nil }
      if nfc == text { return range }
      let start = nfc.distance(from: nfc.startIndex, to: range.lowerBound)
      let length = nfc.distance(from: range.lowerBound, to: range.upperBound)
      let lower = text.index(text.startIndex, offsetBy: start)
      return lower..<text.index(lower, offsetBy: length)
    }
  }
}
