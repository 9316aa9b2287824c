/// Where the time of a run went, by phase ("read", "outline", each rule id), for `--timings`:
/// the way to find the slow rule of a pack. Collected only when `Configuration.measuresTime`.
public struct Timings: Sendable {
  /// Seconds per phase, in the order phases were first seen.
  public private(set) var phases: [(name: String, seconds: Double)] = []

  public init() {}

  /// Runs `body`, adding its wall time to `phase` when `enabled`.
  @inline(__always)
  public mutating func measure<Result, Failure: Error>(
    _ phase: String, enabled: Bool, _ body: () throws(Failure) -> Result
  ) throws(Failure) -> Result {
    guard enabled else { return try body() }
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    add(phase, seconds: (clock.now - start).seconds)
    return result
  }

  public mutating func add(_ phase: String, seconds: Double) {
    if let index = phases.firstIndex(where: { $0.name == phase }) {
      phases[index].seconds += seconds
    } else {
      phases.append((phase, seconds))
    }
  }

  /// The phases of both, summed.
  public mutating func merge(_ other: Timings) {
    for phase in other.phases { add(phase.name, seconds: phase.seconds) }
  }

  public var total: Double { phases.reduce(0) { $0 + $1.seconds } }
}

extension Duration {
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
