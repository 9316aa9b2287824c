import Foundation

/// Finding phrases in a block's text regardless of case, diacritics and normalisation, with
/// results as indices into the original text (so locations come from the model).
public struct FoldedText: Sendable {
  public let original: String
  /// One folded scalar per original character (grapheme), so offsets carry over.
  let folded: [Unicode.Scalar]
  /// Whether every character of `original` is one scalar (no combining marks, no CR LF), so
  /// scalar offsets are character offsets.
  let isScalarPerCharacter: Bool

  public init(_ text: String) {
    original = text
    if let folded = Self.foldScalarwise(text) {
      self.folded = folded
      isScalarPerCharacter = true
      return
    }
    var result: [Unicode.Scalar] = []
    for character in text {
      // One character in, one scalar out: the first scalar folded (a base letter for NFC
      // and NFD alike).
      guard let first = character.unicodeScalars.first else { continue }
      if character.isWhitespace {
        result.append(" ")
      } else {
        result.append(VietnameseFolding.firstFoldedScalar(first) ?? first)
      }
    }
    folded = result
    isScalarPerCharacter = false
  }

  /// The folded scalars when every scalar of `text` is a character of its own (the usual NFC
  /// draft), else nil: grapheme breaking costs far more than folding.
  private static func foldScalarwise(_ text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      guard VietnameseFolding.isStableInNFC(scalar), scalar != "\r" else { return nil }
      if VietnameseFolding.isSpace(scalar) {
        result.append(" ")
      } else {
        result.append(VietnameseFolding.firstFoldedScalar(scalar) ?? scalar)
      }
    }
    return result
  }

  /// Ranges in `original` where `phrase` (folded) occurs.
  public func ranges(of phrase: String) -> [Range<String.Index>] {
    let needle = Array(VietnameseFolding.fold(phrase).unicodeScalars)
    guard let first = needle.first, needle.count <= folded.count else { return [] }
    var result: [Range<String.Index>] = []
    var start = 0
    let lastStart = folded.count - needle.count
    while start <= lastStart {
      if folded[start] == first, folded[start..<start + needle.count].elementsEqual(needle) {
        result.append(originalRange(offset: start, length: needle.count))
        start += needle.count
      } else {
        start += 1
      }
    }
    return result
  }

  public func contains(_ phrase: String) -> Bool { !ranges(of: phrase).isEmpty }

  /// The original range of `length` characters from character `offset`.
  func originalRange(offset: Int, length: Int) -> Range<String.Index> {
    if isScalarPerCharacter {
      let scalars = original.unicodeScalars
      let lower = scalars.index(scalars.startIndex, offsetBy: offset)
      return lower..<scalars.index(lower, offsetBy: length)
    }
    // Counts match by construction; the limits only guard odd input (a lone combining mark).
    let lower = original.index(original.startIndex, offsetBy: offset, limitedBy: original.endIndex) ?? original.endIndex
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
    // Latin and precomposed Vietnamese letters with no combining mark after them are already
    // NFC (the usual draft); normalising costs more than matching.
    if text.unicodeScalars.allSatisfy(VietnameseFolding.isStableInNFC) {
      nfc = text
      isNFC = true
      return
    }
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
