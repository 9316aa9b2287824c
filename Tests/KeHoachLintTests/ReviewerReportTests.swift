import Foundation
import Testing

@testable import KeHoachLint

/// Issue 15: what a reviewer reads (verdict first, scoreboard, letter, Word places) and how a
/// folder and a CI gate behave.
@Suite struct ReviewerReportTests {
  static let source = GuidanceSource(document: "Công văn 784/STTTT ngày 29/7/2020", section: "Phụ lục I")

  static func finding(_ severity: Severity, rule: String = "r", file: String = "a.md", line: Int = 1) -> Finding {
    Finding(
      ruleID: rule, kind: "k", severity: severity, message: LocalizedText(vi: "Thông báo \(line).", en: "Message \(line)."),
      location: SourceLocation(file: file, line: line, column: 1), source: source)
  }

  static func check(_ paths: [String], _ configure: (inout LintRequest) -> Void = { _ in }) throws -> LintReport {
    try CheckResultTests.check(paths, configure)
  }

  // MARK: verdict

  @Test func verdictFollowsTheFailLevel() {
    #expect(PlanVerdict(error: .emptyFile(path: "a.md"), findings: [], failOn: .error) == .unreadable)
    #expect(PlanVerdict(error: nil, findings: [], failOn: .error) == .pass)
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.info)], failOn: .error) == .pass)
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.warning)], failOn: .error) == .passWithNotes)
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.error)], failOn: .error) == .needsRevision)
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.warning)], failOn: .warning) == .needsRevision)
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.info)], failOn: .info) == .needsRevision)
    // --fail-on never: nothing fails, errors are remarks.
    #expect(PlanVerdict(error: nil, findings: [Self.finding(.error)], failOn: nil) == .passWithNotes)
  }

  @Test func verdictIsKeptInStepWithFailLevelAndBaseline() {
    var file = FileReport(path: "a.md", format: .markdown, profileID: "p", findings: [Self.finding(.error)], error: nil)
    #expect(file.verdict == .needsRevision)
    file.failOn = nil
    #expect(file.verdict == .passWithNotes)
    file.failOn = .error
    // What a baseline leaves: the verdict counts only what is reported.
    #expect(file.with(findings: []).verdict == .pass)
    #expect(LintReport(files: [file.with(findings: [])]).exitStatus == 0)
  }

  @Test func everyFormatStatesTheVerdict() throws {
    let report = try SampleReports.mixed()
    let options = SampleReports.options
    let verdict = "Chưa đạt – đề nghị hoàn thiện"
    for format in [ReportFormat.text, .markdown, .html] {
      #expect(format.reporter().render(report, options: options).contains(verdict), "\(format)")
      #expect(format.reporter(summary: true).render(report, options: options).contains(verdict), "\(format) --summary")
    }
    let json = try CheckResultTests.jsonObject(JSONReporter().render(report, options: options))
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.map { $0["verdict"] as? String } == ["needs-revision", "needs-revision", "unreadable"])
    #expect(files.first?["verdictText"] as? String == verdict)
    let english = TextReporter().render(report, options: SampleReports.options(language: .en))
    #expect(english.contains("Not acceptable – revision requested"))
    #expect(ScoreboardCSVReporter().render(report, options: options).contains(",210/KH-UBND,needs-revision,"))
  }

  // MARK: the per-plan HTML report

  @Test func htmlReadsVerdictFirstThenFindingsThenChecklist() throws {
    let file = try #require(try SampleReports.markdown().files.first)
    var options = SampleReports.options
    options.scoreboardLink = "index.html"
    let html = HTMLReporter().render(LintReport(files: [file]), options: options)
    func position(_ text: String) throws -> String.Index { try #require(html.range(of: text)?.lowerBound, "\(text)") }
    let verdict = try position("<p class=\"verdict v-needs-revision\">")
    let findings = try position("id=\"plan-1-findings\"")
    let checklist = try position("id=\"plan-1-checklist\"")
    let details = try position("<details class=\"met\">")
    let citations = try position("id=\"plan-1-citations\"")
    let budget = try position("id=\"plan-1-budget\"")
    #expect(verdict < findings && findings < checklist && checklist < details && details < citations && citations < budget)
    #expect(html.contains("<a href=\"index.html\">← Bảng tổng hợp</a>"))
    #expect(html.contains("<a href=\"#plan-1-findings\">"))
    // A requirement not met: the coverage bar is not green.
    #expect(file.verdictCount(.notMet) > 0)
    let card = try #require(html.components(separatedBy: "\n").first { $0.hasPrefix("<div class=\"card coverage") })
    #expect(card.hasPrefix("<div class=\"card coverage not-met\">") && card.contains("fill=\"#d92d20\"") && !card.contains("#12b76a"))
    // The not-met rows come before the collapsed met ones; none of those is outside it.
    let open = html[checklist..<details]
    #expect(open.contains("st-not-met") && !open.contains("badge st-met"))
    // Errors before warnings.
    let firstWarning = try position("<li class=\"finding warning\">")
    #expect(try position("<li class=\"finding error\">") < firstWarning)
    // The budget says which figures are derived.
    #expect(html.contains(Messages.Facts.perYearDerived.vi) || html.contains(Messages.Facts.perYearStated.vi))
  }

  // MARK: the scoreboard

  @Test func scoreboardKeepsAnUnreadableRowInsideTheTable() throws {
    let long = "du-thao/" + String(repeating: "ke-hoach-ung-dung-cntt-", count: 8) + ".docx"
    let broken = FileReport(path: long, format: nil, profileID: nil, findings: [], error: .encryptedDocument(path: long))
    let report = LintReport(files: try SampleReports.markdown().files + [broken])
    let html = ScoreboardHTMLReporter().render(report, options: SampleReports.options)
    let row = try #require(html.components(separatedBy: "\n").first { $0.contains("class=\"unreadable\"") })
    #expect(row.contains("colspan=\"6\" class=\"problem\""))
    #expect(!html.contains("white-space: nowrap; }\ntable.scoreboard"))
    #expect(html.contains("table.scoreboard { table-layout: fixed; }"))
    #expect(html.contains("@page scoreboard { size: A4 landscape"))
    // The unreadable plan is listed first (worst verdict first).
    let board = Scoreboard(report: report, options: SampleReports.options)
    #expect(board.rows.first?.path == long)
  }

  @Test func commonFailuresNeverMixFrameworks() {
    func file(_ path: String, _ profile: String, notMet: Bool) -> FileReport {
      let verdict = RequirementVerdict(
        id: "sections", ruleID: "sections", title: LocalizedText(vi: "Đủ mục", en: "Sections"), status: notMet ? .notMet : .met,
        source: Self.source)
      return FileReport(
        path: path, format: .markdown, profileID: profile, findings: notMet ? [Self.finding(.error, rule: "sections", file: path)] : [],
        error: nil, verdicts: [verdict])
    }
    let report = LintReport(files: [
      file("a.md", "five-year", notMet: true), file("b.md", "five-year", notMet: false), file("c.md", "annual", notMet: true),
      file("d.md", "annual", notMet: true), file("e.md", "annual", notMet: true),
    ])
    let board = Scoreboard(report: report, options: SampleReports.options)
    #expect(board.failures.map { "\($0.profile) \($0.plans.count)/\($0.evaluated)" } == ["annual 3/3", "five-year 1/2"])
    let text = ScoreboardTextReporter().render(report, options: SampleReports.options)
    #expect(text.contains("3/3  Đủ mục") && text.contains("1/2  Đủ mục"))
  }

  @Test func summaryWithTextPrintsTheScoreboard() throws {
    let report = try SampleReports.mixed()
    let text = ReportFormat.text.reporter(summary: true).render(report, options: SampleReports.options)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "Tổng hợp kết quả kiểm tra kế hoạch")
    #expect(lines.contains { $0.hasPrefix("1  du-thao/cu.doc") && $0.contains("Không kiểm tra được (legacy-doc)") })
    #expect(ReportFormat.text.hasScoreboard)
  }

  // MARK: the feedback letter

  @Test func letterGroupsTheFindingsBySectionAndStatesTheDeadline() throws {
    let report = try Self.check([TestSupport.fixturesDirectory + "/markdown/bad/tinh-ke-hoach-5-nam-thieu-danh-muc.md"])
    let file = try #require(report.files.first)
    let letter = FeedbackLetterReporter.markdown(file, options: SampleReports.options)
    #expect(letter.hasPrefix("# Ý kiến về dự thảo Kế hoạch số 185/KH-UBND\n"))
    #expect(letter.contains("Bộ Thông tin và Truyền thông có ý kiến về dự thảo Kế hoạch “"))
    #expect(letter.contains("**Kết luận: Chưa đạt – đề nghị hoàn thiện"))
    #expect(letter.contains("trước ngày 15/10/2020 (mục 2.b – Công văn 2606/BTTTT-THH"))
    let comments = file.findings.filter { $0.severity >= .warning }
    #expect(letter.components(separatedBy: "\n   - Căn cứ: ").count - 1 == comments.count)
    let sections = Set(comments.map { $0.headingPath.prefix(2).joined(separator: " › ") })
    #expect(letter.components(separatedBy: "\n## ").count - 1 == sections.count + 1)  // + the deadline
  }

  @Test func letterInWordIsAPackageOurReaderOpens() throws {
    let file = try #require(try SampleReports.mixed().files.first)
    let data = try FeedbackLetterReporter.docx(file, options: SampleReports.options)
    let document = try DocxReader().read(bytes: [UInt8](data), file: "gop-y.docx")
    let texts = document.blocks.map(\.text)
    let markdownLetter = FeedbackLetter(file: file, options: SampleReports.options)
    #expect(
      texts.count
        == markdownLetter.blocks.reduce(0) { count, block in
          if case .item(_, let details) = block { return count + 1 + details.count }
          return count + 1
        })
    #expect(texts.contains { $0.hasPrefix("Sở Thông tin và Truyền thông có ý kiến về dự thảo Kế hoạch") })
    #expect(texts.contains("Thời hạn"))
    #expect(document.blocks.contains { if case .heading = $0.kind { return $0.text == "Thời hạn" } else { return false } })
  }

  // MARK: Word locations

  @Test func everyWordFindingQuotesItsPlace() throws {
    let report = try Self.check([TestSupport.fixturesDirectory + "/docx"])
    let findings = report.findings
    #expect(findings.count > 20)
    for finding in findings { #expect(!(finding.quote ?? "").isEmpty, "\(finding.location) \(finding.ruleID)") }
    let cell = try #require(findings.first { $0.ruleID == "pl1-project-row-completeness" && $0.location.cell != nil })
    #expect(cell.quote?.hasPrefix("nhiệm vụ “Xây dựng cơ sở dữ liệu kinh tế") == true)
    #expect(cell.quote?.hasSuffix("” – cột “Nguồn vốn”") == true)
    #expect(!cell.headingPath.isEmpty)
  }

  // MARK: a real folder

  @Test func walkingSkipsLockFilesAndBackupsAndReportsLegacyDoc() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let plan = try Data(contentsOf: URL(fileURLWithPath: CheckResultTests.annual))
    for name in ["ke-hoach.md", "~$ke-hoach.docx", "ke-hoach.md~", "ke-hoach.md.bak", "#ke-hoach.md#", ".an.md"] {
      try folder.write(name, [UInt8](plan))
    }
    try FileManager.default.copyItem(atPath: TestSupport.fixturesDirectory + "/hostile/legacy-word.doc", toPath: folder.file("cu.doc"))
    let inputs = InputFiles.expand([
      folder.path, folder.file("ke-hoach.md"), folder.path + "/../" + (folder.path as NSString).lastPathComponent,
    ])
    #expect(inputs.map { ($0.path as NSString).lastPathComponent } == ["cu.doc", "ke-hoach.md"])
    let report = try Self.check([folder.path, folder.file("ke-hoach.md")])
    #expect(report.files.count == 2)
    #expect(report.files.first?.error?.code == "legacy-doc")
    #expect(report.exitStatus == 2)
  }

  @Test func aFolderWithoutPlansIsAnError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("ghi-chu.txt", Array("không phải kế hoạch".utf8))
    #expect(throws: KeHoachLintError.noPlansFound(path: folder.path)) { try Self.check([folder.path]) }
    #expect(KeHoachLintError.noPlansFound(path: "x/").message.vi.hasPrefix("không tìm thấy kế hoạch nào trong x/"))
    #expect(KeHoachLintError.noPlansFound(path: "x/").code == "no-plans")
  }

  @Test func includeAndExcludeAreRelativeToTheConfigurationAndApplyToNamedFiles() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let plan = try Data(contentsOf: URL(fileURLWithPath: CheckResultTests.annual))
    try FileManager.default.createDirectory(atPath: folder.file("ke-hoach/luu-tru"), withIntermediateDirectories: true)
    try folder.write("ke-hoach/nam-2021.md", [UInt8](plan))
    try folder.write("ke-hoach/luu-tru/cu.md", [UInt8](plan))
    try folder.write("README.md", Array("# Kho kế hoạch\n".utf8))
    try folder.write(".kehoach-lint.yml", Array("include: [\"ke-hoach/**\"]\nexclude: [\"ke-hoach/luu-tru/**\"]\n".utf8))
    let walked = try Self.check([folder.path])
    #expect(walked.files.map { ($0.path as NSString).lastPathComponent } == ["nam-2021.md"])
    // Named as a pre-commit hook names them, through a path with "..": same answer.
    let named = try Self.check([
      folder.file("README.md"), folder.file("ke-hoach/luu-tru/../luu-tru/cu.md"), folder.file("ke-hoach/nam-2021.md"),
    ])
    #expect(named.files.map { ($0.path as NSString).lastPathComponent } == ["nam-2021.md"])
    let configuration = try ProjectConfiguration.load(folder.file(".kehoach-lint.yml"))
    #expect(configuration.include == ["ke-hoach/**"])
    #expect(!configuration.selects(folder.file("README.md")))
  }

  // MARK: the CI gate

  @Test func junitAgreesWithTheExitStatus() throws {
    let report = try SampleReports.markdown()
    let failing = try #require(report.files.first)
    for failOn in [Severity.error, .warning, nil] {
      var file = failing
      file.failOn = failOn
      let run = LintReport(files: [file])
      let xml = JUnitReporter().render(run, options: SampleReports.options)
      let failures = xml.components(separatedBy: "<failure ").count - 1
      #expect((failures > 0) == (run.exitStatus == 1), "fail-on \(failOn.map(\.rawValue) ?? "never")")
      if failOn != .warning { #expect(xml.contains("<system-out>") == file.findings.contains { $0.severity == .warning }) }
    }
    // A baselined run with nothing left: green, no failure.
    let clean = LintReport(files: [failing.with(findings: [])])
    #expect(clean.exitStatus == 0)
    #expect(!JUnitReporter().render(clean, options: SampleReports.options).contains("<failure "))
  }

  @Test func staleBaselineEntriesAreReported() throws {
    let file = FileReport(
      path: "/repo/a.md", format: .markdown, profileID: "p",
      findings: [
        Self.finding(.error, file: "/repo/a.md", line: 1), Self.finding(.warning, file: "/repo/a.md", line: 2),
      ], error: nil)
    let baseline = Baseline(report: LintReport(files: [file]), path: "/repo/baseline.json")
    let fixed = file.with(findings: [file.findings[0]])
    let applied = baseline.apply(to: LintReport(files: [fixed]), baselinePath: "/repo/baseline.json")
    #expect(applied.report.findings.isEmpty)
    #expect(applied.stale.map(\.message) == ["Thông báo 2."])
    // Files not in this run leave their entries alone.
    let other = FileReport(path: "/repo/b.md", format: .markdown, profileID: "p", findings: [], error: nil)
    #expect(baseline.apply(to: LintReport(files: [other]), baselinePath: "/repo/baseline.json").stale.isEmpty)
  }

  @Test func colourFollowsNoColorAndTerm() {
    #expect(ReportOptions.environmentAllowsColor([:]))
    #expect(ReportOptions.environmentAllowsColor(["NO_COLOR": ""]))
    #expect(!ReportOptions.environmentAllowsColor(["NO_COLOR": "1"]))
    #expect(!ReportOptions.environmentAllowsColor(["TERM": "dumb"]))
    #expect(ReportOptions.environmentAllowsColor(["TERM": "xterm-256color"]))
  }

  @Test func sarifFingerprintsHaveAFixedWidthAndRulesTheirOwnLevel() throws {
    let report = try SampleReports.allFixtures()
    for finding in report.findings { #expect(Baseline.fingerprint(finding).count == 16) }
    #expect(Baseline.padded("b7f9934b605a2bd") == "0b7f9934b605a2bd")
    // A rule whose first finding is below its level (a configured override would do it).
    var verdict = RequirementVerdict(id: "r", ruleID: "r", title: LocalizedText(vi: "R", en: "R"), status: .notMet, source: Self.source)
    verdict.severity = .error
    let file = FileReport(path: "a.md", format: .markdown, profileID: "p", findings: [Self.finding(.info)], error: nil, verdicts: [verdict])
    let rules = SARIFRules(report: LintReport(files: [file]), language: .vi)
    #expect(rules.descriptors.first?.defaultConfiguration?.level == "error")
  }
}
