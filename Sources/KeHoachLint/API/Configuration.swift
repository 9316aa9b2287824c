/// How a run is set up: which rules, which profile.
public struct Configuration: Sendable {
  /// The `Rules/` folder with the packs.
  public var rulesDirectory: String
  /// Force this profile (pack id) instead of detecting it from the title.
  public var profileID: String?

  public init(rulesDirectory: String, profileID: String? = nil) {
    self.rulesDirectory = rulesDirectory
    self.profileID = profileID
  }
}
