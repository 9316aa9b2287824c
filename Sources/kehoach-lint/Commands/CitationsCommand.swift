import ArgumentParser
import Foundation
import KeHoachLint

/// Lists every legal citation of a plan with its place, its catalog entry and what is wrong
/// with it: the table of legal bases a reviewer checks by hand. A view of `check`: the same
/// pipeline, configuration (`.kehoach-lint.yml`, `rule-packs`) and facts the reports carry.
struct CitationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "citations",
    abstract: "Liệt kê mọi văn bản được trích dẫn (vị trí, đối chiếu danh mục, trạng thái)."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "Tệp kế hoạch hoặc thư mục.")
  var paths: [String]

  @Option(help: "Định dạng: text (bảng Markdown) hoặc json.")
  var format: OutputFormat = .text

  @Option(help: "Khung kế hoạch (bỏ qua để tự nhận diện từ tiêu đề); dùng cho phần rà soát Phụ lục III.")
  var profile: String?

  @Option(help: "Ngày của kế hoạch (dd/mm/yyyy) khi dòng địa danh, ngày tháng chưa ghi ngày.")
  var date: String?

  @Option(help: "Cấp của đơn vị (bo, tinh, so, huyen), để chọn khung kế hoạch.")
  var level: UnitLevel?

  @Option(help: "Tệp cấu hình (mặc định: .kehoach-lint.yml gần nhất).")
  var config: String?

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      var request = LintRequest(paths: paths, rulesDirectory: try rules.resolvedRulesDirectory())
      request.configFile = config
      request.profileID = profile
      request.unitLevel = level
      request.planDate = try date.map(CheckCommand.parseDate)
      let report = try LintSession.run(request)
      let reporter: any Reporter = format == .json ? CitationsJSONReporter() : CitationsReporter()
      FileHandle.standardOutput.write(Data(reporter.render(report, options: ReportOptions(language: rules.lang)).utf8))
      if report.files.contains(where: { $0.error != nil }) { throw ExitCode(ExitStatus.inputError) }
    }
  }
}
