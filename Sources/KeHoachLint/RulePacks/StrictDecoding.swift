/// A problem found while decoding, at a coding path, in both languages; `YAMLSource` adds the
/// file, line and column. Thrown instead of `DecodingError`, whose descriptions are English.
struct DecodingProblem: Error {
  let codingPath: [AnyCodingKey]
  let reason: LocalizedText

  init(at codingPath: [any CodingKey], _ reason: LocalizedText) {
    self.codingPath = codingPath.map(AnyCodingKey.init)
    self.reason = reason
  }
}

extension KeyedDecodingContainer {
  /// A problem with the value of `key`.
  func problem(forKey key: Key, _ reason: LocalizedText) -> DecodingProblem {
    DecodingProblem(at: codingPath + [key], reason)
  }
}

/// A coding key for any string, to list the keys a YAML mapping really has.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(_ key: any CodingKey) {
    stringValue = key.stringValue
    intValue = key.intValue
  }
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
      throw DecodingProblem(
        at: codingPath + [key], Messages.FileProblem.unknownKey(key.stringValue, valid: valid.filter { $0 != "__none__" }))
    }
    return try container(keyedBy: Keys.self)
  }
}
