/// Substring search on UTF-8 bytes. Foundation's `contains` and `range(of:)` go through
/// NSString and UTF-16 on Linux, which showed in profiles of every rule that used them; on
/// whole scalars' bytes a byte match is a text match (UTF-8 is self-synchronising).
enum ByteSearch {
  static func occurs(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
    var start = 0
    let lastStart = haystack.count - needle.count
    while start <= lastStart {
      if haystack[start] == first {
        var offset = 1
        while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      start += 1
    }
    return false
  }
}

extension String {
  /// Whether `needle` occurs, byte for byte (no Unicode equivalence: callers compare folded keys).
  func containsBytes(of needle: String) -> Bool {
    var text = self
    let bytes = Array(needle.utf8)
    return text.withUTF8 { ByteSearch.occurs(bytes, in: $0) }
  }
}
