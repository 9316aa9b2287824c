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

  @Option(help: "Định dạng báo cáo: text hoặc json.")
  var format: OutputFormat = .text

  @Option(name: .customLong("fail-on"), help: "Mức phát hiện làm lệnh trả mã 1: error (mặc định), warning, info, never.")
  var failOn: FailLevel = .error

  @Flag(name: .customLong("no-color"), help: "Không tô màu (cũng tắt khi đặt NO_COLOR).")
  var noColor = false

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let configuration = Configuration(rulesDirectory: try rules.resolvedRulesDirectory(), profileID: profile)
      let linter = try Linter(configuration: configuration)
      let report = linter.lint(paths: paths)
      let useColor = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
      let options = ReportOptions(language: rules.lang, useColor: useColor && format == .text)
      let reporter: any Reporter = format == .json ? JSONReporter() : TextReporter()
      FileHandle.standardOutput.write(Data(reporter.render(report, options: options).utf8))
      if report.hasInputErrors { throw ExitCode(ExitStatus.inputError) }
      if let worst = report.worstSeverity, let threshold = failOn.severity, worst >= threshold {
        throw ExitCode(ExitStatus.findings)
      }
    }
  }
}

extension CheckCommand.FailLevel {
  var severity: Severity? {
    switch self {
    case .error: .error
    case .warning: .warning
    case .info: .info
    case .never: nil
    }
  }
}
