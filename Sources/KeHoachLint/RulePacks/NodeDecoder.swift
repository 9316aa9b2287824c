import Foundation
import Yams

/// Decodes `Decodable` values straight from a parsed YAML node tree.
///
/// Yams' own decoder asks the runtime, for every value, whether its type conforms to a Yams
/// protocol (a dynamic cast); rule packs hold thousands of values, so those casts were most of
/// the time a run spends loading them. This decoder reads scalars by comparing the requested
/// type with the few scalar types packs use (a pointer comparison) and hands everything else to
/// the type's own `init(from:)`. Scalars are read as Yams' basic resolver leaves them: text,
/// parsed as the requested type. Errors are `DecodingError`s with the coding path, which
/// `YAMLSource` turns into `file:line:column` messages.
struct NodeDecoder: Decoder {
  let node: Node
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(node: Node, codingPath: [any CodingKey] = []) {
    self.node = node
    self.codingPath = codingPath
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let mapping) = node else {
      throw DecodingError.typeMismatch(
        [String: Any].self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected a mapping"))
    }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let sequence) = node else {
      throw DecodingError.typeMismatch(
        [Any].self, DecodingError.Context(codingPath: codingPath, debugDescription: "expected a sequence"))
    }
    return NodeUnkeyedContainer(elements: Array(sequence), codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { NodeSingleValue(node: node, codingPath: codingPath) }

  /// Decodes `type` from `node`: scalars directly, anything else through its `init(from:)`.
  static func decode<T: Decodable>(_ type: T.Type, from node: Node, codingPath: [any CodingKey]) throws -> T {
    let scalar = NodeSingleValue(node: node, codingPath: codingPath)
    if T.self == String.self { return try scalar.decode(String.self) as! T }
    if T.self == Int.self { return try scalar.decode(Int.self) as! T }
    if T.self == Double.self { return try scalar.decode(Double.self) as! T }
    if T.self == Bool.self { return try scalar.decode(Bool.self) as! T }
    if T.self == Decimal.self { return try scalar.decodeDecimal() as! T }
    return try T(from: NodeDecoder(node: node, codingPath: codingPath))
  }

  /// Whether `node` stands for no value: an empty plain scalar, `~` or `null`.
  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let pairs: [(key: String, value: Node)]
  let codingPath: [any CodingKey]

  init(mapping: Node.Mapping, codingPath: [any CodingKey]) {
    pairs = mapping.map { (key: $0.key.string ?? "", value: $0.value) }
    self.codingPath = codingPath
  }

  var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

  func contains(_ key: Key) -> Bool { pairs.contains { $0.key == key.stringValue } }

  private func value(_ key: Key) throws -> Node {
    guard let pair = pairs.first(where: { $0.key == key.stringValue }) else {
      throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing key"))
    }
    return pair.value
  }

  func decodeNil(forKey key: Key) throws -> Bool { NodeDecoder.isNull(try value(key)) }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try NodeDecoder.decode(type, from: try value(key), codingPath: codingPath + [key])
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let pair = pairs.first(where: { $0.key == key.stringValue }), !NodeDecoder.isNull(pair.value) else { return nil }
    return try NodeDecoder.decode(type, from: pair.value, codingPath: codingPath + [key])
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try NodeDecoder(node: try value(key), codingPath: codingPath + [key]).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try NodeDecoder(node: try value(key), codingPath: codingPath + [key]).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { NodeDecoder(node: .mapping(Node.Mapping([])), codingPath: codingPath) }

  func superDecoder(forKey key: Key) throws -> any Decoder { NodeDecoder(node: try value(key), codingPath: codingPath + [key]) }
}

private struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  let elements: [Node]
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(elements: [Node], codingPath: [any CodingKey]) {
    self.elements = elements
    self.codingPath = codingPath
  }

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private var indexKey: AnyCodingKey { AnyCodingKey(intValue: currentIndex) ?? AnyCodingKey(stringValue: "\(currentIndex)") }

  private func current() throws -> Node {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, DecodingError.Context(codingPath: codingPath + [indexKey], debugDescription: "no more elements"))
    }
    return elements[currentIndex]
  }

  mutating func decodeNil() throws -> Bool {
    guard NodeDecoder.isNull(try current()) else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let value = try NodeDecoder.decode(type, from: try current(), codingPath: codingPath + [indexKey])
    currentIndex += 1
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    let container = try NodeDecoder(node: try current(), codingPath: codingPath + [indexKey]).container(keyedBy: type)
    currentIndex += 1
    return container
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let container = try NodeDecoder(node: try current(), codingPath: codingPath + [indexKey]).unkeyedContainer()
    currentIndex += 1
    return container
  }

  mutating func superDecoder() throws -> any Decoder {
    let decoder = NodeDecoder(node: try current(), codingPath: codingPath + [indexKey])
    currentIndex += 1
    return decoder
  }
}

private struct NodeSingleValue: SingleValueDecodingContainer {
  let node: Node
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { NodeDecoder.isNull(node) }

  private func text<T>(_ type: T.Type) throws -> String {
    guard case .scalar(let scalar) = node else {
      throw DecodingError.typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: "expected a scalar"))
    }
    return scalar.string
  }

  private func corrupted<T>(_ type: T.Type) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "not a \(type)"))
  }

  func decode(_ type: String.Type) throws -> String { try text(type) }

  /// As YAML 1.1 writes booleans, which Yams reads too.
  func decode(_ type: Bool.Type) throws -> Bool {
    switch try text(type) {
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": true
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": false
    default: throw corrupted(type)
    }
  }

  func decode(_ type: Int.Type) throws -> Int {
    guard let value = Int(try text(type)) else { throw corrupted(type) }
    return value
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard let value = Double(try text(type)) else { throw corrupted(type) }
    return value
  }

  func decodeDecimal() throws -> Decimal {
    let written = try text(Decimal.self)
    guard Double(written) != nil, let value = Decimal(string: written, locale: Locale(identifier: "en_US_POSIX")) else {
      throw corrupted(Decimal.self)
    }
    return value
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try NodeDecoder.decode(type, from: node, codingPath: codingPath) }
}
