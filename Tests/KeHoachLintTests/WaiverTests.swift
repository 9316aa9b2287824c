import Foundation
import Testing

@testable import KeHoachLint

@Suite struct WaiverTests {
  /// A plan missing sections (pl2-required-sections, errors).
  static let plan = ConfigurationTests.planMissingOrder

  static let rules = """
    rules:
      legal-required-bases: off
      pl2-numbering: off

    """

  static func waiver(expires: String = "31/12/2021", section: String? = nil, rule: String = "pl2-required-sections") -> String {
    """
    waivers:
      - rule: \(rule)
        file: "*.md"\(section.map { "\n    section: \"\($0)\"" } ?? "")
        reason: Đơn vị sự nghiệp không có nhiệm vụ này
        approved-by: Sở TT&TT, Công văn 123/STTTT-CNTT
        expires: \(expires)

    """
  }

  static let june2021 = CivilDate(year: 2021, month: 6, day: 1)!

  /// Writes the plan and a configuration, runs the linter on `today`.
  private func run(_ configuration: String, today: CivilDate = june2021, in scratch: TemporaryFolder) throws -> LintReport {
    try Self.plan.write(toFile: scratch.path + "/plan.md", atomically: true, encoding: .utf8)
    try ("profile: phu-luc-ii-2021\n" + Self.rules + configuration).write(
      toFile: scratch.path + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    var request = LintRequest(paths: [scratch.path + "/plan.md"], rulesDirectory: TestSupport.rulesDirectory)
    request.today = today
    return try LintSession.run(request)
  }

  @Test func aLiveWaiverKeepsTheFindingVisibleButNotCounted() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    let plain = try run("", in: scratch)
    let missing = plain.findings.filter { $0.ruleID == "pl2-required-sections" }
    try #require(!missing.isEmpty)
    #expect(plain.exitStatus == 1 && plain.files[0].verdict == .needsRevision)

    let waived = try run(Self.waiver(), in: scratch)
    let file = waived.files[0]
    let marked = file.findings.filter { $0.ruleID == "pl2-required-sections" }
    #expect(marked.count == missing.count, "still visible")
    #expect(marked.allSatisfy { $0.waiver?.approvedBy == "Sở TT&TT, Công văn 123/STTTT-CNTT" })
    #expect(marked.allSatisfy { $0.waiver?.expires == CivilDate(year: 2021, month: 12, day: 31) })
    #expect(file.count(.error) == plain.files[0].count(.error) - missing.filter { $0.severity == .error }.count)
    #expect(file.waivedCount == missing.count)
    #expect(!file.fails && waived.exitStatus == 0)
    #expect(file.verdict != .needsRevision)
    #expect(!file.findings.contains { $0.ruleID == "unused-waiver" || $0.ruleID == "expired-waiver" })
    // The checklist says the requirement was waived, not met nor failed.
    let requirements = file.verdicts.filter { $0.ruleID == "pl2-required-sections" }
    #expect(plain.files[0].verdicts.contains { $0.ruleID == "pl2-required-sections" && $0.status == .notMet })
    #expect(requirements.contains { $0.status == .waived } && !requirements.contains { $0.status == .notMet })
  }

  @Test func everyReportShowsTheWaiver() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    let report = try run(Self.waiver(), in: scratch)
    let options = ReportOptions(language: .vi, toolVersion: "test")
    let text = TextReporter().render(report, options: options)
    #expect(text.contains("waived error") && text.contains("Công văn 123/STTTT-CNTT") && text.contains("được miễn trừ"))

