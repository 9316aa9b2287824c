import Foundation

/// The downloads of recent reports, in memory only, behind a random token: each set expires
/// after `lifetime`, and the oldest go first when all of them would pass `capacity` bytes.
actor ResultStore {
  struct Download: Sendable {
    let fileName: String
    let contentType: String
    let bytes: [UInt8]
  }

  private struct Entry {
    let created: ContinuousClock.Instant
    let downloads: [String: Download]
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

  /// The token the downloads are kept under, keyed by their link name; nil when they alone
  /// would pass the capacity (the page then offers none).
  func keep(_ downloads: [String: Download]) -> String? {
    purgeExpired()
    let bytes = downloads.values.reduce(0) { $0 + $1.bytes.count }
    guard bytes <= capacity, !downloads.isEmpty else { return nil }
    while size + bytes > capacity, let oldest = order.first { remove(oldest) }
    let token = Self.newToken()
    entries[token] = Entry(created: clock.now, downloads: downloads, size: bytes)
    order.append(token)
    size += bytes
    return token
  }

  func download(token: String, name: String) -> Download? {
    purgeExpired()
    return entries[token]?.downloads[name]
  }

  var count: Int { entries.count }

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
    return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16).leftPadded(to: 16) }.joined()
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
