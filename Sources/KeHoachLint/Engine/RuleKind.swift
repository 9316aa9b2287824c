/// A rule instance ready to check a plan: a kind's code with one pack entry's data.
public protocol Rule: Sendable {
  var info: RuleInfo { get }
  func check(_ context: RuleContext) -> [Finding]
  /// The requirements this rule decides and whether each is met, given its findings (a
  /// default gives one verdict per instance).
  func verdicts(_ context: RuleContext, findings: [Finding]) -> [RequirementVerdict]
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

  /// The instance's title, else its kind's, else its id.
  public var resolvedTitle: LocalizedText {
    title ?? BuiltInRules.description(of: kind)?.title ?? LocalizedText(vi: id, en: id)
  }

  public init(id: String, kind: String, severity: Severity, source: GuidanceSource, title: LocalizedText? = nil) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.source = source
    self.title = title
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

  public init(kind: String, title: LocalizedText, rationale: LocalizedText, defaultSeverity: Severity, examples: [RuleExample]) {
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
