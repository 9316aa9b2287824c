/// A text prepared for hand scanning: one folded character per original character (grapheme
/// cluster), so offset `n` names the same character in both, whether the text is NFC or NFD,
/// and `index(n)` gives the `String.Index` a block's `location(at:)` needs.
///
/// Folding is per grapheme (diacritics dropped, đ → d, lower case, any white space → " "), with
/// an ASCII fast path: scanning runs over every block for every legal rule.
struct ScanText {
  let original: [Character]
  let folded: [Character]
  /// `String.Index` of each character in the source string, then its `endIndex`.
  private let indices: [String.Index]

  init(_ text: String) {
    var original: [Character] = []
    var folded: [Character] = []
    var indices: [String.Index] = []
    original.reserveCapacity(text.utf8.count)
    var cache: [Character: Character] = [:]
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      original.append(character)
      indices.append(index)
      folded.append(ScanText.fold(character, cache: &cache))
      index = text.index(after: index)
    }
    indices.append(text.endIndex)
    self.original = original
    self.folded = folded
    self.indices = indices
  }

  var count: Int { folded.count }

  /// The `String.Index` of character `offset` (`count` gives the end index).
  func index(_ offset: Int) -> String.Index { indices[min(max(offset, 0), indices.count - 1)] }

  /// The original text of a range of offsets.
  func text(_ range: Range<Int>) -> String { String(original[range.clamped(to: 0..<count)]) }

  /// The folded text of a range of offsets.
  func foldedText(_ range: Range<Int>) -> String { String(folded[range.clamped(to: 0..<count)]) }

  func isWordCharacter(_ offset: Int) -> Bool {
    guard offset >= 0, offset < count else { return false }
    return folded[offset].isLetter || folded[offset].isNumber
  }

  func isLetter(_ offset: Int) -> Bool { offset >= 0 && offset < count && folded[offset].isLetter }

  func isDigit(_ offset: Int) -> Bool { offset >= 0 && offset < count && folded[offset].isASCII && folded[offset].isNumber }

  func character(_ offset: Int) -> Character? { offset >= 0 && offset < count ? folded[offset] : nil }

  /// Whether a word starts at `offset`.
  func isWordStart(_ offset: Int) -> Bool { isWordCharacter(offset) && !isWordCharacter(offset - 1) }

  /// The first offset at or after `offset` that is not white space.
  func skipSpaces(_ offset: Int) -> Int {
    var position = offset
    while position < count, folded[position] == " " { position += 1 }
    return position
  }

  /// The end of the word after `offset`.
  func wordEnd(_ offset: Int) -> Int {
    var position = offset
    while isWordCharacter(position) { position += 1 }
    return position
  }

  /// The end of `word` (folded) when it stands at `offset` as a whole word.
  func match(word: [Character], at offset: Int) -> Int? {
    guard offset + word.count <= count else { return nil }
    for (position, character) in word.enumerated() where folded[offset + position] != character { return nil }
    let end = offset + word.count
    return isWordCharacter(end) && isWordCharacter(end - 1) ? nil : end
  }

  /// The end of a phrase (folded words) at `offset`, its words separated by any white space.
  func match(phrase words: [[Character]], at offset: Int) -> Int? {
    var position = offset
    for (number, word) in words.enumerated() {
      if number > 0 {
        let next = skipSpaces(position)
        guard next > position else { return nil }
        position = next
      }
      guard let end = match(word: word, at: position) else { return nil }
      position = end
    }
    return position
  }

  /// ASCII digits at `offset`: their value, how many, and where they end (nil when none or
  /// more than `maximum`).
  func digits(at offset: Int, maximum: Int) -> (value: Int, count: Int, end: Int)? {
    var position = offset
    var value = 0
    while isDigit(position) {
      guard position - offset < maximum else { return nil }
      value = value * 10 + (folded[position].wholeNumberValue ?? 0)
      position += 1
    }
    guard position > offset else { return nil }
    return (value, position - offset, position)
  }

  /// Splits folded words of a phrase ("thủ tướng chính phủ" → [["t","h","u"], …]).
  static func words(_ phrase: String) -> [[Character]] {
    VietnameseFolding.fold(phrase).split(separator: " ").map { Array($0) }
  }

  private static func fold(_ character: Character, cache: inout [Character: Character]) -> Character {
    if character.isASCII {
      if character.isWhitespace { return " " }
      return character.isUppercase ? (character.lowercased().first ?? character) : character
    }
    if let known = cache[character] { return known }
    let key = VietnameseFolding.fold(String(character))
    let result = key.first ?? (character.isWhitespace ? " " : character)
    cache[character] = result
    return result
  }
}
