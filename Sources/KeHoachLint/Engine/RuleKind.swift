/// A rule instance ready to check a plan: a kind's code with one pack entry's data.
public protocol Rule: Sendable {
  var info: RuleInfo { get }
  func check(_ context: RuleContext) -> [Finding]
  /// The requirements this rule decides and whether each is met, given its findings (a
  /// default gives one verdict per instance).
  func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict]
  /// The sections this rule requires, in order (nil for rules that require none): what
  /// `init` writes as a plan's framework.
  var requiredSections: [RequiredSection]? { get }
  /// The fields every row of the project list must fill (nil for rules that require none).
  var requiredProjectFields: [ProjectColumnRole.Field]? { get }
}

extension Rule {
  public var requiredSections: [RequiredSection]? { nil }
  public var requiredProjectFields: [ProjectColumnRole.Field]? { nil }
}

/// A kind of rule: code that checks one kind of requirement, configured by a typed spec
/// decoded from a rule pack (`Rules/…/*.yml`). Which sections, citations or ratios are required
/// is data; how to check them is the kind.
public protocol RuleKind: Rule {
  associatedtype Spec: Decodable & Sendable
  /// Everything `rules`, `explain`, the docs and the tests know about this kind.
  static var description: RuleDescription { get }
  init(info: RuleInfo, spec: Spec)
}

/// What every rule instance has, whatever its kind: read from the pack entry.
public struct RuleInfo: Sendable, Hashable, Codable {
  /// Stable id users enable, disable and suppress (`pl1-required-sections`).
  public var id: String
  /// The kind's id (`required-sections`).
  public var kind: String
  public var severity: Severity
  /// The guidance text this instance enforces.
  public var source: GuidanceSource
  /// A short title for listings; the kind's title when absent.
  public var title: LocalizedText?
  /// How strongly the guidance asks it, in the guidance's own words (`strength:`): an
  /// `example` never yields more than `info`.
  public var strength: RequirementStrength?
  /// The unit levels the instance binds (`levels:`); empty: every level. A plan whose level
  /// is known and not listed is not checked by it.
  public var levels: [UnitLevel]

  /// Whether the instance binds a unit of `level` (an unknown level: it does).
  public func applies(to level: UnitLevel?) -> Bool {
    guard let level, !levels.isEmpty else { return true }
    return levels.contains(level)
  }

  /// The instance's title, else its kind's, else its id.
  public var resolvedTitle: LocalizedText {
    title ?? BuiltInRules.description(of: kind)?.title ?? LocalizedText(vi: id, en: id)
  }

  public init(
    id: String, kind: String, severity: Severity, source: GuidanceSource, title: LocalizedText? = nil,
    strength: RequirementStrength? = nil, levels: [UnitLevel] = []
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.source = source
    self.title = title
    self.strength = strength
    self.levels = levels
  }

  enum CodingKeys: String, CodingKey { case id, kind, severity, source, title, strength, levels }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    kind = try container.decode(String.self, forKey: .kind)
    severity = try container.decode(Severity.self, forKey: .severity)
    source = try container.decode(GuidanceSource.self, forKey: .source)
    title = try container.decodeIfPresent(LocalizedText.self, forKey: .title)
    strength = try container.decodeIfPresent(RequirementStrength.self, forKey: .strength)
    levels = try container.decodeIfPresent([UnitLevel].self, forKey: .levels) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encode(severity, forKey: .severity)
    try container.encode(source, forKey: .source)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encodeIfPresent(strength, forKey: .strength)
    if !levels.isEmpty { try container.encode(levels, forKey: .levels) }
  }
}

/// How strongly the guidance asks for what a rule instance checks, read from its own words:
/// "phải", "bắt buộc", "đảm bảo mức tối thiểu" make a `must`; "cụ thể như", "gợi ý", "có thể",
/// "(không giới hạn)" an `example` (a list to draw from, not a requirement).
public struct RequirementStrength: Sendable, Hashable, Codable {
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    case must
    case example
  }

  public var level: Level
  /// The guidance's words that set the level, quoted.
  public var quote: String

  public init(level: Level, quote: String) {
    self.level = level
    self.quote = quote
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case level, quote }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    level = try container.decode(Level.self, forKey: .level)
    quote = try container.decode(String.self, forKey: .quote)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(level, forKey: .level)
    try container.encode(quote, forKey: .quote)
  }
}

/// The metadata of a rule kind: one value, read by the engine, the CLI, the docs and tests.
public struct RuleDescription: Sendable {
  /// The kind id used in packs (`kind: required-sections`).
  public let kind: String
  public let title: LocalizedText
  /// Why the rule exists: what a reviewer checks and why it matters.
  public let rationale: LocalizedText
  public let defaultSeverity: Severity
  /// Triggering and non-triggering examples; they run as tests.
  public let examples: [RuleExample]
  /// Whether the kind attaches safe fixes to some findings (`kehoach-lint fix`).
  public let canFix: Bool

  public init(
    kind: String, title: LocalizedText, rationale: LocalizedText, defaultSeverity: Severity, examples: [RuleExample],
    canFix: Bool = false
  ) {
    self.canFix = canFix
    self.kind = kind
    self.title = title
    self.rationale = rationale
    self.defaultSeverity = defaultSeverity
    self.examples = examples
  }
}

/// A short Markdown plan and a spec (YAML, the kind's own fields), with the profile data the
/// kind reads (`pack.yml` keys such as `security-terms`, `review-list`), if any. `↓` marks where
/// each expected finding starts; an example without markers must produce no finding.
public struct RuleExample: Sendable {
  public static let marker: Character = "↓"
  public let markdown: String
  public let spec: String
  public let profile: String

  public init(markdown: String, spec: String, profile: String = "") {
    self.markdown = markdown
    self.spec = spec
    self.profile = profile
  }

  public var triggers: Bool { markdown.contains(RuleExample.marker) }
}
