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
  /// Record how long reading, the outline and each rule take (`FileReport.timings`).
  public var measuresTime = false
  /// How many rules of one plan run at once: cores a batch of fewer files than `--jobs`
  /// would leave idle (one large plan) go to its rules instead.
  public var ruleThreads = 1

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

extension UnitLevel {
  /// Cities governed directly by the centre: a "THÀNH PHỐ" among them is a province-level unit.
  static let centralCities = ["ha noi", "ho chi minh", "hai phong", "da nang", "can tho"]

  /// The level named by an issuing body: "BỘ …" ministry; "ỦY BAN NHÂN DÂN TỈNH …" (or one of
  /// the five central cities) province; "SỞ …" department; "ỦY BAN NHÂN DÂN HUYỆN/THỊ XÃ/THÀNH
  /// PHỐ …" district. Nil when the name does not tell.
  public static func infer(issuingBody: String) -> UnitLevel? {
    let name = VietnameseFolding.titleKey(issuingBody)
    let body = name.replacingOccurrences(of: "uy ban nhan dan ", with: "ubnd ")
    if body.hasPrefix("bo ") || body.hasPrefix("co quan ngang bo") { return .ministry }
    if body.hasPrefix("so ") { return .department }
    guard body.hasPrefix("ubnd ") else { return nil }
    let place = body.dropFirst("ubnd ".count)
    if place.hasPrefix("tinh ") { return .province }
    if place.hasPrefix("thanh pho ") {
      return centralCities.contains { place.dropFirst("thanh pho ".count).hasPrefix($0) } ? .province : .district
    }
    if place.hasPrefix("huyen ") || place.hasPrefix("thi xa ") || place.hasPrefix("quan ") { return .district }
    return nil
  }
}
