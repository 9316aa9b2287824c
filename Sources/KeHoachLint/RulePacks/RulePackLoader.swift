import Foundation
import Yams

/// Reads rule packs from a `Rules/` folder: each subfolder with a `pack.yml` is one pack
/// (one profile); every other `*.yml` beside it adds rule instances (`rules:` only), so a user
/// adds a required section or topic by dropping a YAML file in, without rebuilding.
public struct RulePackLoader: Sendable {
  /// Keys every rule entry has, whatever its kind.
  static let commonKeys = ["kind", "id", "severity", "source", "title", "strength", "levels"]

  public init() {}

  /// The packs under `rulesDirectory`, then those of each extra folder: a folder there with a
  /// `pack.yml` is a new pack; one named after a known profile without `pack.yml` adds its
  /// `*.yml` rules to that profile.
  public func loadPacks(from rulesDirectory: String, extraDirectories: [String]) throws(KeHoachLintError) -> [RulePack] {
    var packs = try loadPacks(from: rulesDirectory)
    for directory in extraDirectories {
      packs += try loadPacks(from: directory)
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for entry in entries.sorted() {
        let folder = (directory as NSString).appendingPathComponent(entry)
        guard !FileManager.default.fileExists(atPath: folder + "/pack.yml"),
          let index = packs.firstIndex(where: { $0.profile.id == entry })
        else { continue }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
        let sources = try files.map { file throws(KeHoachLintError) in
          try YAMLSource(file: (folder as NSString).appendingPathComponent(file))
        }
        packs[index] = packs[index].adding { () throws(KeHoachLintError) in
          var rules: [any Rule] = []
          for source in sources { rules += try RulePackLoader().loadRules(in: source, allowing: []) }
          return rules
        }
      }
    }
    return packs
  }

  /// Decodes every pack's rules (side by side: the packs are independent), so a broken rule
  /// file is one error at set-up rather than one per plan; the first pack's error in order
  /// is thrown, whatever the threads did.
  public static func decodeRules(of packs: [RulePack]) throws(KeHoachLintError) {
    let outcomes = ParallelMap.map(packs, jobs: ProcessInfo.processInfo.activeProcessorCount) { pack in
      Result { () throws(KeHoachLintError) in _ = try pack.rules() }
    }
    for outcome in outcomes { try outcome.get() }
  }

  /// All packs under `rulesDirectory`, sorted by folder name.
  public func loadPacks(from rulesDirectory: String) throws(KeHoachLintError) -> [RulePack] {
    let manager = FileManager.default
    guard let entries = try? manager.contentsOfDirectory(atPath: rulesDirectory) else {
      throw .rulePack(file: rulesDirectory, line: nil, column: nil, reason: Messages.FileProblem.notAFolder)
    }
    var packs: [RulePack] = []
    for entry in entries.sorted() {
      let folder = (rulesDirectory as NSString).appendingPathComponent(entry)
      let packFile = (folder as NSString).appendingPathComponent("pack.yml")
      guard manager.fileExists(atPath: packFile) else { continue }
      packs.append(try loadPack(at: folder))
    }
    return packs
  }

  /// One pack folder: the profile now, its rules when first asked for (the files are parsed
  /// now). `Linter` and `LintSession.packs` ask for every pack's at set-up (`decodeRules`), so
  /// a broken rule file is reported once, before any plan is read.
  public func loadPack(at folder: String) throws(KeHoachLintError) -> RulePack {
    let packFile = (folder as NSString).appendingPathComponent("pack.yml")
    let source = try YAMLSource(file: packFile)
    let profile = try source.decode(Profile.self)
    let extras = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".yml") && $0 != "pack.yml" }.sorted()
      .map { (folder as NSString).appendingPathComponent($0) }
    return RulePack(profile: profile, directory: folder) { () throws(KeHoachLintError) in
      let loader = RulePackLoader()
      var rules = try loader.loadRules(in: source, allowing: Profile.CodingKeys.allCases.map(\.stringValue))
      for extra in extras { rules += try loader.loadRules(in: try YAMLSource(file: extra), allowing: []) }
      var seen: Set<String> = []
      for rule in rules where !seen.insert(rule.info.id).inserted {
        throw .rulePack(file: folder, line: nil, column: nil, reason: Messages.FileProblem.duplicateRuleID(rule.info.id))
      }
      return rules
    }
  }

  /// The `rules:` list of a file whose other top-level keys are `allowing`.
  func loadRules(in source: YAMLSource, allowing otherKeys: [String]) throws(KeHoachLintError) -> [any Rule] {
    guard case .mapping(let mapping) = source.root else {
      throw source.error(at: source.root, Messages.FileProblem.expectedMapping(withList: "rules"))
    }
    for key in mapping.keys where key.string != "rules" && !otherKeys.contains(key.string ?? "") {
      throw source.error(at: key, Messages.FileProblem.unknownKey(key.string ?? "?", valid: otherKeys + ["rules"]))
    }
    guard let list = mapping["rules"] else { return [] }
    guard case .sequence(let entries) = list else {
      throw source.error(at: list, Messages.FileProblem.typeMismatch("rules", expected: .list))
    }
    var rules: [any Rule] = []
    for entry in entries { rules.append(try makeRule(entry, in: source)) }
    return rules
  }

  private func makeRule(_ entry: Node, in source: YAMLSource) throws(KeHoachLintError) -> any Rule {
    guard let kindNode = entry["kind"], let kindName = kindNode.string else {
      throw source.error(at: entry, Messages.FileProblem.missingKey("kind"))
    }
    guard let kind = BuiltInRules.kind(named: kindName) else {
      let kinds = BuiltInRules.kinds.map { $0.description.kind }
      throw source.error(at: kindNode, Messages.FileProblem.notOneOf(kindName, key: "kind", allowed: kinds))
    }
    let header = try source.decode(RuleEntryHeader.self, from: entry)
    let severity = header.severity ?? kind.description.defaultSeverity
    // An example list ("cụ thể như", "gợi ý", "có thể", "(không giới hạn)") is not a
    // requirement: it may prompt a reviewer (info), never send a plan back.
    if header.strength?.level == .example, severity != .info {
      throw source.error(at: entry["severity"] ?? entry, Messages.FileProblem.exampleTooSevere(id: header.id, severity: severity))
    }
    let info = RuleInfo(
      id: header.id, kind: kindName, severity: severity, source: header.source, title: header.title,
      strength: header.strength, levels: header.levels ?? [])
    return try Self.instantiate(kind, info: info, node: entry, source: source)
  }

  /// Opens the existential so the kind's own `Spec` type is decoded.
  static func instantiate<Kind: RuleKind>(_ kind: Kind.Type, info: RuleInfo, node: Node, source: YAMLSource) throws(KeHoachLintError)
    -> any Rule
  {
    let spec = try source.decode(Kind.Spec.self, from: node)
    return Kind(info: info, spec: spec)
  }
}

/// The keys every rule entry has; the kind's own keys are decoded into its `Spec`.
struct RuleEntryHeader: Decodable {
  var id: String
  var severity: Severity?
  var source: GuidanceSource
  var title: LocalizedText?
  var strength: RequirementStrength?
  var levels: [UnitLevel]?
}
