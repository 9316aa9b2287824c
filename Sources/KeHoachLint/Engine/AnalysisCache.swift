import Foundation

/// Results several rules need for one document (the project list, folded texts), computed
/// once per document on first use. Shared by the rules of one check, never across documents.
public final class AnalysisCache: @unchecked Sendable {
  private var values: [String: any Sendable] = [:]
  private let lock = NSLock()

  public init() {}

  /// The value stored under `key`, made by `make` the first time. `make` runs outside the
  /// lock, so it may itself use the cache.
  public func value<Value: Sendable>(_ key: String, _ make: () -> Value) -> Value {
    if let stored = lock.withLock({ values[key] }) as? Value { return stored }
    let made = make()
    lock.withLock { values[key] = made }
    return made
  }
}

extension RuleContext {
  /// Every text a person reads in block `index` (its text, or each table cell), folded for
  /// searching.
  public func foldedTexts(ofBlock index: Int) -> [FoldedText] {
    let all = cache.value("folded-texts") {
      document.blocks.map { block in PlaceholderRule.texts(of: block).map { FoldedText($0.0) } }
    }
    return all.indices.contains(index) ? all[index] : []
  }
}
