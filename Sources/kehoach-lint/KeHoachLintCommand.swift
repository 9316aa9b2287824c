import ArgumentParser
import Foundation
import KeHoachLint

@main
struct KeHoachLintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kehoach-lint",
    abstract: "Kiểm tra kế hoạch ứng dụng CNTT, phát triển Chính phủ số/Chính quyền số theo khung hướng dẫn.",
    discussion: "Checks Vietnamese IT application / digital government plans against the ministry's frameworks.",
    version: KeHoachLintVersion.current,
    subcommands: [
      CheckCommand.self, AnnotateCommand.self, FixCommand.self, DiffCommand.self, InitCommand.self, OutlineCommand.self,
      ProfilesCommand.self,
      RulesCommand.self, ExplainCommand.self,
      CitationsCommand.self, ServeCommand.self,
    ],
    defaultSubcommand: CheckCommand.self
  )

  /// As argument-parser's, except that a usage error (an unknown option, a bad `--format`)
  /// exits with 2, the status the README documents for usage errors, instead of 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(ExitStatus.inputError)
    }
  }
}
