import ArgumentParser
import Foundation
import KeHoachLint

/// `kehoach-lint diff OLD NEW`: two drafts of a plan (or two folders of drafts) compared.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "So sánh hai bản dự thảo (hoặc hai thư mục dự thảo): phát hiện đã tiếp thu, mới, chưa tiếp thu."
  )

  @Argument(help: "Bản dự thảo cũ (.md, .docx) hoặc thư mục.")
  var old: String

  @Argument(help: "Bản dự thảo mới (.md, .docx) hoặc thư mục.")
  var new: String

  @Option(help: "Khung kế hoạch (bỏ qua để tự nhận diện từ tiêu đề).")
  var profile: String?

  @Option(help: "Cấp của đơn vị: bo, tinh, so, huyen.")
  var level: UnitLevel?

  @Option(help: "Tệp cấu hình (mặc định: .kehoach-lint.yml gần nhất).")
  var config: String?

  @Option(help: "Định dạng: text (mặc định), json, markdown, html.")
  var format: DraftComparisonReporter.Format = .text

  @Option(name: [.short, .long], help: "Ghi báo cáo vào tệp này thay vì ra màn hình.")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "Mức phát hiện MỚI làm lệnh trả mã 1: error (mặc định), warning, info, never.")
  var failOn: CheckCommand.FailLevel = .error

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let rulesDirectory = try rules.resolvedRulesDirectory()
      let environment = ProcessInfo.processInfo.environment
      func lint(_ path: String) throws -> LintReport {
        var request = LintRequest(paths: [path], rulesDirectory: rulesDirectory)
        request.configFile = config
        request.profileID = profile
        request.unitLevel = level
        request.today = CheckCommand.today(environment)
        return try LintSession.run(request)
      }
      let (before, after) = (try lint(old), try lint(new))
      let comparison: FolderComparison
      var isFolder: ObjCBool = false
      let folders = [old, new].contains { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && isFolder.boolValue }
      if folders {
        comparison = FolderComparison(old: before.files, new: after.files)
      } else {
        guard let first = before.files.first, let second = after.files.first else {
          throw ExitCode(ExitStatus.inputError)
        }
        comparison = FolderComparison(pair: DraftComparison(old: first, new: second))
      }
      let options = ReportOptions(language: rules.lang, toolVersion: KeHoachLintVersion.current)
      let text = DraftComparisonReporter(format: format).render(comparison, options: options)
      if let output {
        do {
          try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
          throw CLIError(Messages.CommandLine.cannotWrite(.report, path: output, error: error))
        }
      } else {
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      }
      for file in before.files + after.files {
        if let error = file.error { printError(file.path + ": " + error.message.text(in: rules.lang)) }
      }
      if before.hasInputErrors || after.hasInputErrors { throw ExitCode(ExitStatus.inputError) }
      if comparison.hasNew(atOrAbove: failOn.severity) { throw ExitCode(ExitStatus.findings) }
    }
  }
}

extension DraftComparisonReporter.Format: ExpressibleByArgument {}
