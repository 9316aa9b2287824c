import Foundation

/// A `.kehoach-lint.yml` file: the settings a plan repository or a reviewer's folder keeps.
/// Found in the linted file's folder or any parent (nearest wins), or named with `--config`.
///
/// ```yaml
/// profile: phu-luc-i-2021-2025     # instead of detecting it from the title
/// level: huyen                     # bo | tinh | so | huyen
/// fail-on: warning                 # error | warning | info | never
/// rules:                           # by rule id or kind id
///   pl1-numbering: off             # off | on | error | warning | info
///   placeholders: error
/// rule-packs: [quy-tac-rieng]      # extra Rules-like folders, relative to this file
/// include: ["ke-hoach/**"]         # which files are plans (default: every .md, .docx)
/// exclude: ["luu-tru/**"]          # files never checked, walked or named
/// waivers:                         # departures accepted on purpose (see `Waiver`)
///   - rule: pl1-security-spending-share
///     reason: Dự án SOC do tỉnh đầu tư tập trung
///     approved-by: Sở TT&TT, Công văn 123/STTTT-CNTT
///     expires: 31/12/2021
/// ```
///
/// `include` and `exclude` patterns are relative to this file's folder whatever the working
/// directory, and apply to files named on the command line too (a pre-commit hook passes
/// file names), so README.md is not checked as a plan.
public struct ProjectConfiguration: Sendable, Decodable {
  public static let fileName = ".kehoach-lint.yml"

  public enum RuleSetting: Sendable, Hashable, Decodable {
    case off
    case on
    case severity(Severity)

    public init(from decoder: any Decoder) throws {
      let value = try decoder.singleValueContainer().decode(String.self)
      switch value {
      case "off", "false": self = .off
      case "on", "true": self = .on
      default:
        guard let severity = Severity(rawValue: value) else {
          let key = decoder.codingPath.last?.stringValue ?? "rules"
          throw DecodingProblem(
            at: decoder.codingPath, Messages.FileProblem.notOneOf(value, key: key, allowed: ["off", "on", "error", "warning", "info"]))
        }
        self = .severity(severity)
      }
    }
  }

  /// The file it was read from (nil for defaults).
  public var file: String?
  public var profile: String?
  public var level: UnitLevel?
  /// nil: the default (error); `.some(nil)`: never.
  public var failOn: Severity??
  public var rules: [String: RuleSetting]
  /// Absolute paths of extra rule folders.
  public var rulePacks: [String]
  /// Glob patterns relative to the file's folder.
  public var exclude: [String]
  /// Glob patterns relative to the file's folder; empty: every plan file.
  public var include: [String]
  /// Departures accepted on purpose, each with its reason, approver and expiry.
  public var waivers: [Waiver]
  /// Where each key under `rules:` is written (1-based line and column), so an unknown id
  /// is reported at the key once the packs are known.
  var ruleKeyPositions: [String: (line: Int?, column: Int?)] = [:]

  public init() {
    rules = [:]
    rulePacks = []
    exclude = []
    include = []
    waivers = []
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case profile, level, failOn = "fail-on", rules, rulePacks = "rule-packs", exclude, include, waivers
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    profile = try container.decodeIfPresent(String.self, forKey: .profile)
    level = try container.decodeIfPresent(UnitLevel.self, forKey: .level)
    if let fail = try container.decodeIfPresent(String.self, forKey: .failOn) {
      guard fail == "never" || Severity(rawValue: fail) != nil else {
        throw container.problem(
          forKey: .failOn, Messages.FileProblem.notOneOf(fail, key: "fail-on", allowed: ["error", "warning", "info", "never"]))
      }
      failOn = .some(Severity(rawValue: fail))
    }
    rules = try container.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
    rulePacks = try container.decodeIfPresent([String].self, forKey: .rulePacks) ?? []
    exclude = try container.decodeIfPresent([String].self, forKey: .exclude) ?? []
    include = try container.decodeIfPresent([String].self, forKey: .include) ?? []
    waivers = try container.decodeIfPresent([Waiver].self, forKey: .waivers) ?? []
  }

