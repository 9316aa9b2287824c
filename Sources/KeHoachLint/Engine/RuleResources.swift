/// Shared data rules may consult besides the document (loaded once per run from `Rules/`),
/// such as the catalog of legal documents.
public struct RuleResources: Sendable {
  public init() {}

  /// Loads whatever shared data `rulesDirectory` holds.
  public static func load(rulesDirectory: String) throws(KeHoachLintError) -> RuleResources {
    RuleResources()
  }
}
