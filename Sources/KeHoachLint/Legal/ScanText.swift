/// A text prepared for hand scanning: one folded scalar per original character (grapheme
/// cluster), so offset `n` names the same character in both, whether the text is NFC or NFD,
/// and `index(n)` gives the `String.Index` a block's `location(at:)` needs.
///
/// Folding is per grapheme (diacritics dropped, đ → d, lower case, any white space → " ").
/// Character classes are computed once into a byte per character: scanning runs over every
/// block for every legal rule, and `Character` properties are costly.
struct ScanText {
  typealias Word = [Unicode.Scalar]

  let folded: [Unicode.Scalar]
  private let classes: [UInt8]
  /// UTF-8 offset of each character in the source string, then its length.
  private let offsets: [Int]
  private let source: String
  /// Whether every character is one scalar (the usual NFC text).
  private let isScalarPerCharacter: Bool

  private static let letter: UInt8 = 1
  private static let digit: UInt8 = 2
  private static let space: UInt8 = 4

  init(_ text: String) {
    var folded: [Unicode.Scalar] = []
    var classes: [UInt8] = []
    var offsets: [Int] = []
    let scalarCount = text.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    folded.reserveCapacity(scalarCount)
    classes.reserveCapacity(scalarCount)
    offsets.reserveCapacity(scalarCount + 1)
    var offset = 0
    let isScalarPerCharacter = text.unicodeScalars.allSatisfy(VietnameseFolding.isOwnCharacter)
    if isScalarPerCharacter {
      // Every scalar is a character of its own: no grapheme breaking needed.
      for scalar in text.unicodeScalars {
        offsets.append(offset)
        offset += UTF8.width(scalar)
        let (scalarFolded, kind) = ScanText.fold(scalar)
        folded.append(scalarFolded)
        classes.append(kind)
      }
    } else {
      var cache: [UInt32: (Unicode.Scalar, UInt8)] = [:]
      for character in text {
        offsets.append(offset)
        offset += character.utf8.count
        let (scalar, kind) = ScanText.fold(character, cache: &cache)
        folded.append(scalar)
        classes.append(kind)
      }
    }
    offsets.append(offset)
    self.folded = folded
    self.classes = classes
    self.offsets = offsets
    self.source = text
    self.isScalarPerCharacter = isScalarPerCharacter
  }

  /// A text folded already (the plan's text index folds each text once): the characters'
  /// classes are read from the folded scalars, which keep them (a letter folds to a letter,
  /// white space to " ", a digit to itself).
  init(_ text: FoldedText) {
    let source = text.original
    var folded: [Unicode.Scalar] = []
    var classes: [UInt8] = []
    folded.reserveCapacity(text.folded.count)
    classes.reserveCapacity(text.folded.count)
    for scalar in String(decoding: text.folded, as: UTF8.self).unicodeScalars {
      folded.append(scalar)
      classes.append(Self.class(ofFolded: scalar))
    }
    var offsets: [Int] = []
    offsets.reserveCapacity(folded.count + 1)
    var offset = 0
    if text.isScalarPerCharacter {
      for scalar in source.unicodeScalars {
        offsets.append(offset)
        offset += UTF8.width(scalar)
      }
    } else {
      for character in source {
        offsets.append(offset)
        offset += character.utf8.count
      }
    }
    offsets.append(offset)
    self.folded = folded
    self.classes = classes
    self.offsets = offsets
    self.source = source
    self.isScalarPerCharacter = text.isScalarPerCharacter
  }

  private static func `class`(ofFolded scalar: Unicode.Scalar) -> UInt8 {
    if scalar.isASCII { return fold(ascii: UInt8(scalar.value)).1 }
    return scalar.properties.isAlphabetic ? letter : 0
  }

  /// The folded text kept for phrase searches once scanning is done (a quarter of the size).
  var foldedText: FoldedText {
    FoldedText(original: source, foldedScalars: folded, isScalarPerCharacter: isScalarPerCharacter)
  }

  var count: Int { folded.count }

  /// The `String.Index` of character `offset` (`count` gives the end index).
  func index(_ offset: Int) -> String.Index {
    let utf8 = offsets[min(max(offset, 0), offsets.count - 1)]
    return source.utf8.index(source.utf8.startIndex, offsetBy: utf8)
  }

