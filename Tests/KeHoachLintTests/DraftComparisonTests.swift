import Foundation
import Testing

@testable import KeHoachLint

@Suite struct DraftComparisonTests {
  static let good = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md"
  static let lowSecurity = TestSupport.fixturesDirectory + "/markdown/bad/ke-hoach-5-nam-attt-7-phan-tram.md"
  static let goodWord = TestSupport.fixturesDirectory + "/docx/good/ke-hoach-5-nam-2021-2025-libreoffice.docx"

  static func lint(_ paths: [String]) throws -> LintReport {
    try LintSession.run(LintRequest(paths: paths, rulesDirectory: TestSupport.rulesDirectory))
  }

  @Test func aFixedFindingAndTheFiguresBehindIt() throws {
    let old = try Self.lint([Self.lowSecurity]).files[0]
    let new = try Self.lint([Self.good]).files[0]
    let comparison = DraftComparison(old: old, new: new)
    #expect(comparison.fixed.map(\.ruleID) == ["pl1-security-spending-share"])
    #expect(comparison.introduced.isEmpty && comparison.persisting.isEmpty)
    #expect(!comparison.hasNew(atOrAbove: .info))
    let change = try #require(comparison.verdictChanges.first { $0.id == "pl1-security-spending-share" })
    #expect(change.old == .notMet && change.new == .met)
    let share = try #require(comparison.figureChanges.first { $0.figure == .securityShare })
    #expect(abs((share.old ?? 0) - 0.07) < 0.001 && (share.new ?? 0) > 0.1)
    #expect(!comparison.figureChanges.contains { $0.figure == .total }, "the total did not change")

    let reverse = DraftComparison(old: new, new: old)
    #expect(reverse.introduced.map(\.ruleID) == ["pl1-security-spending-share"] && reverse.fixed.isEmpty)
    #expect(reverse.hasNew(atOrAbove: .error) && !reverse.hasNew(atOrAbove: nil))
  }

  /// Text added above every finding moves every line; nothing is "fixed" or "new" for that.
  @Test func findingsThatOnlyMovedPersist() throws {
    let scratch = try TemporaryFolder("kehoach-diff")
    defer { scratch.remove() }
    let text = try String(contentsOfFile: TestSupport.fixturesDirectory + "/markdown/bad/ke-hoach-5-nam-con-cho-trong.md", encoding: .utf8)
    try text.write(toFile: scratch.path + "/v1.md", atomically: true, encoding: .utf8)
    // A paragraph added right after the title block: every later finding moves down.
    var lines = text.components(separatedBy: "\n")
    let firstHeading = try #require(lines.indices.first { $0 > 0 && lines[$0].hasPrefix("#") })
    lines.insert(contentsOf: ["", "Bản dự thảo lần 2, đã tiếp thu ý kiến góp ý.", ""], at: firstHeading)
    try lines.joined(separator: "\n").write(toFile: scratch.path + "/v2.md", atomically: true, encoding: .utf8)
    let old = try Self.lint([scratch.path + "/v1.md"]).files[0]
    let new = try Self.lint([scratch.path + "/v2.md"]).files[0]
    try #require(old.findings.count >= 2)
    let moved = zip(old.findings, new.findings).filter { $0.location.line != $1.location.line }
    #expect(!moved.isEmpty, "the edit moves findings")
    let comparison = DraftComparison(old: old, new: new)
    #expect(comparison.persisting.count == old.findings.count)
    #expect(comparison.fixed.isEmpty && comparison.introduced.isEmpty)
  }

  /// Folders: a Word draft pairs with the Markdown draft of the same plan (number and unit),
  /// whatever the names; a plan only on one side is listed as unpaired.
  @Test func foldersPairByNumberAndUnitThenByName() throws {
    let scratch = try TemporaryFolder("kehoach-diff")
    defer { scratch.remove() }
    let fileManager = FileManager.default
    for folder in ["/cu", "/moi"] { try fileManager.createDirectory(atPath: scratch.path + folder, withIntermediateDirectories: true) }
    try fileManager.copyItem(atPath: Self.lowSecurity, toPath: scratch.path + "/cu/du-thao-lan-1.md")
    try fileManager.copyItem(atPath: Self.goodWord, toPath: scratch.path + "/moi/ke-hoach-chinh-thuc.docx")
    let annual = TestSupport.fixturesDirectory + "/markdown/bad/ke-hoach-nam-2021-thieu-muc.md"
    try fileManager.copyItem(atPath: annual, toPath: scratch.path + "/cu/nam-2021.md")
    let old = try Self.lint([scratch.path + "/cu"]).files
    let new = try Self.lint([scratch.path + "/moi"]).files
    let comparison = FolderComparison(old: old, new: new)
    let pair = try #require(comparison.pairs.first)
    #expect(comparison.pairs.count == 1)
    #expect(pair.oldDraft.path.hasSuffix("du-thao-lan-1.md") && pair.newDraft.path.hasSuffix("ke-hoach-chinh-thuc.docx"))
    #expect(pair.fixed.contains { $0.ruleID == "pl1-security-spending-share" })
    #expect(comparison.onlyOld.map { ($0.path as NSString).lastPathComponent } == ["nam-2021.md"])
    #expect(comparison.onlyNew.isEmpty)
    // By name when the header does not tell.
    #expect(FolderComparison.name(old[0]) == "du-thao-lan-1")
  }

  @Test func everyFormatShowsTheReviewerTable() throws {
    let comparison = FolderComparison(
      pair: DraftComparison(old: try Self.lint([Self.good]).files[0], new: try Self.lint([Self.lowSecurity]).files[0]))
    let vi = ReportOptions(language: .vi, toolVersion: "test")
    let en = ReportOptions(language: .en, toolVersion: "test")
    let text = DraftComparisonReporter(format: .text).render(comparison, options: vi)
    #expect(text.contains("Phát hiện mới") && text.contains("14,1% → 7%"))
    let markdown = DraftComparisonReporter(format: .markdown).render(comparison, options: vi)
    #expect(markdown.contains("| Mới | error | `pl1-security-spending-share` |"))
    let html = DraftComparisonReporter(format: .html).render(comparison, options: en)
    #expect(html.contains("<th>Status</th>") && html.contains("<td>New</td>") && html.contains("14.1% → 7%"))
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(DraftComparisonReporter(format: .json).render(comparison, options: en).utf8))
        as? [String: Any])
    let pair = try #require((json["pairs"] as? [[String: Any]])?.first)
    #expect((pair["newFindings"] as? [[String: Any]])?.first?["ruleId"] as? String == "pl1-security-spending-share")
    #expect((pair["figures"] as? [[String: Any]])?.contains { $0["figure"] as? String == "security-share" } == true)
  }
}
