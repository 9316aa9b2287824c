import Foundation

/// Results several rules need for one document (the project list, folded texts), computed
/// once per document on first use. Shared by the rules of one check, never across documents.
/// Rules may run on several threads: a value asked for twice at once is made once, the
/// second caller waiting for it.
public final class AnalysisCache: @unchecked Sendable {
  private var slots: [String: Slot] = [:]
  private let lock = NSLock()

  public init() {}

  /// The value stored under `key`, made by `make` the first time. Each key has its own lock,
  /// so `make` may itself use the cache for other keys.
  public func value<Value: Sendable>(_ key: String, _ make: () -> Value) -> Value {
    let slot = lock.withLock {
      if let slot = slots[key] { return slot }
      let slot = Slot()
      slots[key] = slot
      return slot
    }
    return slot.lock.withLock {
      if let stored = slot.value as? Value { return stored }
      let made = make()
      slot.value = made
      return made
    }
  }

  private final class Slot: @unchecked Sendable {
    let lock = NSLock()
    var value: (any Sendable)?
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
