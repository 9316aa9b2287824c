import Foundation
import Testing

@testable import KeHoachLint

/// The configuration is as strict as the rule packs: unknown ids are errors where they are
/// written, the engine's own rules are rules like the others, every rule file is decoded at
/// set-up.
@Suite struct ConfigurationValidationTests {
  /// A fresh folder, removed by the caller's `defer`.
  static func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("kehoach-validation-" + UUID().uuidString).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func typoInRuleSettingIsAnErrorAtTheKeyWithASuggestion() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let config = folder + "/.kehoach-lint.yml"
    try Self.write("fail-on: warning\nrules:\n  placeholders: error\n  pl1-numberng: off\n", to: config)
    try Self.write(ConfigurationTests.planMissingOrder, to: folder + "/plan.md")
    do {
      _ = try LintSession.run(LintRequest(paths: [folder + "/plan.md"], rulesDirectory: TestSupport.rulesDirectory))
      Issue.record("an unknown rule id under rules: must be rejected")
    } catch {
      guard case .configuration(let file, let line, let column, let problem) = error else { throw error }
      #expect(file == config && line == 4 && column == 3)
      #expect(problem.en.contains("pl1-numberng") && problem.en.contains("Did you mean `pl1-numbering`?"))
      #expect(problem.vi.contains("Có phải ý bạn là `pl1-numbering`?"))
      #expect(error.message.en.hasPrefix("\(config):4:3: configuration error"))
      #expect(error.code == "configuration")
    }
  }

  /// Rule ids of a `rule-packs` folder, kind ids and engine rules are all valid settings.
  @Test func everyKindOfKnownIdIsAValidSetting() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(Self.customRule(id: "huyen-danh-gia-rui-ro"), to: folder + "/quy-tac/phu-luc-ii-2021/rieng.yml")
    try Self.write(
      "rule-packs: [quy-tac]\nrules:\n  huyen-danh-gia-rui-ro: warning\n  placeholders: off\n  pl1-numbering: off\n"
        + "  legacy-encoding: off\n  unused-suppression: error\n  unknown-rule-in-suppression: warning\n  profile-detection: info\n",
      to: folder + "/.kehoach-lint.yml")
    try Self.write(ConfigurationTests.planMissingOrder, to: folder + "/plan.md")
    var request = LintRequest(paths: [folder + "/plan.md"], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    let report = try LintSession.run(request)
    #expect(report.files.first?.error == nil)
    #expect(report.findings.contains { $0.ruleID == "huyen-danh-gia-rui-ro" && $0.severity == .warning })
    #expect(!report.findings.contains { $0.kind == "placeholders" })
  }

  @Test func unknownRuleInSuppressionIsAnErrorFinding() throws {
    let plan = """
      # KẾ HOẠCH

      **Ứng dụng CNTT năm 2021**

      <!-- kehoach-lint-disable-next-line pl2-placeholder -->
      Kế hoạch của <SỞ/BAN/NGÀNH> năm 2021.

      <!-- kehoach-lint-disable-next-line pl2-placeholders -->
      Kế hoạch của <HUYỆN> năm 2021.

      <!-- kehoach-lint-enable pl2-numberingg -->
      """
    let report = try TestSupport.linter(profile: "phu-luc-ii-2021").lint(document: TestSupport.markdown(plan))
    let unknown = report.findings.filter { $0.ruleID == "unknown-rule-in-suppression" }
    #expect(unknown.map(\.location.line) == [5, 11])
    #expect(unknown.allSatisfy { $0.severity == .error && $0.kind == "unknown-rule-in-suppression" })
    #expect(unknown.first?.message.en.contains("“pl2-placeholder”") == true)
    #expect(unknown.first?.message.en.contains("Did you mean `pl2-placeholders`?") == true)
    #expect(unknown.last?.message.vi.contains("Có phải ý bạn là `pl2-numbering`?") == true)
    // Named wrongly, it suppressed nothing: the placeholder on line 6 is still reported, the
    // one on line 9 is not, and the typo is not reported a second time as unused.
    #expect(report.findings.filter { $0.ruleID == "pl2-placeholders" }.map(\.location.line) == [6])
    #expect(!report.findings.contains { $0.ruleID == "unused-suppression" })
  }

  @Test func engineRuleSettingsTakeEffect() throws {
    let legacyPlan = TestSupport.fixturesDirectory + "/hostile/encoding/ke-hoach-nam-2021-tcvn3.md"
    let defaults = try TestSupport.linter().lint(file: legacyPlan)
    #expect(defaults.findings.map(\.ruleID) == ["legacy-encoding"])
    let off = try Self.linter(settings: ["legacy-encoding": .off]).lint(file: legacyPlan)
    #expect(off.error == nil && off.findings.isEmpty)

    let stale = TestSupport.markdown(
      "# KẾ HOẠCH\n\n**Ứng dụng CNTT năm 2021**\n\n<!-- kehoach-lint-disable-next-line placeholders -->\nXong.\n")
    let unused = try Self.linter(settings: ["unused-suppression": .severity(.error)], profile: "phu-luc-ii-2021").lint(document: stale)
    #expect(unused.findings.filter { $0.ruleID == "unused-suppression" }.map(\.severity) == [.error])

    let untitled = TestSupport.markdown("# BÁO CÁO\n\nTình hình.\n")
    #expect(try TestSupport.linter().lint(document: untitled).findings.map(\.severity) == [.info])
    #expect(try Self.linter(settings: ["profile-detection": .severity(.info)]).lint(document: untitled).findings.map(\.severity) == [.info])
    #expect(try Self.linter(settings: ["profile-detection": .off]).lint(document: untitled).findings.isEmpty)
  }

  /// A rule file that does not decode fails the set-up once, at its position, before any plan
  /// is read, even when it belongs to a pack no plan of the run uses.
  @Test func brokenRuleFileInExtraFolderIsOneSetupError() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let broken = folder + "/quy-tac/bo-tinh-2021-2025/rieng.yml"
    try Self.write(Self.customRule(id: "rieng") + "        tittle: Sai khóa\n", to: broken)
    try Self.write("rule-packs: [quy-tac]\n", to: folder + "/.kehoach-lint.yml")
    try Self.write(ConfigurationTests.planMissingOrder, to: folder + "/a.md")
    try Self.write(ConfigurationTests.planMissingOrder, to: folder + "/b.md")
    var request = LintRequest(paths: [folder + "/a.md", folder + "/b.md"], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    do {
      _ = try LintSession.run(request)
      Issue.record("a broken rule file must fail the set-up")
    } catch {
      guard case .rulePack(let file, let line, let column, let reason) = error else { throw error }
      #expect(file == broken && line == 7 && column == 9)
      #expect(reason.vi.contains("tittle"))
    }
  }

  /// `rules`, `explain` and `profiles` see the packs of the configuration's `rule-packs`.
  @Test func listedPacksHonourTheConfiguration() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Self.write(Self.customRule(id: "huyen-danh-gia-rui-ro"), to: folder + "/quy-tac/phu-luc-ii-2021/rieng.yml")
    try Self.write("rule-packs: [quy-tac]\n", to: folder + "/.kehoach-lint.yml")
    let bundled = try LintSession.packs(rulesDirectory: TestSupport.rulesDirectory, configFile: nil)
    let configured = try LintSession.packs(rulesDirectory: TestSupport.rulesDirectory, configFile: folder + "/.kehoach-lint.yml")
    let ids = { (packs: [RulePack]) in try packs.flatMap { try $0.rules().map(\.info.id) } }
    #expect(try !ids(bundled).contains("huyen-danh-gia-rui-ro"))
    #expect(try ids(configured).contains("huyen-danh-gia-rui-ro"))
    #expect(BuiltInRules.closestRuleID(to: "huyen-danh-gia-rui-r", in: configured) == "huyen-danh-gia-rui-ro")
  }

  @Test func engineRulesAreRegistered() throws {
    for id in ["unused-suppression", "unknown-rule-in-suppression", "legacy-encoding", "profile-detection"] {
      let rule = try #require(BuiltInRules.engineRule(named: id))
      #expect(BuiltInRules.description(of: id)?.kind == id)
      #expect(!rule.description.rationale.vi.isEmpty && !rule.description.rationale.en.isEmpty)
      #expect(rule.info.resolvedTitle == rule.description.title)
    }
    let kindIDs = Set(BuiltInRules.kinds.map { $0.description.kind })
    #expect(kindIDs.isDisjoint(with: BuiltInRules.engineRules.map(\.id)), "an engine rule id must not be a kind id")
    let known = try TestSupport.linter().knownRuleIDs
    #expect(known.isSuperset(of: kindIDs) && known.contains("legacy-encoding") && known.contains("pl1-numbering"))
  }

  /// The engine rules' examples, through the whole linter (they are not kinds with a spec):
  /// a finding of the rule exactly at each `↓`, none elsewhere.
  @Test func engineRuleExamplesFindExactlyTheMarkedPlaces() throws {
    let linter = try TestSupport.linter()
    for rule in BuiltInRules.engineRules {
      for example in rule.description.examples {
        let (text, markers) = RuleExampleTests.stripMarkers(example.markdown)
        let findings = linter.lint(document: TestSupport.markdown(text)).findings.filter { $0.ruleID == rule.id }
        let positions = findings.map { "\($0.location.line ?? 0):\($0.location.column ?? 0)" }.sorted()
        #expect(positions == markers.sorted(), "\(rule.id): \(example.markdown)")
      }
    }
  }

  @Test func editDistanceSuggestsOnlyCloseIds() {
    #expect(EditDistance.between("pl1-numberng", "pl1-numbering") == 1)
    #expect(EditDistance.between("", "abc") == 3)
    #expect(EditDistance.between("kitten", "sitting") == 3)
    let known = ["pl1-numbering", "pl2-numbering", "placeholders", "legacy-encoding"]
    #expect(EditDistance.suggestion(for: "pl1-numberng", among: known) == "pl1-numbering")
    #expect(EditDistance.suggestion(for: "placeholder", among: known) == "placeholders")
    #expect(EditDistance.suggestion(for: "Legacy-Encoding", among: known) == "legacy-encoding")
    #expect(EditDistance.suggestion(for: "budget", among: known) == nil)
  }

  /// One `required-sections` rule for a rule folder.
  static func customRule(id: String) -> String {
    """
    rules:
      - kind: required-sections
        id: \(id)
        source: {document: Quyết định của UBND huyện, section: Điều 2}
        sections:
          - title: Đánh giá rủi ro

    """
  }

  static func linter(settings: [String: ProjectConfiguration.RuleSetting], profile: String? = nil) throws -> Linter {
    try Linter(configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory, profileID: profile, ruleSettings: settings))
  }
}
