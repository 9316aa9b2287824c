import Foundation

/// A framework a plan is checked against (Phụ lục I five-year, Phụ lục II annual, …): the
/// metadata of one rule pack.
public struct Profile: Sendable, Hashable, Codable {
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

    public init(title: [String], levels: [UnitLevel] = [], fallback: Bool = false) {
      self.title = title
      self.levels = levels
      self.fallback = fallback
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case title, levels, fallback }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.strictContainer(keyedBy: CodingKeys.self)
      title = try container.decode([String].self, forKey: .title)
      levels = try container.decodeIfPresent([UnitLevel].self, forKey: .levels) ?? []
      fallback = try container.decodeIfPresent(Bool.self, forKey: .fallback) ?? false
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

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, version, title, source, planKind = "plan-kind", period, detect
  }

  /// Whether `title` names this profile's kind of plan.
  public func matches(title: String) -> Bool {
    let key = Profile.detectionKey(title)
    return detect.title.contains { key.contains(Profile.detectionKey($0)) }
  }

  /// Folded, with spaces removed, so "GIAI ĐOẠN 2021 - 2025" = "giai đoạn 2021-2025".
  static func detectionKey(_ text: String) -> String {
    VietnameseFolding.fold(text).filter { !$0.isWhitespace }
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
