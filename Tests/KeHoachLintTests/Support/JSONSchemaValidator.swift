import Foundation

/// A JSON value, decoded strictly (a number is never taken for a boolean).
indirect enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  static func parse(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

  subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }
}

/// A JSON Schema (draft-04/07) validator covering the keywords the SARIF 2.1.0 schema uses:
/// type, properties, required, additionalProperties, items, enum, minimum, maximum, minItems,
/// uniqueItems, pattern, format (date-time, uri, uri-reference, checked leniently), oneOf,
/// anyOf, allOf, not, and `$ref` to `#/definitions/…`. Annotations (title, description,
/// default) are ignored. An unknown keyword that constrains is reported, so the validator
/// never silently accepts what it cannot check.
struct JSONSchemaValidator {
  static let annotations: Set<String> = ["$schema", "id", "$id", "title", "description", "default", "definitions", "$comment", "examples"]
  static let supported: Set<String> = [
    "type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "maximum", "minItems", "uniqueItems",
    "pattern", "format", "oneOf", "anyOf", "allOf", "not", "$ref",
  ]

  let root: JSONValue

  /// Every violation, as `path: reason`; empty when `instance` is valid.
  func validate(_ instance: JSONValue) -> [String] {
    var errors: [String] = []
    check(instance, against: root, path: "$", errors: &errors)
    return errors
  }

  private func check(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
    guard case .object(let keywords) = schema else { return }
    if case .string(let reference)? = keywords["$ref"] {
      guard let target = resolve(reference) else { return errors.append("\(path): unresolvable $ref \(reference)") }
      return check(value, against: target, path: path, errors: &errors)
    }
    for key in keywords.keys where !Self.annotations.contains(key) && !Self.supported.contains(key) {
      errors.append("\(path): the validator does not support the keyword “\(key)”")
    }
    if let type = keywords["type"], !matchesType(value, type) { errors.append("\(path): expected type \(type), got \(value)") }
    if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
      errors.append("\(path): \(value) is not one of \(allowed)")
    }
    checkNumber(value, keywords, path: path, errors: &errors)
    checkString(value, keywords, path: path, errors: &errors)
    checkArray(value, keywords, path: path, errors: &errors)
    checkObject(value, keywords, path: path, errors: &errors)
    checkCombinators(value, keywords, path: path, errors: &errors)
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/definitions/") else { return nil }
    return root["definitions"]?[String(reference.dropFirst("#/definitions/".count))]
  }

  private func matchesType(_ value: JSONValue, _ type: JSONValue) -> Bool {
    switch type {
    case .array(let types): return types.contains { matchesType(value, $0) }
    case .string(let name):
      switch (name, value) {
      case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
        return true
      case ("integer", .number(let number)): return number.rounded() == number
      default: return false
      }
    default: return false
    }
  }

  private func checkNumber(_ value: JSONValue, _ keywords: [String: JSONValue], path: String, errors: inout [String]) {
    guard case .number(let number) = value else { return }
    if case .number(let minimum)? = keywords["minimum"], number < minimum { errors.append("\(path): \(number) < minimum \(minimum)") }
    if case .number(let maximum)? = keywords["maximum"], number > maximum { errors.append("\(path): \(number) > maximum \(maximum)") }
  }

  private func checkString(_ value: JSONValue, _ keywords: [String: JSONValue], path: String, errors: inout [String]) {
    guard case .string(let text) = value else { return }
    if case .string(let pattern)? = keywords["pattern"] {
      let matches = (try? NSRegularExpression(pattern: pattern))?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
      if !matches { errors.append("\(path): “\(text)” does not match \(pattern)") }
    }
    if case .string(let format)? = keywords["format"], !Self.matchesFormat(text, format) {
      errors.append("\(path): “\(text)” is not a valid \(format)")
    }
  }

  static func matchesFormat(_ text: String, _ format: String) -> Bool {
    let noSpaces = !text.contains { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }
    switch format {
    case "uri": return noSpaces && text.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*:"#, options: .regularExpression) != nil
    case "uri-reference": return noSpaces && text.unicodeScalars.allSatisfy { $0.isASCII }
    case "date-time":
      return text.range(of: #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#, options: .regularExpression) != nil
    default: return true
    }
  }

  private func checkArray(_ value: JSONValue, _ keywords: [String: JSONValue], path: String, errors: inout [String]) {
    guard case .array(let items) = value else { return }
    if case .number(let minimum)? = keywords["minItems"], Double(items.count) < minimum {
      errors.append("\(path): fewer than \(minimum) items")
    }
    if case .bool(true)? = keywords["uniqueItems"] {
      for (index, item) in items.enumerated() where items[..<index].contains(item) { errors.append("\(path)[\(index)]: duplicate item") }
    }
    if let itemSchema = keywords["items"] {
      for (index, item) in items.enumerated() { check(item, against: itemSchema, path: "\(path)[\(index)]", errors: &errors) }
    }
  }

  private func checkObject(_ value: JSONValue, _ keywords: [String: JSONValue], path: String, errors: inout [String]) {
    guard case .object(let members) = value else { return }
    if case .array(let required)? = keywords["required"] {
      for case .string(let name) in required where members[name] == nil { errors.append("\(path): missing required “\(name)”") }
    }
    var properties: [String: JSONValue] = [:]
    if case .object(let declared)? = keywords["properties"] { properties = declared }
    for (name, member) in members.sorted(by: { $0.key < $1.key }) {
      if let schema = properties[name] {
        check(member, against: schema, path: "\(path).\(name)", errors: &errors)
      } else if let additional = keywords["additionalProperties"] {
        if case .bool(false) = additional { errors.append("\(path): property “\(name)” is not allowed") }
        check(member, against: additional, path: "\(path).\(name)", errors: &errors)
      }
    }
  }

  private func checkCombinators(_ value: JSONValue, _ keywords: [String: JSONValue], path: String, errors: inout [String]) {
    func passes(_ schema: JSONValue) -> Bool {
      var scratch: [String] = []
      check(value, against: schema, path: path, errors: &scratch)
      return scratch.isEmpty
    }
    if case .array(let options)? = keywords["anyOf"], !options.contains(where: passes) { errors.append("\(path): matches none of anyOf") }
    if case .array(let options)? = keywords["oneOf"], options.filter(passes).count != 1 {
      errors.append("\(path): does not match exactly one of oneOf")
    }
    if case .array(let options)? = keywords["allOf"] {
      for option in options { check(value, against: option, path: path, errors: &errors) }
    }
    if let negated = keywords["not"], passes(negated) { errors.append("\(path): matches a schema it must not") }
  }
}
