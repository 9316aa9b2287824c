/// At most `slots` checks at once and at most `queueLength` waiting behind them: a request
/// past both is turned away at once instead of piling up uploads in memory.
actor CheckGate {
  struct Busy: Error {}

  let slots: Int
  let queueLength: Int
  private(set) var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []

  init(slots: Int, queueLength: Int) {
    self.slots = max(1, slots)
    self.queueLength = max(0, queueLength)
  }

  var waitingCount: Int { waiting.count }

  /// Returns holding a slot, after waiting in line if need be; throws `Busy` when the line is full.
  func acquire() async throws(Busy) {
    if running < slots {
      running += 1
      return
    }
    guard waiting.count < queueLength else { throw Busy() }
    // The slot is handed over by `release`, which leaves `running` as it is.
    await withCheckedContinuation { waiting.append($0) }
  }

  func release() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}
