import Foundation

/// A framework a plan is checked against (Phụ lục I five-year, Phụ lục II annual, …): the
/// metadata of one rule pack.
public struct Profile: Sendable, Hashable, Decodable {
  public enum PlanKind: String, Sendable, Hashable, Codable {
    case fiveYear = "five-year"
    case annual
  }

  public struct Detection: Sendable, Hashable, Codable {
    /// Phrases of which one must occur in the plan's title (compared folded, spaces ignored).
    public var title: [String]
    /// The unit levels the framework is for; empty means any.
    public var levels: [UnitLevel]
    /// Chosen when the title matches but the unit's level is unknown.
    public var fallback: Bool
    /// Run when no framework's title matches (never chosen by title): its rules are the
    /// checks every plan needs whatever its framework.
    public var base: Bool

    public init(title: [String], levels: [UnitLevel] = [], fallback: Bool = false, base: Bool = false) {
      self.title = title
      self.levels = levels
      self.fallback = fallback
      self.base = base
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case title, levels, fallback, base }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
      title = try container.decode([String].self, forKey: .title)
      levels = try container.decodeIfPresent([UnitLevel].self, forKey: .levels) ?? []
      fallback = try container.decodeIfPresent(Bool.self, forKey: .fallback) ?? false
      base = try container.decodeIfPresent(Bool.self, forKey: .base) ?? false
    }
  }

  public var id: String
  public var version: String
  public var title: LocalizedText
  public var source: GuidanceSource
  public var planKind: PlanKind
  /// First and last year of the plan period.
  public var period: [Int]
  public var detect: Detection
  /// Words that mark a task as information security (`security-terms`, `security-exclusions`):
  /// the security-share rule and the report's budget read the same words. Nil when the
  /// framework sets no security share; then no share is reported.
  public var securityVocabulary: SecurityVocabulary?
  /// The documents the guidance asks units to review (`review-list`, Phụ lục III): the
  /// coverage rule and the citation table read it. Nil when the framework has none.
  public var reviewList: ReviewList?
  /// The guidance's deadline for drafts by unit level (`draft-deadlines`): the plan-deadline
  /// rule and the feedback letter read the same dates. Nil when the guidance sets none.
  public var draftDeadlines: DraftDeadlines?

  public init(
    id: String, version: String, title: LocalizedText, source: GuidanceSource, planKind: PlanKind, period: [Int],
    detect: Detection, securityVocabulary: SecurityVocabulary? = nil, reviewList: ReviewList? = nil,
    draftDeadlines: DraftDeadlines? = nil
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.source = source
    self.planKind = planKind
    self.period = period
    self.detect = detect
    self.securityVocabulary = securityVocabulary
    self.reviewList = reviewList
    self.draftDeadlines = draftDeadlines
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, version, title, source, planKind = "plan-kind", period, detect
    case securityTerms = "security-terms", securityExclusions = "security-exclusions", reviewList = "review-list"
    case draftDeadlines = "draft-deadlines"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: ["rules"])
    id = try container.decode(String.self, forKey: .id)
    version = try container.decode(String.self, forKey: .version)
    title = try container.decode(LocalizedText.self, forKey: .title)
    source = try container.decode(GuidanceSource.self, forKey: .source)
    planKind = try container.decode(PlanKind.self, forKey: .planKind)
    period = try container.decode([Int].self, forKey: .period)
    detect = try container.decode(Detection.self, forKey: .detect)
    guard period.count == 2, period[0] <= period[1] else {
      throw container.problem(forKey: .period, Messages.FileProblem.periodYears)
    }
    if let terms = try container.decodeIfPresent([String].self, forKey: .securityTerms) {
      securityVocabulary = SecurityVocabulary(
        terms: terms, exclusions: try container.decodeIfPresent([String].self, forKey: .securityExclusions) ?? [])
    } else if container.contains(.securityExclusions) {
      throw DecodingError.dataCorruptedError(
        forKey: .securityExclusions, in: container, debugDescription: "security-exclusions needs security-terms")
    }
    reviewList = try container.decodeIfPresent(ReviewList.self, forKey: .reviewList)
    draftDeadlines = try container.decodeIfPresent(DraftDeadlines.self, forKey: .draftDeadlines)
  }

  /// Whether `title` names this profile's kind of plan.
  public func matches(title: String) -> Bool {
    guard !detect.base else { return false }
    let key = Profile.detectionKey(title)
    return detect.title.contains { key.contains(Profile.detectionKey($0)) }
  }

  /// Folded, with spaces removed, so "GIAI ĐOẠN 2021 - 2025" = "giai đoạn 2021-2025".
  static func detectionKey(_ text: String) -> String {
    VietnameseFolding.fold(text).filter { !$0.isWhitespace }
  }
}

