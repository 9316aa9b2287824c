import ArgumentParser
import KeHoachLint

@main
struct KeHoachLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kehoach-lint",
    abstract: "Kiểm tra kế hoạch ứng dụng CNTT, phát triển Chính phủ số/Chính quyền số theo khung hướng dẫn.",
    discussion: "Checks Vietnamese IT application / digital government plans against the ministry's frameworks.",
    version: KeHoachLintVersion.current,
    subcommands: [CheckCommand.self, OutlineCommand.self, ProfilesCommand.self, RulesCommand.self, ExplainCommand.self],
    defaultSubcommand: CheckCommand.self
  )
}
