import Foundation
import Testing

/// `check --timings`: where the time went, on standard error, the report unchanged.
@Suite struct TimingsTests {
  @Test func timingsNameEveryPhaseOnStandardErrorOnly() throws {
    let plain = try CLI.run(["check", "--format", "json", CheckCommandTests.annual])
    let timed = try CLI.run(["check", "--format", "json", "--timings", CheckCommandTests.annual])
    #expect(timed.status == plain.status)
    let lines = timed.stderr.split(separator: "\n").map(String.init)
    for phase in ["load configuration and rule packs", "read", "outline", "pl2-placeholders"] {
      #expect(lines.contains { $0.hasPrefix(phase + " ") }, "\(phase) missing in \(timed.stderr)")
    }
    #expect(lines.last?.hasPrefix("Tổng") == true)
    #expect(timed.stdout == plain.stdout)
  }
}
