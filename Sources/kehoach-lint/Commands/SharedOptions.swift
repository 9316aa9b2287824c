import ArgumentParser
import Foundation
import KeHoachLint

/// Options every command that reads rule packs shares.
struct RulesOptions: ParsableArguments {
  @Option(name: .customLong("rules-dir"), help: "Thư mục Rules/ (mặc định: bộ quy tắc đi kèm).")
  var rulesDirectory: String?

  @Option(help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en.")
  var lang: Language = .vi

  /// The packs of the rules folder and of the configuration's `rule-packs`, rules decoded.
  func loadPacks(config: ConfigFileOption) throws -> [RulePack] {
    try LintSession.packs(rulesDirectory: try resolvedRulesDirectory(), configFile: config.resolved)
  }

  /// The rules folder: the option, else the bundled one.
  func resolvedRulesDirectory() throws -> String {
    if let rulesDirectory { return rulesDirectory }
    guard let found = RulesDirectory.locate() else {
      throw CLIError(Messages.CommandLine.rulesFolderNotFound)
    }
    return found
  }
}

/// `--config` for the commands that list or explain rules (`check` has its own: it finds
/// one per input file).
struct ConfigFileOption: ParsableArguments {
  @Option(help: "Tệp cấu hình (mặc định: .kehoach-lint.yml ở thư mục hiện tại hoặc thư mục cha); gồm cả quy tắc trong rule-packs của tệp.")
  var config: String?

  /// The option, else the nearest `.kehoach-lint.yml` from the current folder up.
  var resolved: String? {
    config ?? ProjectConfiguration.nearest(to: FileManager.default.currentDirectoryPath + "/" + ProjectConfiguration.fileName)
  }
}

extension Language: ExpressibleByArgument {}

/// A usage or set-up error: printed to standard error in the language of `--lang`, exit
/// status 2.
struct CLIError: Error, CustomStringConvertible {
  let message: LocalizedText
  init(_ message: LocalizedText) { self.message = message }
  /// Until `citations` builds its messages with `Messages.CommandLine` (the same text in both
  /// languages).
  @available(*, deprecated, message: "pass a LocalizedText from Messages.CommandLine")
  init(message: String) { self.message = LocalizedText(vi: message, en: message) }
  var description: String { message.vi }
}

/// Exit statuses: 0 clean, 1 findings at or above the fail level, 2 usage or input error.
enum ExitStatus {
  static let findings: Int32 = 1
  static let inputError: Int32 = 2
}

func printError(_ text: String) {
  FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Runs `body`, turning library and set-up errors into a message and exit status 2.
func runReportingErrors(language: Language, _ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as KeHoachLintError {
    printError(error.message.text(in: language))
    throw ExitCode(ExitStatus.inputError)
  } catch let error as CLIError {
    printError(error.message.text(in: language))
    throw ExitCode(ExitStatus.inputError)
  }
}
