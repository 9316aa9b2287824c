import Foundation

/// Recent checks, in memory only, behind a random token, so their downloads can be made when
/// asked for: each expires after `lifetime`, and the oldest go first when all of them would
/// pass `capacity` bytes.
actor ResultStore<Value: Sendable> {
  private struct Entry {
    let created: ContinuousClock.Instant
    let value: Value
    let size: Int
  }

  let lifetime: Duration
  let capacity: Int
  private let clock = ContinuousClock()
  private var entries: [String: Entry] = [:]
  private var order: [String] = []
  private(set) var size = 0

  init(lifetime: Duration, capacity: Int) {
    self.lifetime = lifetime
    self.capacity = capacity
  }

  /// The token `value` is kept under; nil when its `size` alone would pass the capacity.
  func keep(_ value: Value, size bytes: Int) -> String? {
    purgeExpired()
    guard bytes <= capacity else { return nil }
    while size + bytes > capacity, let oldest = order.first { remove(oldest) }
    let token = Self.newToken()
    entries[token] = Entry(created: clock.now, value: value, size: bytes)
    order.append(token)
    size += bytes
    return token
  }

  func value(for token: String) -> Value? {
    purgeExpired()
    return entries[token]?.value
  }

  var count: Int {
    purgeExpired()
    return entries.count
  }

  private func purgeExpired() {
    let now = clock.now
    while let oldest = order.first, let entry = entries[oldest], now - entry.created >= lifetime { remove(oldest) }
  }

  private func remove(_ token: String) {
    if let entry = entries.removeValue(forKey: token) { size -= entry.size }
    order.removeAll { $0 == token }
  }

  /// 128 random bits from the system generator, as hex: not guessable, safe in a path.
  static func newToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<2).map { _ in
      let hex = String(generator.next() as UInt64, radix: 16)
      return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
  }
}
