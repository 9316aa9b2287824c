import Dispatch
import Foundation

/// Maps over items on several threads, keeping the order. Linting is CPU-bound and each file
/// independent, so a batch scales with cores.
enum ParallelMap {
  static func map<Item: Sendable, Result: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Result) -> [Result] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    let results = ResultSlots<Result>(count: items.count)
    let next = Counter()
    // Each worker takes the next unclaimed item, so a slow file does not hold up a whole share.
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
      while let index = next.take(below: items.count) {
        results.set(index, transform(items[index]))
      }
    }
    return results.values()
  }
}

/// Written once per slot from several threads under a lock.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
  private var slots: [Result?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Result) {
    lock.withLock { slots[index] = value }
  }

  func values() -> [Result] { lock.withLock { slots.compactMap { $0 } } }
}

private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  func take(below limit: Int) -> Int? {
    lock.withLock {
      guard value < limit else { return nil }
      defer { value += 1 }
      return value
    }
  }
}
