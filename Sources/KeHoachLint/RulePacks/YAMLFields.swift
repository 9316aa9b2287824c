import Yams

/// The keys of one YAML mapping read by hand, for data read at every start (the legal
/// catalog): walking the node is several times cheaper than `Decodable`, with the same strict
/// keys and errors at `file:line:column`.
struct YAMLFields {
  let source: YAMLSource
  let node: Node
  private let mapping: Node.Mapping

  /// Fails on a node that is not a mapping, or on a key not in `allowed` (pointing at it).
  init(_ node: Node, in source: YAMLSource, allowed: [String]) throws(KeHoachLintError) {
    guard case .mapping(let mapping) = node else { throw source.error(at: node, Messages.FileProblem.expectedMapping(withList: nil)) }
    for key in mapping.keys where !allowed.contains(key.string ?? "") {
      throw source.error(at: key, Messages.FileProblem.unknownKey(key.string ?? "?", valid: allowed))
    }
    self.source = source
    self.node = node
    self.mapping = mapping
  }

  func value(_ key: String) -> Node? { mapping[key] }

  /// A text, nil when the key is absent.
  func string(_ key: String) throws(KeHoachLintError) -> String? {
    guard let value = mapping[key] else { return nil }
    guard case .scalar(let scalar) = value else { throw source.error(at: value, Messages.FileProblem.typeMismatch(key, expected: .text)) }
    return scalar.string
  }

  func requiredString(_ key: String) throws(KeHoachLintError) -> String {
    guard let text = try string(key) else { throw source.error(at: node, Messages.FileProblem.missingKey(key)) }
    return text
  }

  /// A list of texts, empty when the key is absent.
  func strings(_ key: String) throws(KeHoachLintError) -> [String] {
    guard let value = mapping[key] else { return [] }
    guard case .sequence(let items) = value else {
      throw source.error(at: value, Messages.FileProblem.typeMismatch(key, expected: .textList))
    }
    var result: [String] = []
    for item in items {
      guard case .scalar(let scalar) = item else {
        throw source.error(at: item, Messages.FileProblem.typeMismatch(key, expected: .textList))
      }
      result.append(scalar.string)
    }
    return result
  }

  func int(_ key: String) throws(KeHoachLintError) -> Int? {
    guard let text = try string(key) else { return nil }
    guard let number = Int(text) else { throw source.error(at: mapping[key], Messages.FileProblem.typeMismatch(key, expected: .number)) }
    return number
  }

  func bool(_ key: String) throws(KeHoachLintError) -> Bool? {
    guard let text = try string(key) else { return nil }
    switch text {
    case "true", "True", "TRUE", "yes", "Yes", "on": return true
    case "false", "False", "FALSE", "no", "No", "off": return false
    default: throw source.error(at: mapping[key], Messages.FileProblem.typeMismatch(key, expected: .boolean))
    }
  }

  /// Each mapping of a list, empty when the key is absent.
  func mappings(_ key: String, allowed: [String]) throws(KeHoachLintError) -> [YAMLFields] {
    guard let value = mapping[key] else { return [] }
    guard case .sequence(let items) = value else { throw source.error(at: value, Messages.FileProblem.typeMismatch(key, expected: .list)) }
    var result: [YAMLFields] = []
    for item in items { result.append(try YAMLFields(item, in: source, allowed: allowed)) }
    return result
  }
}
