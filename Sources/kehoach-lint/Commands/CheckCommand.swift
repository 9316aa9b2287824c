import ArgumentParser
import Foundation
import KeHoachLint

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Kiểm tra các tệp kế hoạch (.md, .docx) hoặc thư mục."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

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

  @Option(help: "Định dạng báo cáo: text hoặc json.")
  var format: OutputFormat = .text

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

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      var request = LintRequest(paths: paths, rulesDirectory: try rules.resolvedRulesDirectory())
      request.configFile = config
      request.profileID = profile
      request.unitLevel = level
      request.planDate = try date.map(Self.parseDate)
      request.failOn = failOn.map(\.severity)
      request.jobs = max(1, jobs)
      var report = try LintSession.run(request)
      if let writeBaseline {
        try Baseline(report: report, path: writeBaseline).write(to: writeBaseline)
        printError("Đã ghi \(report.findings.count) phát hiện vào \(writeBaseline).")
        return
      }
      if let baseline { report = try Baseline.load(baseline).filter(report, baselinePath: baseline) }
      let useColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
      let options = ReportOptions(language: rules.lang, useColor: useColor && format == .text)
      let reporter: any Reporter = format == .json ? JSONReporter() : TextReporter()
      FileHandle.standardOutput.write(Data(reporter.render(report, options: options).utf8))
      if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
  }

  /// "15/9/2020" or "15/09/2020".
  static func parseDate(_ text: String) throws -> CivilDate {
    let parts = text.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 3, let date = CivilDate(year: parts[2], month: parts[1], day: parts[0]) else {
      throw CLIError(message: "--date: “\(text)” không phải ngày hợp lệ dạng dd/mm/yyyy.")
    }
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