  /// Reads a configuration file; relative folders become absolute.
  public static func load(_ path: String) throws(KeHoachLintError) -> ProjectConfiguration {
    let source = try YAMLSource(file: path)
    var configuration = try source.decode(ProjectConfiguration.self)
    if case .mapping(let rules)? = source.root["rules"] {
      for key in rules.keys { configuration.ruleKeyPositions[key.string ?? ""] = (key.mark?.line, key.mark?.column) }
    }
    let folder = (absolute(path) as NSString).deletingLastPathComponent
    configuration.file = path
    if case .sequence(let items)? = source.root["waivers"] {
      for (index, item) in items.enumerated() where configuration.waivers.indices.contains(index) {
        configuration.waivers[index].configurationFile = path
        configuration.waivers[index].line = item.mark?.line
        configuration.waivers[index].column = item.mark?.column
      }
    }
    configuration.rulePacks = configuration.rulePacks.map { $0.hasPrefix("/") ? $0 : (folder as NSString).appendingPathComponent($0) }
    return configuration
  }

  /// Fails on the first key under `rules:` (in file order) that is none of `known` (rule
  /// ids, kind ids, engine rules), pointing at the key and suggesting the closest known id.
  public func validateRuleSettings(known: Set<String>) throws(KeHoachLintError) {
    let unknown = rules.keys.filter { !known.contains($0) }.sorted { first, second in
      let (a, b) = (ruleKeyPositions[first], ruleKeyPositions[second])
      return ((a?.line ?? 0), (a?.column ?? 0), first) < ((b?.line ?? 0), (b?.column ?? 0), second)
    }
    if let id = unknown.first {
      let position = ruleKeyPositions[id]
      throw .configuration(
        file: file ?? Self.fileName, line: position?.line, column: position?.column,
        problem: Messages.unknownRuleSetting(id, suggestion: EditDistance.suggestion(for: id, among: known)))
    }
    // A waiver of a mistyped rule would waive nothing while a reader believes it does.
    if let waiver = waivers.first(where: { !known.contains($0.rule) }) {
      throw .configuration(
        file: file ?? Self.fileName, line: waiver.line, column: waiver.column,
        problem: Messages.unknownRuleInWaiver(waiver.rule, suggestion: EditDistance.suggestion(for: waiver.rule, among: known)))
    }
  }

  /// The nearest `.kehoach-lint.yml` in the folder of `path` or above it.
  public static func nearest(to path: String) -> String? {
    // `a/../b/x.md`: resolved first, or the walk up would climb through "..".
    var folder = URL(fileURLWithPath: absolute(path)).standardizedFileURL.deletingLastPathComponent()
    while true {
      let candidate = folder.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return candidate }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// Whether `path` matches one of the exclude patterns (relative to this file's folder).
  public func excludes(_ path: String) -> Bool {
    guard !exclude.isEmpty, let relative = relativePath(path) else { return false }
    return exclude.contains { Glob.matches($0, relative) }
  }

  /// Whether `path` is a plan to check: not excluded, and matching `include` when it is set
  /// (a `.doc` is kept whatever `include` says, so it is reported rather than dropped).
  public func selects(_ path: String) -> Bool {
    if excludes(path) { return false }
    guard !include.isEmpty, (path as NSString).pathExtension.lowercased() != "doc" else { return true }
    guard let relative = relativePath(path) else { return false }
    return include.contains { Glob.matches($0, relative) }
  }

  /// `path` relative to this file's folder, both resolved (`..`, links); nil outside it or
  /// without a file.
  func relativePath(_ path: String) -> String? {
    guard let file else { return nil }
    let folder = (InputFiles.identity(file) as NSString).deletingLastPathComponent
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let full = InputFiles.identity(path)
    guard full.hasPrefix(prefix) else { return nil }
    return String(full.dropFirst(prefix.count))
  }

  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }
}

/// Shell-style patterns: `*` within a path segment, `**` across segments, `?` one character.
enum Glob {
  static func matches(_ pattern: String, _ path: String) -> Bool {
    match(Array(pattern), 0, Array(path), 0)
  }

  private static func match(_ pattern: [Character], _ p: Int, _ text: [Character], _ t: Int) -> Bool {
    if p == pattern.count { return t == text.count }
    if pattern[p] == "*" {
      let crossesFolders = p + 1 < pattern.count && pattern[p + 1] == "*"
      var next = crossesFolders ? p + 2 : p + 1
      if crossesFolders, next < pattern.count, pattern[next] == "/" { next += 1 }
      var position = t
      while true {
        if match(pattern, next, text, position) { return true }
        guard position < text.count, crossesFolders || text[position] != "/" else { return false }
        position += 1
      }
    }
    guard t < text.count else { return false }
    if pattern[p] == "?" ? text[t] != "/" : pattern[p] == text[t] { return match(pattern, p + 1, text, t + 1) }
    return false
  }
}