    let json = try #require(
      JSONSerialization.jsonObject(with: Data(JSONReporter().render(report, options: options).utf8)) as? [String: Any])
    let findings = try #require(((json["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
    let waived = try #require(findings.first { $0["ruleId"] as? String == "pl2-required-sections" }?["waived"] as? [String: Any])
    #expect(waived["reason"] as? String == "Đơn vị sự nghiệp không có nhiệm vụ này")
    #expect(waived["approvedBy"] as? String == "Sở TT&TT, Công văn 123/STTTT-CNTT" && waived["expires"] as? String == "31/12/2021")

    let sarif = SARIFReporter().render(report, options: options)
    #expect(sarif.contains("\"kind\" : \"external\"") && sarif.contains("\"justification\" : \"Đơn vị sự nghiệp không có nhiệm vụ này\""))
    #expect(sarif.contains("\"approvedBy\" : \"Sở TT&TT, Công văn 123/STTTT-CNTT\""))
    let errors = try SARIFSchemaTests.validator().validate(try JSONValue.parse(sarif))
    #expect(errors.isEmpty, "\(errors.prefix(5))")

    let junit = JUnitReporter().render(report, options: options)
    #expect(junit.contains("failures=\"0\""))
    #expect(junit.contains("<skipped message=\"được miễn trừ: Đơn vị sự nghiệp không có nhiệm vụ này"))

    let html = HTMLReporter().render(report, options: options)
    #expect(html.contains("finding error waived") && html.contains("Công văn 123/STTTT-CNTT"))
  }

  @Test func anExpiredWaiverStopsWaivingAndIsAnErrorAtItsLine() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    let report = try run(Self.waiver(), today: CivilDate(year: 2022, month: 1, day: 1)!, in: scratch)
    let file = report.files[0]
    #expect(file.findings.allSatisfy { !$0.isWaived })
    let expired = try #require(file.findings.first { $0.ruleID == "expired-waiver" })
    #expect(expired.severity == .error)
    #expect(expired.location.file.hasSuffix(".kehoach-lint.yml"))
    // "profile:", 3 lines of rules, "waivers:", then the entry.
    #expect(expired.location.line == 6)
    #expect(expired.message.en.contains("31/12/2021"))
    #expect(report.exitStatus == 1)
    // The last day still counts.
    let lastDay = try run(Self.waiver(), today: CivilDate(year: 2021, month: 12, day: 31)!, in: scratch)
    #expect(!lastDay.findings.contains { $0.ruleID == "expired-waiver" } && lastDay.exitStatus == 0)
  }

  @Test func aWaiverThatWaivesNothingIsAWarning() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    let report = try run(Self.waiver(section: "IV"), in: scratch)
    let unused = try #require(report.findings.first { $0.ruleID == "unused-waiver" })
    #expect(unused.severity == .warning && unused.location.line == 6)
    #expect(report.findings.allSatisfy { !$0.isWaived })
  }

  @Test func aWaiverWithoutReasonOrApproverIsAConfigurationError() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    for key in ["reason", "approved-by"] {
      let text = Self.waiver().split(separator: "\n").filter { !$0.contains(key + ":") }.joined(separator: "\n") + "\n"
      try text.write(toFile: scratch.path + "/c.yml", atomically: true, encoding: .utf8)
      do {
        _ = try ProjectConfiguration.load(scratch.path + "/c.yml")
        Issue.record("a waiver without \(key) must be rejected")
      } catch {
        guard case .rulePack(_, let line, _, let reason) = error else { throw error }
        #expect(line == 2, "the waiver's entry")
        #expect(reason.en.contains(key) && reason.vi.contains("miễn trừ"))
      }
    }
    try (Self.waiver().replacingOccurrences(of: "31/12/2021", with: "31/02/2021")).write(
      toFile: scratch.path + "/c.yml", atomically: true, encoding: .utf8)
    #expect(throws: KeHoachLintError.self) { _ = try ProjectConfiguration.load(scratch.path + "/c.yml") }
  }

  @Test func aWaiverOfAnUnknownRuleIsAConfigurationError() throws {
    let scratch = try TemporaryFolder("kehoach-waiver")
    defer { scratch.remove() }
    #expect(throws: KeHoachLintError.self) { _ = try run(Self.waiver(rule: "pl2-required-section"), in: scratch) }
  }

  @Test func sectionPathsMatchByNumberOrTitle() {
    let path = ["PHẦN II. NHIỆM VỤ", "VII. KINH PHÍ THỰC HIỆN", "1. Nguồn vốn"]
    #expect(Waiver.sectionMatches("Phần II/VII", headingPath: path))
    #expect(Waiver.sectionMatches("II/VII/1", headingPath: path))
    #expect(Waiver.sectionMatches("Phần II/Kinh phí", headingPath: path))
    #expect(!Waiver.sectionMatches("Phần III/VII", headingPath: path))
    #expect(!Waiver.sectionMatches("Phần II/VI", headingPath: path))
    #expect(!Waiver.sectionMatches("Phần II/VII/1/a", headingPath: path))
  }
}
