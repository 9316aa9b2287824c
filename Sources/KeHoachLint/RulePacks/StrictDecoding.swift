/// A coding key for any string, to list the keys a YAML mapping really has.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) {
    self.stringValue = String(intValue)
    self.intValue = intValue
  }
}

extension Decoder {
  /// A keyed container that rejects keys not in `Keys` (nor in `alsoAllowed`), so a typo in a
  /// rule pack or configuration is an error that names the key and lists the valid ones,
  /// instead of a silently ignored setting.
  func strictContainer<Keys: CodingKey & CaseIterable>(
    keyedBy keys: Keys.Type, alsoAllowed: [String] = []
  ) throws -> KeyedDecodingContainer<Keys> {
    let valid = Keys.allCases.map(\.stringValue) + alsoAllowed
    let present = try container(keyedBy: AnyCodingKey.self)
    for key in present.allKeys where !valid.contains(key.stringValue) {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: codingPath + [key],
          debugDescription: "unknown key '\(key.stringValue)'; valid keys: \(valid.filter { $0 != "__none__" }.joined(separator: ", "))"
        ))
    }
    return try container(keyedBy: Keys.self)
  }
}
