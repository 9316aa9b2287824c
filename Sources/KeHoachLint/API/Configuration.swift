/// How a run is set up: which rules, which profile, facts about the unit.
public struct Configuration: Sendable {
  /// The `Rules/` folder with the packs.
  public var rulesDirectory: String
  /// Force this profile (pack id) instead of detecting it from the title.
  public var profileID: String?
  /// The administrative level of the unit whose plan it is (deadlines differ by level).
  public var unitLevel: UnitLevel?
  /// The plan's date when its place-and-date line lacks one (`--date`).
  public var planDate: CivilDate?
  /// Rules switched off or given another severity, by rule id or kind id.
  public var ruleSettings: [String: ProjectConfiguration.RuleSetting]
  /// More `Rules/`-like folders: new packs, or extra rule files for a bundled profile in a
  /// folder named after it.
  public var extraRuleDirectories: [String]

  public init(
    rulesDirectory: String, profileID: String? = nil, unitLevel: UnitLevel? = nil, planDate: CivilDate? = nil,
    ruleSettings: [String: ProjectConfiguration.RuleSetting] = [:], extraRuleDirectories: [String] = []
  ) {
    self.rulesDirectory = rulesDirectory
    self.profileID = profileID
    self.unitLevel = unitLevel
    self.planDate = planDate
    self.ruleSettings = ruleSettings
    self.extraRuleDirectories = extraRuleDirectories
  }
}

/// The level of the unit that drafts a plan.
public enum UnitLevel: String, Sendable, Codable, CaseIterable {
  /// Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.
  case ministry = "bo"
  /// Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương.
  case province = "tinh"
  /// Sở, ban, ngành thuộc tỉnh.
  case department = "so"
  /// Ủy ban nhân dân huyện, thị xã, thành phố thuộc tỉnh.
  case district = "huyen"
}
