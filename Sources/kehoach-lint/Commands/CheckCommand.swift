import ArgumentParser
import Foundation
import KeHoachLint

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Kiểm tra các tệp kế hoạch (.md, .docx) hoặc thư mục."
  )

  enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info, never
  }

  @Argument(help: "Tệp hoặc thư mục cần kiểm tra.")
  var paths: [String]

  @Option(help: "Khung kế hoạch (bỏ qua để tự nhận diện từ tiêu đề); xem `kehoach-lint profiles`.")
  var profile: String?

  @Option(help: "Cấp của đơn vị: bo, tinh, so, huyen (thời hạn gửi dự thảo khác nhau theo cấp).")
  var level: UnitLevel?

  @Option(help: "Ngày của kế hoạch (dd/mm/yyyy) khi dòng địa danh, ngày tháng còn để trống.")
  var date: String?

  @Option(help: "Tệp cấu hình (mặc định: .kehoach-lint.yml gần nhất ở thư mục của tệp hoặc thư mục cha).")
  var config: String?

  @Option(
    name: .customLong("format"),
    help: ArgumentHelp(
      "Định dạng báo cáo, lặp lại được: FORMAT hoặc FORMAT:TỆP (text, json, sarif, junit, github, markdown, csv, html, citations, letter — thư góp ý cho từng kế hoạch, .docx nếu TỆP có đuôi .docx); mặc định text ra màn hình.",
      valueName: "format[:path]"))
  var formats: [OutputTarget] = []

  @Flag(help: "Bảng tổng hợp cho nhiều kế hoạch (html, csv, markdown): mỗi kế hoạch một dòng.")
  var summary = false

  @Option(name: .customLong("fail-on"), help: "Mức phát hiện làm lệnh trả mã 1: error (mặc định), warning, info, never.")
  var failOn: FailLevel?

  @Option(help: "Bỏ qua các phát hiện đã ghi trong tệp baseline này.")
  var baseline: String?

  @Option(name: .customLong("write-baseline"), help: "Ghi mọi phát hiện hiện có vào tệp baseline này rồi thoát với mã 0.")
  var writeBaseline: String?

  @Option(help: "Số tệp kiểm tra song song (mặc định: số lõi CPU).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(name: .customLong("no-color"), help: "Không tô màu (cũng tắt khi đặt NO_COLOR).")
  var noColor = false

  @Flag(help: "In ra stderr thời gian của từng bước và từng quy tắc (tìm quy tắc chậm).")
  var timings = false

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      try ReportWriter.validate(targets, summary: summary)
      var request = LintRequest(paths: paths, rulesDirectory: try rules.resolvedRulesDirectory())
      request.configFile = config
      request.profileID = profile
      request.unitLevel = level
      request.planDate = try date.map(Self.parseDate)
      request.failOn = failOn.map(\.severity)
      request.jobs = max(1, jobs)
      request.measuresTime = timings
      request.today = Self.today(ProcessInfo.processInfo.environment)
      var report = try LintSession.run(request)
      if timings { printError(TimingsTable.render(report.timings, jobs: request.jobs, language: rules.lang)) }
      if let writeBaseline {
        try Baseline(report: report, path: writeBaseline).write(to: writeBaseline)
        printError(Messages.CommandLine.baselineWritten(report.findings.count, to: writeBaseline).text(in: rules.lang))
        return
      }
      if let baseline {
        let applied = try Baseline.load(baseline).apply(to: report, baselinePath: baseline)
        report = applied.report
        if !applied.stale.isEmpty {
          printError(
            Messages.CommandLine.staleBaseline(applied.stale.map { ($0.file, $0.ruleId) }, baseline: baseline).text(in: rules.lang))
        }
      }
      let environment = ProcessInfo.processInfo.environment
      let writer = ReportWriter(report: report, options: reportOptions(environment), summary: summary, environment: environment)
      for target in targets { try writer.write(target) }
      if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
  }

  /// The outputs asked for; plain text to standard output by default.
  var targets: [OutputTarget] { formats.isEmpty ? [OutputTarget(format: .text, path: nil)] : formats }

  /// Colour only on a terminal; the time from `SOURCE_DATE_EPOCH` when set (reproducible
  /// builds), else now; paths relative to the working directory where a format needs it.
  func reportOptions(_ environment: [String: String]) -> ReportOptions {
    let useColor = !noColor && ReportOptions.environmentAllowsColor(environment) && isatty(STDOUT_FILENO) != 0
    let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
    return ReportOptions(
      language: rules.lang, useColor: useColor, generatedAt: epoch.map { Date(timeIntervalSince1970: $0) } ?? Date(),
      timeZone: .current, baseDirectory: FileManager.default.currentDirectoryPath)
  }

  /// The run's date for waivers' expiry: `SOURCE_DATE_EPOCH` when set (reproducible runs).
  static func today(_ environment: [String: String]) -> CivilDate {
    let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
    return CivilDate(epoch.map { Date(timeIntervalSince1970: $0) } ?? Date())
  }

  /// "15/9/2020" or "15/09/2020".
  static func parseDate(_ text: String) throws -> CivilDate {
    guard let date = CivilDate(dayMonthYear: text) else { throw CLIError(Messages.CommandLine.invalidDate(text)) }
    return date
  }
}

extension UnitLevel: ExpressibleByArgument {}

extension CheckCommand.FailLevel {
  /// nil for `never`.
  var severity: Severity? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .info: .info
    case .never: nil
    }
  }
}
