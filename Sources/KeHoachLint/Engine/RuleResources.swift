/// Shared data rules may consult besides the document (loaded once per run from `Rules/`),
/// such as the catalog of legal documents.
public struct RuleResources: Sendable {
  /// The documents plans cite, from `Rules/legal/*.yml` (empty when the folder has none).
  public let legalCatalog: LegalCatalog

  public init(legalCatalog: LegalCatalog = LegalCatalog()) {
    self.legalCatalog = legalCatalog
  }

  /// Loads whatever shared data `rulesDirectory` holds.
  public static func load(rulesDirectory: String) throws(KeHoachLintError) -> RuleResources {
    RuleResources(legalCatalog: try LegalCatalogLoader.load(rulesDirectory: rulesDirectory))
  }
}
