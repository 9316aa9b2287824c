/// Trimming without Foundation: `trimmingCharacters(in:)` bridges through NSString and UTF-16,
/// which cost more than the rules that called it on every paragraph.
extension Substring {
  /// Without leading and trailing spaces and tabs (Foundation's `.whitespaces`: tab and the
  /// space separators).
  func trimmingSpaces() -> String { trimmingScalars(isSpaceOrTab) }

  /// Without leading and trailing white space, line breaks included (`.whitespacesAndNewlines`).
  func trimmingWhitespace() -> String { trimmingScalars(VietnameseFolding.isSpace) }

  /// Without the leading and trailing scalars for which `isTrimmed` holds.
  func trimmingScalars(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) })
    else { return "" }
    return String(Substring(scalars[first...last]))
  }
}

extension String {
  func trimmingSpaces() -> String { self[...].trimmingSpaces() }
  func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }
  func trimmingScalars(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String { self[...].trimmingScalars(isTrimmed) }
}

@inline(__always)
private func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
  default: false
  }
}

extension String {
  /// How many characters are not white space; counts scalars when each is a character of its
  /// own (the usual NFC text), which spares grapheme breaking.
  var visibleCharacterCount: Int {
    var count = 0
    for scalar in unicodeScalars {
      guard VietnameseFolding.isOwnCharacter(scalar) else { return reduce(0) { $1.isWhitespace ? $0 : $0 + 1 } }
      if !VietnameseFolding.isSpace(scalar) { count += 1 }
    }
    return count
  }
}
