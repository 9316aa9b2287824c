/// The source bytes of a text file split into lines, converting cmark's byte columns into
/// character columns and finding where inline text stands on a line.
struct SourceLines {
  let bytes: [UInt8]
  /// Byte offset where each line starts (index 0 is line 1).
  private let starts: [Int]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    self.starts = starts
  }

  var lineCount: Int { starts.count }

  /// Every line as text, without its line break.
  var allLines: [String] {
    (1...lineCount).map { String(decoding: bytes[byteRange(ofLine: $0)], as: UTF8.self) }
  }

  /// Byte range of a 1-based line, without its line break.
  func byteRange(ofLine line: Int) -> Range<Int> {
    guard line >= 1, line <= starts.count else { return bytes.count..<bytes.count }
    let start = starts[line - 1]
    var end = line < starts.count ? starts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// The 1-based character column of a 1-based byte column on a line.
  func characterColumn(line: Int, byteColumn: Int) -> Int {
    let range = byteRange(ofLine: line)
    let end = min(range.lowerBound + max(byteColumn - 1, 0), range.upperBound)
    return String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).count + 1
  }

  /// Finds `needle` on `line` at or after byte column `fromByteColumn` (1-based); returns the
  /// byte column where it starts.
  func find(_ needle: [UInt8], line: Int, fromByteColumn: Int) -> Int? {
    guard !needle.isEmpty else { return nil }
    let range = byteRange(ofLine: line)
    var start = range.lowerBound + max(fromByteColumn - 1, 0)
    while start + needle.count <= range.upperBound {
      if bytes[start] == needle[0], bytes[start..<start + needle.count].elementsEqual(needle) {
        return start - range.lowerBound + 1
      }
      start += 1
    }
    return nil
  }
}
