/// Finds a replacement's text in a Word paragraph's runs exactly, or not at all.
///
/// The reader trims the paragraph, composes decomposed Vietnamese (NFC), upper-cases runs in
/// capitals and leaves hidden runs out, so its text and the runs' text may differ. When they
/// agree (after the same trimming, or up to composition), the reader's offsets carry over. Otherwise the old text
/// must occur once in each, at the offset the finding gives in the reader's text; anything
/// else is not certain, and the fix is skipped.
enum TextLocator {
  /// The range of scalars of `paragraphText` to replace, or nil.
  static func locate(_ replacement: TextReplacement, readerText: String, paragraphText: [Unicode.Scalar]) -> Range<Int>? {
    let old = Array(replacement.oldText.unicodeScalars)
    guard !old.isEmpty, let offset = replacement.offset, let endOffset = replacement.endOffset, offset <= endOffset,
      endOffset <= readerText.count
    else { return nil }
    // The old text at the offsets the reader gave, in scalars of the reader's text.
    let start = readerText.index(readerText.startIndex, offsetBy: offset)
    let end = readerText.index(start, offsetBy: endOffset - offset)
    guard readerText[start..<end].unicodeScalars.elementsEqual(old) else { return nil }
    let scalarStart = readerText.unicodeScalars.distance(from: readerText.startIndex, to: start)
    let reader = Array(readerText.unicodeScalars)

    var lead = 0
    while lead < paragraphText.count, TextScalars.isWhitespace(paragraphText[lead]) { lead += 1 }
    var trail = paragraphText.count
    while trail > lead, TextScalars.isWhitespace(paragraphText[trail - 1]) { trail -= 1 }
    if paragraphText[lead..<trail].elementsEqual(reader) {
      return (lead + scalarStart)..<(lead + scalarStart + old.count)
    }
    // Decomposed Vietnamese (typed with some input methods) reads composed: the same
    // characters, so character offsets carry over, each to its own scalars.
    var raw = ""
    raw.unicodeScalars.append(contentsOf: paragraphText[lead..<trail])
    if raw == readerText, raw.count == readerText.count {
      let characters = Array(raw)
      let start = characters[..<offset].reduce(0) { $0 + $1.unicodeScalars.count }
      let length = characters[offset..<endOffset].reduce(0) { $0 + $1.unicodeScalars.count }
      guard String(characters[offset..<endOffset]) == replacement.oldText else { return nil }
      return (lead + start)..<(lead + start + length)
    }
    let inParagraph = occurrences(of: old, in: paragraphText)
    let inReader = occurrences(of: old, in: reader)
    guard inParagraph.count == 1, inReader == [scalarStart], let found = inParagraph.first else { return nil }
    return found..<(found + old.count)
  }

  static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
  }
}
