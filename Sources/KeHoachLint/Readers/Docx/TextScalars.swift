/// Fast character tests for the text of large Word files (Unicode property lookups and
/// Foundation's trimming dominate reading time otherwise).
enum TextScalars {
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" }
    // The White_Space list by hand: a property lookup per letter costs more than parsing.
    return VietnameseFolding.isSpace(scalar)
  }

  /// Combining diacritical marks (the blocks Vietnamese NFD text uses, and their supplements):
  /// their presence means the text may not be in NFC.
  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x0300...0x036F).contains(scalar.value) || (0x1AB0...0x1AFF).contains(scalar.value)
      || (0x1DC0...0x1DFF).contains(scalar.value) || (0x20D0...0x20FF).contains(scalar.value)
  }

  /// `text` without white space (spaces, tabs, line breaks, NBSP) at either end.
  static func trimmingWhitespace(_ text: String) -> String { text.trimmingScalars(isWhitespace) }
}
