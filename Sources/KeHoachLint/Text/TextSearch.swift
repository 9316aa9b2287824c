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
      // One character in, one character out: the first scalar folded (a base letter for NFC
      // and NFD alike).
      guard let first = character.unicodeScalars.first else { continue }
      if character.isWhitespace {
        result.append(" ")
      } else if let folded = VietnameseFolding.foldScalar(first), let letter = folded.first {
        result.unicodeScalars.append(letter)
      } else {
        result.append(character)
      }
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
    // Counts match by construction; the limits only guard odd input (a lone combining mark).
    let lower = original.index(original.startIndex, offsetBy: start, limitedBy: original.endIndex) ?? original.endIndex
    return lower..<(original.index(lower, offsetBy: length, limitedBy: original.endIndex) ?? original.endIndex)
  }
}

/// A text prepared for regular expressions: matched in NFC, so patterns written in NFC also
/// find NFD drafts (both have the same characters), with results as ranges of the original.
public struct PatternText: Sendable {
  public let original: String
  let nfc: String
  let isNFC: Bool

  public init(_ text: String) {
    original = text
    nfc = text.precomposedStringWithCanonicalMapping
    isNFC = nfc.utf8.elementsEqual(text.utf8)
  }

  public func matches(_ expression: NSRegularExpression) -> [Range<String.Index>] {
    let whole = NSRange(nfc.startIndex..<nfc.endIndex, in: nfc)
    return expression.matches(in: nfc, range: whole).compactMap { match in
      guard let range = Range(match.range, in: nfc) else { return nil }
      if isNFC { return range }
      let start = nfc.distance(from: nfc.startIndex, to: range.lowerBound)
      let length = nfc.distance(from: range.lowerBound, to: range.upperBound)
      let lower = original.index(original.startIndex, offsetBy: start, limitedBy: original.endIndex) ?? original.endIndex
      return lower..<(original.index(lower, offsetBy: length, limitedBy: original.endIndex) ?? original.endIndex)
    }
  }
}
