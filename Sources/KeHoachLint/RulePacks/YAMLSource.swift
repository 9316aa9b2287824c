import Foundation
import Yams

/// One YAML file (a rule pack, the legal catalog, a configuration) parsed with positions, so
/// every error points to `file:line:column`.
///
/// `@unchecked Sendable`: Yams' `Node` is a value tree that is never changed after parsing;
/// it is not marked `Sendable` only because its tags hold a reference to the (immutable)
/// resolver. Packs keep their parsed files to decode rules lazily, possibly on another thread.
struct YAMLSource: @unchecked Sendable {
  let file: String
  let root: Node

  /// Reads and parses `file`; an empty file is an empty mapping.
  init(file: String) throws(KeHoachLintError) {
    // An empty file is an empty mapping; it is not read (Foundation leaks a buffer when
    // reading an empty file, which the fuzzer's leak checker reports).
    // stat(2), not `attributesOfItem`: Foundation looks the owner up in /etc/passwd for that.
    var status = stat()
    if stat(file, &status) == 0, status.st_size == 0 {
      try self.init(file: file, text: "")
      return
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw .rulePack(file: file, line: nil, column: nil, reason: Messages.FileProblem.unreadable)
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .rulePack(file: file, line: nil, column: nil, reason: Messages.FileProblem.notUTF8)
    }
    try self.init(file: file, text: text)
  }

  init(file: String, text: String) throws(KeHoachLintError) {
    self.file = file
    do {
      // The basic resolver tags every scalar as text: the decoder still reads numbers and booleans
      // from text, and skipping the default resolver's regular expressions makes loading the packs
      // several times faster.
      root = try Yams.compose(yaml: text, .basic) ?? Node.mapping(Node.Mapping([]))
    } catch let error as YamlError {
      let mark = YAMLSource.mark(of: error)
      throw .rulePack(file: file, line: mark?.line, column: mark?.column, reason: YAMLSource.problem(of: error))
    } catch {
      throw .rulePack(file: file, line: nil, column: nil, reason: Messages.FileProblem.syntax("\(error)"))
    }
  }

  /// Decodes `node` (the root by default), turning decoding errors into errors that point to
  /// the offending key or value.
  func decode<T: Decodable>(_ type: T.Type, from node: Node? = nil) throws(KeHoachLintError) -> T {
    let target = node ?? root
    do {
      return try NodeDecoder.decode(type, from: target, codingPath: [])
    } catch let error as DecodingError {
      throw describe(error, base: target)
    } catch let problem as DecodingProblem {
      throw self.error(at: YAMLSource.locate(problem.codingPath, from: target), problem.reason)
    } catch let error as KeHoachLintError {
      throw error
    } catch {
      let reason = Messages.FileProblem.invalidValue(target.string, path: "")
      throw .rulePack(file: file, line: target.mark?.line, column: target.mark?.column, reason: reason)
    }
  }

  /// An error at `node` (for checks made after decoding).
  func error(at node: Node?, _ reason: LocalizedText) -> KeHoachLintError {
    .rulePack(file: file, line: node?.mark?.line, column: node?.mark?.column, reason: reason)
  }

  private func describe(_ error: DecodingError, base: Node) -> KeHoachLintError {
    switch error {
    case .keyNotFound(let key, let context):
      let node = YAMLSource.locate(context.codingPath, from: base)
      return self.error(at: node, Messages.FileProblem.missingKey(key.stringValue))
    case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
      let node = YAMLSource.locate(context.codingPath, from: base)
      let path = YAMLSource.pathText(context.codingPath)
      return self.error(at: node, Messages.FileProblem.typeMismatch(path, expected: .of(type)))
    case .dataCorrupted(let context):
      // Foundation's and Yams' descriptions are English: name the value and its key instead.
      let node = YAMLSource.locate(context.codingPath, from: base, keyItself: false)
      let path = YAMLSource.pathText(context.codingPath)
      return self.error(at: node, Messages.FileProblem.invalidValue(node.string, path: path))
    @unknown default:
      return self.error(at: base, Messages.FileProblem.invalidValue(nil, path: YAMLSource.pathText([])))
    }
  }

  /// The node at a coding path; for the last key of a mapping, the key itself (so an unknown
  /// key points at the key, not its value) unless `keyItself` is false.
  static func locate(_ path: [any CodingKey], from base: Node, keyItself: Bool = true) -> Node {
    var node = base
    for (position, key) in path.enumerated() {
      switch node {
      case .mapping(let mapping):
        guard let pair = mapping.first(where: { $0.key.string == key.stringValue }) else { return node }
        node = keyItself && position == path.count - 1 ? pair.key : pair.value
      case .sequence(let sequence):
        guard let index = key.intValue, sequence.indices.contains(index) else { return node }
        node = sequence[index]
      default:
        return node
      }
    }
    return node
  }

  private static func pathText(_ path: [any CodingKey]) -> String {
    path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
  }

  private static func mark(of error: YamlError) -> Mark? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark
    case .duplicatedKeysInMapping(_, let context): context.mark
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> LocalizedText {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      Messages.FileProblem.syntax(problem)
    case .duplicatedKeysInMapping(let duplicates, _): Messages.FileProblem.duplicateKeys(duplicates)
    default: Messages.FileProblem.syntax("\(error)")
    }
  }
}
