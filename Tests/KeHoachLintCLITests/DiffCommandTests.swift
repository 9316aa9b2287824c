import Foundation
import Testing

@Suite struct DiffCommandTests {
  /// Exit 1 only for something new at or above `--fail-on`; a fix alone exits 0.
  @Test func exitStatusFollowsNewFindings() throws {
    let good = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"
    let bad = "Fixtures/markdown/bad/ke-hoach-5-nam-attt-7-phan-tram.md"
    let fixed = try CLI.run(["diff", bad, good])
    #expect(fixed.status == 0 && fixed.stdout.contains("1 đã tiếp thu, 0 mới"), "\(fixed.stderr)")
    let worse = try CLI.run(["diff", good, bad, "--format", "json"])
    #expect(worse.status == 1 && worse.stdout.contains("\"newFindings\""))
    #expect(try CLI.run(["diff", good, bad, "--fail-on", "never"]).status == 0)
    #expect(try CLI.run(["diff", good, "khong-co.md"]).status == 2)
  }
}
