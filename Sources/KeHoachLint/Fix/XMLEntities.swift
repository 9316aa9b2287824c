/// Character data of an XML element as text: the five predefined entities and character
/// references decoded (what libxml2 gives the reader).
enum XMLEntities {
  static func decode(_ bytes: [UInt8]) -> String {
    let raw = String(decoding: bytes, as: UTF8.self)
    guard raw.contains("&") else { return raw }
    var result = ""
    var rest = Substring(raw)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { break }
      let name = rest[rest.index(after: ampersand)..<semicolon]
      result += Self.character(String(name)) ?? String(rest[ampersand...semicolon])
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func character(_ name: String) -> String? {
    switch name {
    case "lt": return "<"
    case "gt": return ">"
    case "amp": return "&"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      return value.flatMap(Unicode.Scalar.init).map { String($0) }
    }
  }
}
