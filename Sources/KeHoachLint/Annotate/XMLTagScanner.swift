/// A streaming scan of an XML part's bytes for its tags, with their byte offsets, so text can
/// be inserted at element boundaries without re-serialising the part (every other byte kept).
/// Comments, CDATA, processing instructions and declarations are stepped over.
struct XMLTagScanner {
  struct Tag {
    /// The qualified name as written ("w:p").
    let name: String
    let isEnd: Bool
    let isSelfClosing: Bool
    /// Offset of `<` and of the byte after `>`.
    let start: Int
    let end: Int
    /// Attributes as written (qualified name → value, entities not decoded).
    let attributes: [(name: String, value: String)]

    var prefix: String {
      guard let colon = name.firstIndex(of: ":") else { return "" }
      return String(name[..<colon])
    }

    var localName: String {
      guard let colon = name.firstIndex(of: ":") else { return name }
      return String(name[name.index(after: colon)...])
    }

    /// The value of the attribute with this local name (any prefix).
    func attribute(_ local: String) -> String? {
      attributes.first { $0.name == local || $0.name.hasSuffix(":" + local) }?.value
    }

    /// Namespace declarations: prefix ("" for the default) → URI.
    var declarations: [String: String] {
      var result: [String: String] = [:]
      for (name, value) in attributes {
        if name == "xmlns" { result[""] = value } else if name.hasPrefix("xmlns:") { result[String(name.dropFirst(6))] = value }
      }
      return result
    }
  }

  /// Every tag of `bytes` in order; nil when the bytes are not well-formed enough to scan.
  static func tags(_ bytes: [UInt8]) -> [Tag]? {
    var tags: [Tag] = []
    var index = 0
    let count = bytes.count
    while index < count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if has(bytes, "<!--", at: index) {
        guard let close = find(bytes, "-->", from: index + 4) else { return nil }
        index = close + 3
      } else if has(bytes, "<![CDATA[", at: index) {
        guard let close = find(bytes, "]]>", from: index + 9) else { return nil }
        index = close + 3
      } else if has(bytes, "<?", at: index) {
        guard let close = find(bytes, "?>", from: index + 2) else { return nil }
        index = close + 2
      } else if has(bytes, "<!", at: index) {
        guard let close = find(bytes, ">", from: index + 2) else { return nil }
        index = close + 1
      } else {
        guard let tag = readTag(bytes, at: index) else { return nil }
        tags.append(tag)
        index = tag.end
      }
    }
    return tags
  }

  private static func readTag(_ bytes: [UInt8], at start: Int) -> Tag? {
    var index = start + 1
    let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
    if isEnd { index += 1 }
    let nameStart = index
    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
      index += 1
    }
    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
    var attributes: [(String, String)] = []
    var selfClosing = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") {
        return Tag(
          name: name, isEnd: isEnd, isSelfClosing: selfClosing, start: start, end: index + 1, attributes: attributes)
      }
      if byte == UInt8(ascii: "/") {
        selfClosing = true
        index += 1
        continue
      }
      if isSpace(byte) {
        index += 1
        continue
      }
      // An attribute: name = "value" or 'value'.
      let attributeStart = index
      while index < bytes.count, bytes[index] != UInt8(ascii: "="), !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
        index += 1
      }
      let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self)
      while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "=") { index += 1 }
      guard index < bytes.count else { return nil }
      let quote = bytes[index]
      guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
      let valueStart = index + 1
      guard let close = bytes[valueStart...].firstIndex(of: quote) else { return nil }
      attributes.append((attributeName, String(decoding: bytes[valueStart..<close], as: UTF8.self)))
      index = close + 1
    }
    return nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func has(_ bytes: [UInt8], _ text: StaticString, at index: Int) -> Bool {
    text.withUTF8Buffer { buffer in
      guard index + buffer.count <= bytes.count else { return false }
      for offset in 0..<buffer.count where bytes[index + offset] != buffer[offset] { return false }
      return true
    }
  }

  private static func find(_ bytes: [UInt8], _ text: StaticString, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if has(bytes, text, at: index) { return index }
      index += 1
    }
    return nil
  }
}