/// A list of documents a guidance asks units to review when drafting ("Phụ lục III – Văn bản
/// áp dụng xây dựng kế hoạch").
public struct ReviewList: Sendable, Hashable, Decodable {
  /// How the guidance names the list ("Phụ lục III").
  public var name: String
  public var documents: [LegalBasis]

  public init(name: String, documents: [LegalBasis]) {
    self.name = name
    self.documents = documents
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case name, documents }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    documents = try container.decode([LegalBasis].self, forKey: .documents)
  }
}

/// The last day a unit of each level may send its draft, as the guidance sets it.
public struct DraftDeadlines: Sendable, Hashable, Decodable {
  /// A level left out has no deadline.
  public var byLevel: [UnitLevel: CivilDate]
  public var source: GuidanceSource

  public init(byLevel: [UnitLevel: CivilDate], source: GuidanceSource) {
    self.byLevel = byLevel
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case byLevel = "by-level", source }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
    source = try container.decode(GuidanceSource.self, forKey: .source)
    var byLevel: [UnitLevel: CivilDate] = [:]
    for (key, value) in try container.decode([String: String].self, forKey: .byLevel) {
      guard let level = UnitLevel(rawValue: key) else {
        let valid = UnitLevel.allCases.map(\.rawValue)
        throw container.problem(forKey: .byLevel, Messages.FileProblem.notOneOf(key, key: "by-level", allowed: valid))
      }
      guard let date = VietnameseDate.parse(value) else {
        throw container.problem(forKey: .byLevel, Messages.FileProblem.invalidValue(value, path: "by-level.\(key)", expected: .date))
      }
      byLevel[level] = date
    }
    self.byLevel = byLevel
  }
}

/// A rule pack: its profile, and its rule instances, decoded on first use (a `Linter` asks
/// for every pack's at set-up, side by side, so a broken file is one set-up error).
public struct RulePack: Sendable {
  public let profile: Profile
  /// The folder it was read from.
  public let directory: String
  private let lazyRules: LazyRules

  public init(profile: Profile, rules: [any Rule], directory: String) {
    self.init(profile: profile, directory: directory) { rules }
  }

  public init(profile: Profile, directory: String, load: @escaping @Sendable () throws(KeHoachLintError) -> [any Rule]) {
    self.profile = profile
    self.directory = directory
    self.lazyRules = LazyRules(load: load)
  }

  /// The pack's rule instances; a rule file's error is thrown here, on first use.
  public func rules() throws(KeHoachLintError) -> [any Rule] { try lazyRules.value() }

  /// The same pack with more rules after its own.
  func adding(_ more: @escaping @Sendable () throws(KeHoachLintError) -> [any Rule]) -> RulePack {
    let base = lazyRules
    return RulePack(profile: profile, directory: directory) { () throws(KeHoachLintError) in try base.value() + more() }
  }
}

/// Decodes once, under a lock, and remembers the result or the error.
private final class LazyRules: @unchecked Sendable {
  private let load: @Sendable () throws(KeHoachLintError) -> [any Rule]
  private var result: Result<[any Rule], KeHoachLintError>?
  private let lock = NSLock()

  init(load: @escaping @Sendable () throws(KeHoachLintError) -> [any Rule]) { self.load = load }

  func value() throws(KeHoachLintError) -> [any Rule] {
    let outcome = lock.withLock {
      if let result { return result }
      let made = Result { () throws(KeHoachLintError) in try load() }
      result = made
      return made
    }
    return try outcome.get()
  }
}
