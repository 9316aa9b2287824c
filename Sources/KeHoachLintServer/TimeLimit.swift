import Foundation

/// The per-request time limit. A check runs on a thread of its own (the linter is
/// synchronous and cannot be interrupted); past the limit the request is answered and the
/// check finishes in the background, still holding its job so the limit on jobs holds.
enum TimeLimit {
  struct Exceeded: Error {}

  /// `work` on a thread, then `finally` (releasing the job) whatever the answer was;
  /// throws `Exceeded` when `limit` passes first.
  static func run<T: Sendable>(
    within limit: Duration, _ work: @escaping @Sendable () -> T, finally: @escaping @Sendable () async -> Void
  ) async throws(Exceeded) -> T {
    let race = Race<T>()
    let result: T? = await withCheckedContinuation { continuation in
      race.start(continuation)
      Task.detached {
        let value = await withCheckedContinuation { done in DispatchQueue.global().async { done.resume(returning: work()) } }
        await finally()
        race.finish(value)
      }
      race.timer = Task {
        try? await Task.sleep(for: limit)
        race.finish(nil)
      }
    }
    race.timer?.cancel()
    guard let result else { throw Exceeded() }
    return result
  }

  /// `body` (async and cancellable, such as reading an upload), cancelled when `limit` passes.
  static func run<T: Sendable>(within limit: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
      group.addTask { try await body() }
      group.addTask {
        try await Task.sleep(for: limit)
        return nil
      }
      defer { group.cancelAll() }
      guard let first = try await group.next(), let value = first else { throw Exceeded() }
      return value
    }
  }

  /// Resumes the waiting request once: with the check's result or, at the deadline, nil.
  private final class Race<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T?, Never>?
    private var _timer: Task<Void, Never>?

    var timer: Task<Void, Never>? {
      get { lock.withLock { _timer } }
      set { lock.withLock { _timer = newValue } }
    }

    func start(_ continuation: CheckedContinuation<T?, Never>) { lock.withLock { self.continuation = continuation } }

    func finish(_ value: T?) {
      let waiting = lock.withLock {
        let waiting = continuation
        continuation = nil
        return waiting
      }
      waiting?.resume(returning: value)
    }
  }
}
