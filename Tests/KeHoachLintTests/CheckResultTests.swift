import Foundation
import Testing

@testable import KeHoachLint

/// What `kehoach-lint check`, `citations` and the batch print, computed through the library the
/// command calls (`LintSession`, `Linter`, the reporters): findings, counts, exit
/// statuses and report contents over every fixture and format. These used to launch the binary
/// once per fixture or format; the CLI tests keep one launch per thing only the binary does.
@Suite struct CheckResultTests {
  static let fiveYear = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-5-nam-2021-2025.md"
  static let annual = TestSupport.fixturesDirectory + "/markdown/good/ke-hoach-nam-2021.md"
  static let failing = TestSupport.fixturesDirectory + "/markdown/bad/ke-hoach-5-nam-con-cho-trong.md"

  /// What `check` runs for these paths (default configuration discovery and fail level).
  static func check(_ paths: [String], _ configure: (inout LintRequest) -> Void = { _ in }) throws -> LintReport {
    var request = LintRequest(paths: paths, rulesDirectory: TestSupport.rulesDirectory)
    configure(&request)
    return try LintSession.run(request)
  }

  /// The report as `check --format FORMAT` prints it without colour.
  static func render(_ report: LintReport, _ format: ReportFormat = .text, summary: Bool = false, language: Language = .vi)
    -> String
  {
    let options = ReportOptions(language: language, generatedAt: Date(), timeZone: .current, baseDirectory: TestSupport.repositoryRoot)
    return format.reporter(summary: summary).render(report, options: options)
  }

