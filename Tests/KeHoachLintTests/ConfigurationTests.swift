import Foundation
import Testing

@testable import KeHoachLint

@Suite struct ConfigurationTests {
  static let planMissingOrder = """
    # KẾ HOẠCH

    **Ứng dụng CNTT năm 2021 của huyện Trà Bồng**

    ## I. CĂN CỨ LẬP KẾ HOẠCH

    Căn cứ Luật Công nghệ thông tin.

    ## III. NHIỆM VỤ

    Triển khai theo mô hình 4 lớp.
    """

  @Test func unknownKeyIsAnErrorWithPositionAndValidKeys() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    let path = folder + "/.kehoach-lint.yml"
    try "profile: phu-luc-ii-2021\nfail-onn: warning\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
      _ = try ProjectConfiguration.load(path)
      Issue.record("unknown key must be rejected")
    } catch {
      guard case .rulePack(let file, let line, let column, let reason) = error else { throw error }
      #expect(file == path && line == 2 && column == 1)
      #expect(reason.en.contains("fail-onn") && reason.en.contains("fail-on") && reason.en.contains("rule-packs"))
    }
  }

  @Test func badSeverityValueIsAnError() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    try "rules:\n  pl2-numbering: loud\n".write(toFile: folder + "/c.yml", atomically: true, encoding: .utf8)
    #expect(throws: KeHoachLintError.self) { _ = try ProjectConfiguration.load(folder + "/c.yml") }
  }

  @Test func nearestConfigurationWins() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let root = scratch.path
    try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
    try "level: tinh\n".write(toFile: root + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    try "level: huyen\n".write(toFile: root + "/a/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    #expect(ProjectConfiguration.nearest(to: root + "/a/b/plan.md") == root + "/a/.kehoach-lint.yml")
    #expect(ProjectConfiguration.nearest(to: root + "/plan.md") == root + "/.kehoach-lint.yml")
  }

  @Test func settingsSwitchOffAndRetuneRules() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    try Self.planMissingOrder.write(toFile: folder + "/plan.md", atomically: true, encoding: .utf8)
    var request = LintRequest(paths: [folder + "/plan.md"], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    let before = try LintSession.run(request)
    #expect(before.findings.contains { $0.ruleID == "pl2-numbering" && $0.severity == .warning })
    #expect(before.findings.contains { $0.ruleID == "pl2-required-sections" })
    try "rules:\n  pl2-numbering: off\n  required-sections: info\n  legal-required-bases: off\nfail-on: warning\n"
      .write(toFile: folder + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let after = try LintSession.run(request)
    #expect(!after.findings.contains { $0.ruleID == "pl2-numbering" })
    #expect(after.findings.filter { $0.ruleID == "pl2-required-sections" }.allSatisfy { $0.severity == .info })
    #expect(after.exitStatus == 0)
    request.failOn = .some(.info)
    #expect(try LintSession.run(request).exitStatus == 1)
  }

  @Test func excludedPathsAreSkippedWhenWalkingFolders() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    try FileManager.default.createDirectory(atPath: folder + "/luu-tru", withIntermediateDirectories: true)
    try Self.planMissingOrder.write(toFile: folder + "/luu-tru/cu.md", atomically: true, encoding: .utf8)
    try Self.planMissingOrder.write(toFile: folder + "/moi.md", atomically: true, encoding: .utf8)
    try "exclude: [\"luu-tru/**\"]\n".write(toFile: folder + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    let report = try LintSession.run(LintRequest(paths: [folder], rulesDirectory: TestSupport.rulesDirectory))
    #expect(report.files.map { ($0.path as NSString).lastPathComponent } == ["moi.md"])
  }

  @Test func globPatterns() {
    #expect(Glob.matches("luu-tru/**", "luu-tru/a/b.md"))
    #expect(Glob.matches("*.md", "a.md"))
    #expect(!Glob.matches("*.md", "x/a.md"))
    #expect(Glob.matches("**/*.ban-cu.md", "x/y/a.ban-cu.md"))
    #expect(Glob.matches("**/*.ban-cu.md", "a.ban-cu.md"))
  }

  /// A user adds a required section for their unit with YAML only, through `rule-packs`.
  @Test func extraRuleFolderAddsRulesToABundledProfile() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    try FileManager.default.createDirectory(atPath: folder + "/quy-tac/phu-luc-ii-2021", withIntermediateDirectories: true)
    try """
    rules:
      - kind: required-sections
        id: huyen-danh-gia-rui-ro
        source: {document: Quyết định của UBND huyện, section: Điều 2}
        sections:
          - title: Đánh giá rủi ro
    """.write(toFile: folder + "/quy-tac/phu-luc-ii-2021/rieng.yml", atomically: true, encoding: .utf8)
    try "rule-packs: [quy-tac]\n".write(toFile: folder + "/.kehoach-lint.yml", atomically: true, encoding: .utf8)
    try Self.planMissingOrder.write(toFile: folder + "/plan.md", atomically: true, encoding: .utf8)
    var request = LintRequest(paths: [folder + "/plan.md"], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    #expect(try LintSession.run(request).findings.contains { $0.ruleID == "huyen-danh-gia-rui-ro" })
  }
}

@Suite struct SuppressionTests {
  static let plan = """
    # KẾ HOẠCH

    **Ứng dụng CNTT năm 2021**

    ## I. CĂN CỨ LẬP KẾ HOẠCH

    <!-- kehoach-lint-disable-next-line pl2-placeholders -->
    Kế hoạch của <SỞ/BAN/NGÀNH> năm 2021.

    Kế hoạch của <HUYỆN> năm 2021.

    <!-- kehoach-lint-disable pl2-numbering -->

    ## III. NHIỆM VỤ

    Nội dung có mô hình 4 lớp.

    <!-- kehoach-lint-enable pl2-numbering -->

    <!-- kehoach-lint-disable-next-line pl2-empty-section -->
    Đoạn văn bình thường.
    """

  @Test func suppressionsHideNamedFindingsAndUnusedOnesAreReported() throws {
    let report = try TestSupport.linter(profile: "phu-luc-ii-2021").lint(document: TestSupport.markdown(Self.plan))
    let placeholders = report.findings.filter { $0.ruleID == "pl2-placeholders" }
    #expect(placeholders.map(\.location.line) == [10])
    #expect(!report.findings.contains { $0.ruleID == "pl2-numbering" })
    let unused = report.findings.filter { $0.ruleID == "unused-suppression" }
    #expect(unused.map(\.location.line) == [20])
    #expect(unused.first?.message.vi.contains("pl2-empty-section") == true)
  }

  @Test func directivesParse() {
    let location = KeHoachLint.SourceLocation(file: "x", line: 1, column: 1)
    let directives = Directive.parse(comment: "<!-- kehoach-lint-disable-next-line a, b -->", location: location)
    #expect(directives.map(\.kind) == [.disableNextLine])
    #expect(directives.first?.rules == ["a", "b"])
    #expect(Directive.parse(comment: "<!-- ghi chú -->", location: location).isEmpty)
  }
}

@Suite struct BaselineTests {
  @Test func baselineAbsorbsKnownFindingsEvenWhenLinesMove() throws {
    let scratch = try TemporaryFolder("kehoach-config")
    defer { scratch.remove() }
    let folder = scratch.path
    let plan = folder + "/plan.md"
    try ConfigurationTests.planMissingOrder.write(toFile: plan, atomically: true, encoding: .utf8)
    var request = LintRequest(paths: [plan], rulesDirectory: TestSupport.rulesDirectory)
    request.profileID = "phu-luc-ii-2021"
    let first = try LintSession.run(request)
    #expect(!first.findings.isEmpty)
    let baselinePath = folder + "/baseline.json"
    try Baseline(report: first, path: baselinePath).write(to: baselinePath)
    // Move everything down three lines and add one new problem.
    try ("Ghi chú đầu.\n\nThêm dòng.\n\n" + ConfigurationTests.planMissingOrder + "\n\nCòn <CHỖ TRỐNG>.\n")
      .write(toFile: plan, atomically: true, encoding: .utf8)
    let second = try LintSession.run(request)
    let filtered = try Baseline.load(baselinePath).filter(second, baselinePath: baselinePath)
    #expect(filtered.findings.map(\.ruleID) == ["pl2-placeholders"])
  }
}

@Suite struct ParallelTests {
  /// Several workers give exactly the report one worker gives, in input order.
  @Test func parallelRunMatchesSequentialRun() throws {
    var request = LintRequest(paths: [TestSupport.fixturesDirectory + "/markdown"], rulesDirectory: TestSupport.rulesDirectory)
    let sequential = try LintSession.run(request)
    request.jobs = 4
    let parallel = try LintSession.run(request)
    #expect(sequential.files.count > 5)
    #expect(parallel.files.map(\.path) == sequential.files.map(\.path))
    #expect(parallel.findings == sequential.findings)
  }
}
