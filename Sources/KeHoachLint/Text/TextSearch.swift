import Foundation

/// Finding phrases in a block's text regardless of case, diacritics and normalisation, with
/// results as indices into the original text (so locations come from the model).
public struct FoldedText: Sendable {
  public let original: String
  /// UTF-8 of one folded scalar per original character (grapheme), so character offsets carry
  /// over; bytes, not scalars, since a plan's folded texts are kept for every rule to search.
  let folded: [UInt8]
  /// Whether every character of `original` is one scalar (no combining marks, no CR LF), so
  /// scalar offsets are character offsets.
  let isScalarPerCharacter: Bool

  public init(_ text: String) {
    if let folded = Self.foldScalarwise(text) {
      self.init(original: text, foldedScalars: folded, isScalarPerCharacter: true)
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
    self.init(original: text, foldedScalars: result, isScalarPerCharacter: false)
  }

  /// From scalars folded elsewhere (the citation scanner folds each text already).
  init(original: String, foldedScalars: some Collection<Unicode.Scalar>, isScalarPerCharacter: Bool) {
    self.original = original
    var bytes: [UInt8] = []
    bytes.reserveCapacity(foldedScalars.count)
    for scalar in foldedScalars {
      if scalar.isASCII {
        bytes.append(UInt8(scalar.value))
      } else {
        UTF8.encode(scalar) { bytes.append($0) }
      }
    }
    folded = bytes
    self.isScalarPerCharacter = isScalarPerCharacter
  }

  /// The folded scalars when every scalar of `text` is a character of its own (the usual NFC
  /// draft), else nil: grapheme breaking costs far more than folding.
  private static func foldScalarwise(_ text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      guard VietnameseFolding.isOwnCharacter(scalar) else { return nil }
      if VietnameseFolding.isSpace(scalar) {
        result.append(" ")
      } else {
        result.append(VietnameseFolding.firstFoldedScalar(scalar) ?? scalar)
      }
    }
    return result
  }

  /// Ranges in `original` where `phrase` (folded) occurs. UTF-8 is searched byte by byte: a
  /// match of whole scalars' bytes always starts and ends on scalar boundaries.
  public func ranges(of phrase: String) -> [Range<String.Index>] {
    let needle = Array(VietnameseFolding.fold(phrase).utf8)
    guard let first = needle.first, needle.count <= folded.count else { return [] }
    let needleCharacters = needle.reduce(0) { $0 + (Self.startsScalar($1) ? 1 : 0) }
    var result: [Range<String.Index>] = []
    var start = 0
    // Character offset of `countedUpTo`, kept as the search moves on.
    var (countedUpTo, characters) = (0, 0)
    let lastStart = folded.count - needle.count
    while start <= lastStart {
      guard folded[start] == first, folded[start..<start + needle.count].elementsEqual(needle) else {
        start += 1
        continue
      }
      while countedUpTo < start {
        if Self.startsScalar(folded[countedUpTo]) { characters += 1 }
        countedUpTo += 1
      }
      result.append(originalRange(offset: characters, length: needleCharacters))
      start += needle.count
    }
    return result
  }

  /// Whether `phrase` (folded) occurs.
  public func contains(_ phrase: String) -> Bool {
    let needle = Array(VietnameseFolding.fold(phrase).utf8)
    return !needle.isEmpty && folded.withUnsafeBufferPointer { ByteSearch.occurs(needle, in: $0) }
  }

  @inline(__always)
  private static func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

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