  /// The original text of a range of offsets.
  func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<count)
    return String(source[index(clamped.lowerBound)..<index(clamped.upperBound)])
  }

  /// The folded text of a range of offsets.
  func foldedText(_ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: folded[range.clamped(to: 0..<count)])
    return String(result)
  }

  func isWordCharacter(_ offset: Int) -> Bool { offset >= 0 && offset < count && classes[offset] & (Self.letter | Self.digit) != 0 }

  func isLetter(_ offset: Int) -> Bool { offset >= 0 && offset < count && classes[offset] & Self.letter != 0 }

  /// An ASCII digit.
  func isDigit(_ offset: Int) -> Bool { offset >= 0 && offset < count && classes[offset] & Self.digit != 0 }

  /// Whether the original character is an upper-case letter ("Luật", not "luật").
  func isUppercase(_ offset: Int) -> Bool { offset >= 0 && offset < count && source[index(offset)].isUppercase }

  func character(_ offset: Int) -> Unicode.Scalar? { offset >= 0 && offset < count ? folded[offset] : nil }

  /// Whether a word starts at `offset`.
  func isWordStart(_ offset: Int) -> Bool { isWordCharacter(offset) && !isWordCharacter(offset - 1) }

  /// The first offset at or after `offset` that is not white space.
  func skipSpaces(_ offset: Int) -> Int {
    var position = offset
    while position < count, classes[position] & Self.space != 0 { position += 1 }
    return position
  }

  /// The end of the word after `offset`.
  func wordEnd(_ offset: Int) -> Int {
    var position = offset
    while isWordCharacter(position) { position += 1 }
    return position
  }

  /// Whether the folded characters at `offset` are `word` (no boundary check).
  func hasPrefix(_ word: Word, at offset: Int) -> Bool {
    guard offset >= 0, offset + word.count <= count else { return false }
    for (position, scalar) in word.enumerated() where folded[offset + position] != scalar { return false }
    return true
  }

  /// The end of `word` (folded) when it stands at `offset` as a whole word.
  func match(word: Word, at offset: Int) -> Int? {
    guard hasPrefix(word, at: offset) else { return nil }
    let end = offset + word.count
    return isWordCharacter(end) && isWordCharacter(end - 1) ? nil : end
  }

  /// The end of a phrase (folded words) at `offset`, its words separated by any white space.
  func match(phrase words: [Word], at offset: Int) -> Int? {
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
      value = value * 10 + Int(folded[position].value - 48)
      position += 1
    }
    guard position > offset else { return nil }
    return (value, position - offset, position)
  }

  /// A folded word ("ngày" → "ngay").
  static func word(_ text: String) -> Word { Array(VietnameseFolding.fold(text).unicodeScalars) }

  /// The folded words of a phrase ("thủ tướng chính phủ" → ["thu", "tuong", …]).
  static func words(_ phrase: String) -> [Word] {
    VietnameseFolding.fold(phrase).split(separator: " ").map { Array($0.unicodeScalars) }
  }

  /// Precomposed Vietnamese letters (by scalar value) and their folded forms, computed once.
  private static let vietnameseLetters: [UInt32: Unicode.Scalar] = {
    let letters = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    var table: [UInt32: Unicode.Scalar] = [:]
    for letter in (letters + letters.uppercased()).unicodeScalars {
      table[letter.value] = VietnameseFolding.fold(String(letter)).unicodeScalars.first
    }
    return table
  }()

  private static func fold(_ character: Character, cache: inout [UInt32: (Unicode.Scalar, UInt8)]) -> (Unicode.Scalar, UInt8) {
    if let ascii = character.asciiValue { return fold(ascii: ascii) }
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return (" ", space) }
    guard let second = scalars.next() else {
      if let letter = vietnameseLetters[first.value] { return (letter, Self.letter) }
      if let known = cache[first.value] { return known }
      let result = foldSlowly(character)
      cache[first.value] = result
      return result
    }
    // An NFD letter: an ASCII letter and combining diacritics (U+0300–U+036F).
    if first.isASCII, case (let base, let kind) = fold(ascii: UInt8(first.value)), kind == letter,
      (0x300...0x36F).contains(second.value), character.unicodeScalars.dropFirst(2).allSatisfy({ (0x300...0x36F).contains($0.value) })
    {
      return (base, kind)
    }
    return foldSlowly(character)
  }

  /// A scalar that is a character of its own: ASCII by hand, the rest from a table.
  private static func fold(_ scalar: Unicode.Scalar) -> (Unicode.Scalar, UInt8) {
    let value = Int(scalar.value)
    if value < 0x80 { return fold(ascii: UInt8(value)) }
    if value < 0x300 { return latinTable[value - 0x80] }
    if (0x1E00..<0x1F00).contains(value) { return vietnameseTable[value - 0x1E00] }
    return foldSlowly(Character(scalar))
  }

  private static let latinTable = (0x80..<0x300).map(tableEntry)
  private static let vietnameseTable = (0x1E00..<0x1F00).map(tableEntry)

  private static func tableEntry(_ value: Int) -> (Unicode.Scalar, UInt8) {
    guard let scalar = Unicode.Scalar(UInt32(value)) else { return (" ", 0) }
    return foldSlowly(Character(scalar))
  }

  private static func fold(ascii: UInt8) -> (Unicode.Scalar, UInt8) {
    switch ascii {
    case UInt8(ascii: "a")...UInt8(ascii: "z"): (Unicode.Scalar(ascii), letter)
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): (Unicode.Scalar(ascii + 32), letter)
    case UInt8(ascii: "0")...UInt8(ascii: "9"): (Unicode.Scalar(ascii), digit)
    case UInt8(ascii: " "), 9...13: (" ", space)
    default: (Unicode.Scalar(ascii), 0)
    }
  }

  private static func foldSlowly(_ character: Character) -> (Unicode.Scalar, UInt8) {
    if character.isWhitespace { return (" ", space) }
    let scalar = VietnameseFolding.fold(String(character)).unicodeScalars.first ?? character.unicodeScalars.first ?? " "
    if scalar.properties.isAlphabetic { return (scalar, letter) }
    return (scalar, 0)
  }
}
