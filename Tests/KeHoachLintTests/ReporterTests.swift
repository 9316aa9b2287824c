import Foundation
import Testing

@testable import KeHoachLint

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Behaviour of the reporters beyond the golden files: escaping, positions, self-containment.
@Suite struct ReporterTests {
  @Test func githubEscapingFollowsTheToolkit() {
    #expect(GitHubActionsReporter.escapeData("50% a\r\nb:c,d") == "50%25 a%0D%0Ab:c,d")
    #expect(GitHubActionsReporter.escapeProperty("du thao/a:b,c%.md") == "du thao/a%3Ab%2Cc%25.md")
    let line = GitHubActionsReporter.command("warning", properties: [("file", "a,b.md"), ("line", "3")], message: "x\ny")
    #expect(line == "::warning file=a%2Cb.md,line=3::x%0Ay\n")
  }

  @Test func githubAnnotationsComeMostSevereFirst() throws {
    let output = GitHubActionsReporter().render(try SampleReports.markdown(), options: SampleReports.options)
    let levels = output.split(separator: "\n").filter { $0.hasPrefix("::") }.map { $0.prefix { $0 != " " } }
    #expect(levels.first == "::error")
    #expect(levels.firstIndex(of: "::warning").map { index in levels[index...].allSatisfy { $0 != "::error" } } == true)
  }

  @Test func junitIsWellFormedXML() throws {
    for report in [try SampleReports.markdown(), try SampleReports.mixed()] {
      let xml = JUnitReporter().render(report, options: SampleReports.options)
      let parser = XMLParser(data: Data(xml.utf8))
      #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }
  }

  @Test func junitHasOneCasePerRequirement() throws {
    let report = try SampleReports.markdown()
    let xml = JUnitReporter().render(report, options: SampleReports.options)
    let cases = xml.components(separatedBy: "<testcase ").count - 1
    #expect(cases == report.files.reduce(0) { $0 + $1.verdicts.count })
    // A requirement fails only with a finding at or above the fail level (error by default).
    let failing = report.files[0].verdicts.filter { verdict in
      verdict.status == .notMet && report.files[0].findings(for: verdict).contains { $0.severity >= .error }
    }
    #expect(xml.contains("failures=\"\(failing.count)\""))
  }

  @Test func caretSitsUnderTheColumnInDecomposedText() {
    let line = "\t- Kế hoạch <ĐƠN VỊ>".decomposedStringWithCanonicalMapping
    let column = Array(line).firstIndex(of: "<").map { $0 + 1 } ?? 0
    var finding = Finding(
      ruleID: "r", kind: "k", severity: .warning, message: LocalizedText(vi: "m", en: "m"),
      location: SourceLocation(file: "a.md", line: 7, column: column), source: GuidanceSource(document: "d"))
    finding.sourceLine = line
    let lines = TextExcerpt(finding: finding, palette: TerminalPalette(enabled: false)).lines
    #expect(lines == ["  7 | " + line, "    | \t" + String(repeating: " ", count: column - 2) + "^"])
  }

  @Test func longLinesAreWindowedAroundTheColumn() {
    let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
    var finding = Finding(
      ruleID: "r", kind: "k", severity: .error, message: LocalizedText(vi: "m", en: "m"),
      location: SourceLocation(file: "a.md", line: 1, column: 301), source: GuidanceSource(document: "d"))
    finding.sourceLine = line
    let lines = TextExcerpt(finding: finding, palette: TerminalPalette(enabled: false)).lines
    let text = Array(lines[0].dropFirst("  1 | ".count))
    let caret = Array(lines[1].dropFirst("  1 | ".count)).firstIndex(of: "^")
    #expect(caret.map { text[$0] } == "X")
    #expect(text.count <= TextExcerpt.maximumWidth + 2)
  }

  @Test func csvQuotesAndDefusesFormulas() {
    #expect(Markup.csvField("a,b") == "\"a,b\"")
    #expect(Markup.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Markup.csvField("=SUM(A1)") == "'=SUM(A1)")
    #expect(Markup.csvField("-12.5") == "-12.5")
  }

  @Test func markupEscapes() {
    #expect(Markup.escape("<a href=\"x\">&'</a>\u{0B}") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
    #expect(Markup.markdownCell("a | b\nc") == "a \\| b c")
  }

  @Test func numbersFollowTheLanguage() {
    #expect(ReportFormatting.number(12_500.5, language: .vi) == "12.500,5")
    #expect(ReportFormatting.number(12_500.5, language: .en) == "12,500.5")
    #expect(ReportFormatting.number(-1_234_567, language: .vi) == "-1.234.567")
    #expect(ReportFormatting.percent(0.095, language: .vi) == "9,5%")
  }

  @Test func htmlIsSelfContained() throws {
    for report in [try SampleReports.markdown(), try SampleReports.mixed()] {
      for reporter in [HTMLReporter(), ScoreboardHTMLReporter()] as [any Reporter] {
        let html = reporter.render(report, options: SampleReports.options)
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("@import"))
        #expect(html.contains("@media print"))
      }
    }
  }

  @Test func htmlSaysWhenAPlanHasNoBudgetAndDrawsTheOnesItHas() throws {
    let report = try SampleReports.allFixtures()
    let withoutList = try #require(report.files.first { $0.summary != nil && $0.summary?.budget == nil })
    #expect(HTMLReporter().render(LintReport(files: [withoutList]), options: SampleReports.options).contains("Chưa có dữ liệu."))
    let withList = try #require(report.files.first { $0.summary?.budget?.securityShare != nil })
    #expect(HTMLReporter().render(LintReport(files: [withList]), options: SampleReports.options).contains("<svg class=\"chart\""))
  }

  @Test func planReportNamesAreUniqueAndNeverIndex() {
    let names = PlanReportNames.names(for: ["a/ke-hoach.md", "b/ke-hoach.md", "index.md", "c/Kế hoạch 1.docx"])
    #expect(names["a/ke-hoach.md"] == "ke-hoach.html")
    #expect(names["b/ke-hoach.md"] == "ke-hoach-2.html")
    #expect(names["index.md"] == "index-2.html")
    #expect(names["c/Kế hoạch 1.docx"] == "Kế-hoạch-1.html")
  }

  @Test func scoreboardListsEveryPlanAndCommonFailures() throws {
    let paths = FixtureTests.fixturePaths().map { "Fixtures/" + $0 }
    let report = try SampleReports.allFixtures()
    let board = Scoreboard(report: report, options: SampleReports.options)
    // Every plan once, worst verdict first, then most errors, then most warnings.
    #expect(board.rows.map(\.path).sorted() == paths.sorted())
    let keys = board.rows.map { [-$0.verdict.rank, -$0.errors, -$0.warnings] }
    #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
    #expect(!board.failures.isEmpty)
    // Shares within one framework, the most common first; never a count over another framework's plans.
    let shares = board.failures.map { Double($0.plans.count) / Double($0.evaluated) }
    #expect(shares == shares.sorted(by: >))
    for failure in board.failures {
      #expect(failure.evaluated == report.files.filter { $0.profileID ?? "" == failure.profile && !$0.verdicts.isEmpty }.count)
    }
    let csv = ScoreboardCSVReporter().render(report, options: SampleReports.options)
    #expect(csv.components(separatedBy: "\r\n").count == paths.count + 2)
  }
}