  static func fixtureText(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// The plan without its "VI. LỘ TRÌNH THỰC HIỆN" section (heading and content).
  static func withoutRoadmap(_ text: String) -> String {
    var lines: [Substring] = []
    var skipping = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## VI. LỘ TRÌNH THỰC HIỆN") {
        skipping = true
        continue
      }
      if skipping && line.hasPrefix("#") { skipping = false }
      if !skipping { lines.append(line) }
    }
    return lines.joined(separator: "\n")
  }

  /// The finding and verdict lines (the quoted source lines differ with the markup), without
  /// the paths.
  static func withoutPaths(_ output: String) -> String {
    output.split(separator: "\n").filter { $0.contains(".md:") }.map { line in
      guard let range = line.range(of: ".md:") else { return String(line) }
      return String(line[range.upperBound...])
    }.joined(separator: "\n")
  }

  static func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  // MARK: check, text and JSON

  @Test(arguments: [fiveYear, annual])
  func completePlanIsClean(_ path: String) throws {
    let report = try Self.check([path])
    #expect(report.exitStatus == 0)
    let output = Self.render(report)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(
      lines.first?.range(of: #"^.+\.md: Đạt\. (\d+)/\1 yêu cầu đạt( \(\d+ không áp dụng\))?\.$"#, options: .regularExpression) != nil,
      "\(output)")
    #expect(output.hasSuffix("\n1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n"))
  }

  @Test func removedRoadmapIsOneErrorNamingSectionLineAndSource() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear))
    let path = try folder.write("plan.md", Array(text.utf8))
    let report = try Self.check([path])
    #expect(report.exitStatus == 1)
    let findings = Self.render(report).split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(findings.count == 1)
    let finding = String(findings.first ?? "")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let partTwo = try #require(lines.firstIndex { $0.hasPrefix("# Phần II") })
    let kinhPhi = try #require(lines[partTwo...].firstIndex { $0.hasPrefix("## VII.") })
    #expect(finding.hasPrefix("\(path):\(kinhPhi + 1):1: error: "))
    #expect(finding.contains("VI. Lộ trình thực hiện"))
    #expect(finding.contains("Phụ lục I"))
    #expect(finding.hasSuffix("[pl1-required-sections]"))
  }

  /// NFD text, capitalised headings and bold paragraphs instead of `#` headings all give the
  /// same findings as the plain draft.
  @Test(arguments: ["nfd", "capitals", "bold"])
  func variantsGiveTheSameResult(_ variant: String) throws {
    let base = Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear))
    let transformed: String
    switch variant {
    case "nfd": transformed = base.decomposedStringWithCanonicalMapping
    case "capitals":
      transformed = base.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("#") ? $0.uppercased() : String($0) }.joined(separator: "\n")
    default:
      transformed = base.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line -> String in
          guard line.hasPrefix("#") else { return String(line) }
          return "**" + line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) + "**"
        }.joined(separator: "\n")
    }
    #expect(Array(transformed.unicodeScalars) != Array(base.unicodeScalars))
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let plain = try Self.check([try folder.write("plain.md", Array(base.utf8))])
    let changed = try Self.check([try folder.write("changed.md", Array(transformed.utf8))])
    #expect(changed.exitStatus == plain.exitStatus)
    #expect(!plain.findings.isEmpty)
    #expect(
      Self.withoutPaths(Self.render(changed)).precomposedStringWithCanonicalMapping.uppercased()
        == Self.withoutPaths(Self.render(plain)).uppercased())
  }

  @Test func jsonOutputFollowsTheSchema() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("plan.md", Array(Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear)).utf8))
    let report = try Self.check([path])
    #expect(report.exitStatus == 1)
    let object = try Self.jsonObject(Self.render(report, .json))
    #expect(object["schemaVersion"] as? Int == 1)
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.count == 1)
    #expect(files[0]["profile"] as? String == "phu-luc-i-2021-2025")
    let findings = try #require(files[0]["findings"] as? [[String: Any]])
    #expect(findings.map { $0["ruleId"] as? String } == ["pl1-required-sections", "pl1-numbering"])
    let finding = try #require(findings.first { $0["ruleId"] as? String == "pl1-required-sections" })
    #expect(finding["kind"] as? String == "required-sections")
    #expect(finding["headingPath"] as? [String] == ["Phần II NỘI DUNG KẾ HOẠCH", "VII. KINH PHÍ THỰC HIỆN"])
    #expect(finding["severity"] as? String == "error")
    #expect(finding["line"] as? Int != nil)
    #expect(finding["column"] as? Int == 1)
    let source = try #require(finding["source"] as? [String: Any])
    #expect(source["section"] as? String == "Phụ lục I")
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary["errors"] == 1)
    #expect(summary["warnings"] == 1)
  }

  @Test func englishMessages() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("plan.md", Array(Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear)).utf8))
    let report = try Self.check([path])
    let output = Self.render(report, language: .en)
    #expect(output.contains("Missing mandatory section"))
    #expect(output.contains("1 file: 1 error, 1 warning, 0 info."))
    var never = try Self.check([path]) { $0.failOn = .some(nil) }
    #expect(never.exitStatus == 0)
    never = try Self.check([path]) { $0.failOn = .some(.error) }
    #expect(never.exitStatus == 1)
  }

  @Test func unreadableInputsAreReportedAndTheBatchGoesOn() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("cu.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0])
    try folder.write("rong.md", [])
    try folder.write("tot.md", Array(try Self.fixtureText(Self.fiveYear).utf8))
    let report = try Self.check([folder.path, folder.file("khong-co.md")])
    #expect(report.exitStatus == 2)
    let files = try #require(try Self.jsonObject(Self.render(report, .json))["files"] as? [[String: Any]])
    let codes = files.map { ($0["error"] as? [String: Any])?["code"] as? String ?? "ok" }
    #expect(codes == ["legacy-doc", "empty-file", "ok", "file-not-found"])
    let messages = files.compactMap { ($0["error"] as? [String: Any])?["message"] as? String }
    #expect(messages.count == 3)
    #expect(messages.allSatisfy { $0.contains(folder.path) })
  }

  @Test func invalidUTF8IsAnInputError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("tcvn3.md", [0x4B, 0xD5, 0x20, 0x68, 0x6F, 0xB9, 0x63, 0x68, 0x0A])
    let report = try Self.check([path])
    #expect(report.exitStatus == 2)
    #expect(Self.render(report).contains("UTF-8"))
  }

  @Test func profileCanBeForced() throws {
    let report = try Self.check([Self.fiveYear]) { $0.profileID = "phu-luc-ii-2021" }
    #expect(report.files.first?.profileID == "phu-luc-ii-2021")
    let files = try #require(try Self.jsonObject(Self.render(report, .json))["files"] as? [[String: Any]])
    #expect(files.first?["profile"] as? String == "phu-luc-ii-2021")
  }

  // MARK: every format

  /// The outcomes every format renders, each linted once for all the formats: clean, findings,
  /// an unreadable input beside a clean plan, an unreadable input alone, the whole Markdown
  /// fixture folder, and findings under `--fail-on never`.
  struct Outcomes: Sendable {
    let clean, failing, unreadableInBatch, unreadableAlone, markdownFolder, failingNeverFails: LintReport

    init() throws {
      let folder = try TemporaryFolder()
      defer { folder.remove() }
      let empty = try folder.write("rong.md", [])
      clean = try CheckResultTests.check([CheckResultTests.annual])
      failing = try CheckResultTests.check([CheckResultTests.failing])
      unreadableInBatch = try CheckResultTests.check([CheckResultTests.annual, empty])
      unreadableAlone = try CheckResultTests.check([empty])
      markdownFolder = try CheckResultTests.check([TestSupport.fixturesDirectory + "/markdown"])
      failingNeverFails = try CheckResultTests.check([CheckResultTests.failing]) { $0.failOn = .some(nil) }
    }
  }

  static let outcomes: Result<Outcomes, any Error> = Result { try Outcomes() }

  /// Each format renders every outcome; the exit status comes from the report, never from the
  /// format.
  @Test(arguments: ReportFormat.allCases)
  func everyFormatRendersEveryOutcome(_ format: ReportFormat) throws {
    let outcomes = try Self.outcomes.get()
    #expect(outcomes.clean.exitStatus == 0)
    #expect(!Self.render(outcomes.clean, format).isEmpty)
    #expect(outcomes.failing.exitStatus == 1)
    #expect(!Self.render(outcomes.failing, format).isEmpty)
    #expect(outcomes.unreadableInBatch.exitStatus == 2)
    #expect(outcomes.unreadableInBatch.files.first?.error == nil)
    #expect(!Self.render(outcomes.unreadableInBatch, format).isEmpty)
    #expect(outcomes.failingNeverFails.exitStatus == 0)
    #expect(outcomes.failingNeverFails.findings == outcomes.failing.findings)
  }

  @Test(arguments: [ReportFormat.html, .csv, .markdown])
  func scoreboardNamesTheFailingPlan(_ format: ReportFormat) throws {
    let outcomes = try Self.outcomes.get()
    #expect(!Self.render(outcomes.clean, format, summary: true).isEmpty)
    #expect(outcomes.markdownFolder.exitStatus == 1)
    #expect(Self.render(outcomes.markdownFolder, format, summary: true).contains("ke-hoach-5-nam-con-cho-trong.md"))
    #expect(outcomes.unreadableAlone.exitStatus == 2)
    #expect(!Self.render(outcomes.unreadableAlone, format, summary: true).isEmpty)
  }

  @Test func fixedGenerationTimeMakesReportsReproducible() throws {
    let options = ReportOptions(
      generatedAt: Date(timeIntervalSince1970: 1_700_000_000), timeZone: try #require(TimeZone(identifier: "UTC")))
    let first = HTMLReporter().render(try Self.outcomes.get().failing, options: options)
    let second = HTMLReporter().render(try Self.check([Self.failing]), options: options)
    #expect(first == second)
    #expect(first.contains("14/11/2023 22:13 (UTC+00:00)"))
  }

  @Test func englishHTMLReport() throws {
    let html = Self.render(try Self.outcomes.get().failing, .html, language: .en)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("Requirement checklist"))
  }

  // MARK: level and date

  @Test func levelSetsTheDeadline() throws {
    // The plan is dated 25/9/2020: in time for a province (15/10/2020), late for a ministry. The
    // level also chooses the ministries-and-provinces profile (bt1-…).
    let province = try Self.check([Self.fiveYear]) { $0.unitLevel = .province }
    #expect(province.exitStatus == 0, "\(Self.render(province))")
    let ministry = try Self.check([Self.fiveYear]) {
      $0.unitLevel = .ministry
      $0.failOn = .some(.warning)
    }
    #expect(ministry.exitStatus == 1)
    let output = Self.render(ministry)
    #expect(output.contains("-plan-deadline"))
    #expect(output.contains("15/9/2020"))
  }

  @Test func dateFillsABlankDateLine() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = try Self.fixtureText(Self.fiveYear)
      .replacingOccurrences(of: "Trà Bồng, ngày 25 tháng 9 năm 2020", with: "Trà Bồng, ngày      tháng      năm 2020")
    let path = try folder.write("du-thao.md", Array(text.utf8))
    func check(_ date: CivilDate?) throws -> LintReport {
      try Self.check([path]) {
        $0.unitLevel = .province
        $0.planDate = date
        $0.failOn = .some(.warning)
      }
    }
    let late = try check(CivilDate(year: 2020, month: 10, day: 20))
    #expect(late.exitStatus == 1)
    #expect(Self.render(late).contains("20/10/2020"))
    let inTime = try check(CivilDate(year: 2020, month: 10, day: 1))
    #expect(!Self.render(inTime).contains("-plan-deadline"))
  }

  // MARK: citations

  /// What `kehoach-lint citations` prints: the plan's citation facts as `check` computed them.
  static func citations(_ path: String, date: CivilDate? = nil, json: Bool = false) throws -> String {
    let linter = try Linter(configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory, planDate: date))
    let report = LintReport(files: [linter.lint(file: path)])
    let reporter: any Reporter = json ? CitationsJSONReporter() : CitationsReporter()
    return reporter.render(report, options: ReportOptions(language: .vi))
  }

  @Test func citationTableListsEveryCitationWithItsCatalogEntryAndStatus() throws {
    let text = try Self.citations(
      TestSupport.fixturesDirectory + "/seeds/001_78fc1cb0f2550b87.txt", date: CivilDate(year: 2020, month: 7, day: 29))
    #expect(text.contains("95 trích dẫn; ngày kế hoạch: 29/7/2020"))
    #expect(text.contains("| 178:323 | Nghị quyết số 17/NQ-CP ngày 09/3/2020 của Chính phủ | Nghị quyết 17/NQ-CP, 7/3/2019 [primary] |"))
    #expect(text.contains("| 410:51 | Luật An toàn thông tin | không có trong danh mục |"))
    #expect(text.contains("sai ngày (đúng: 7/3/2019)"))
  }

  @Test func citationJSONCarriesPositionsMatchesAndCoverage() throws {
    let object = try Self.jsonObject(try Self.citations(Self.fiveYear, json: true))
    let citations = try #require(object["citations"] as? [[String: Any]])
    #expect(!citations.isEmpty)
    let first = try #require(citations.first)
    let location = try #require(first["location"] as? [String: Any])
    #expect(location["line"] is Int && location["column"] is Int)
    #expect(citations.allSatisfy { ($0["problems"] as? [Any])?.isEmpty == true })
    let coverage = try #require((object["coverage"] as? [[String: Any]])?.first)
    #expect(coverage["list"] as? String == "Phụ lục III")
  }

  // MARK: Word files

  @Test func twinsOfTheGoodPlansPass() throws {
    let folder = TestSupport.fixturesDirectory + "/docx/good"
    let report = try Self.check([folder])
    let wordFiles = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".docx") }
    #expect(!wordFiles.isEmpty)
    #expect(report.files.count == wordFiles.count)
    #expect(report.exitStatus == 0, "\(Self.render(report))")
  }

  @Test func batchCarriesOnPastUnreadableWordFiles() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = TestSupport.fixturesDirectory + "/docx/good/ke-hoach-nam-2021.docx"
    try FileManager.default.copyItem(atPath: good, toPath: folder.file("a-tot.docx"))
    let zip = try [UInt8](Data(contentsOf: URL(fileURLWithPath: good)))
    try folder.write("b-cat-cut.docx", Array(zip.prefix(zip.count / 3)))
    try folder.write("c-cu.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024))
    try folder.write("d-pdf.docx", Array("%PDF-1.7".utf8))
    let report = try Self.check([folder.path])
    #expect(report.exitStatus == 2)
    let files = try #require(try Self.jsonObject(Self.render(report, .json))["files"] as? [[String: Any]])
    let outcome = Dictionary(
      uniqueKeysWithValues: files.map { file in
        let name = (file["path"] as? String).map { ($0 as NSString).lastPathComponent } ?? ""
        let error = (file["error"] as? [String: Any])?["code"] as? String
        return (name, error ?? "ok:\((file["findings"] as? [Any])?.count ?? -1)")
      })
    #expect(outcome == ["a-tot.docx": "ok:0", "b-cat-cut.docx": "corrupt-zip", "c-cu.docx": "legacy-doc", "d-pdf.docx": "not-word"])
  }
}
