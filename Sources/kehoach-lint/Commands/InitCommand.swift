import ArgumentParser
import Foundation
import KeHoachLint

/// `kehoach-lint init --profile ID`: the framework as a Markdown draft to fill.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Tạo bản dự thảo Markdown theo khung kế hoạch (các mục bắt buộc, đánh số, chỗ cần điền)."
  )

  @Option(help: "Khung kế hoạch; xem `kehoach-lint profiles`.")
  var profile: String

  @Option(help: "Cấp của đơn vị: bo, tinh, so, huyen (tên cơ quan ban hành, ký hiệu).")
  var level: UnitLevel?

  @Option(name: [.short, .long], help: "Ghi vào tệp .md này thay vì ra màn hình (không ghi đè tệp đã có).")
  var output: String?

  @OptionGroup var config: ConfigFileOption
  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks(config: config)
      guard let pack = packs.first(where: { $0.profile.id == profile }) else {
        throw KeHoachLintError.unknownProfile(id: profile, known: packs.map(\.profile.id))
      }
      let text = try PlanTemplate(pack: pack, level: level).markdown
      guard let output else {
        print(text, terminator: "")
        return
      }
      guard !FileManager.default.fileExists(atPath: output) else {
        throw CLIError(Messages.CommandLine.cannotWrite(.report, path: output, error: CocoaError(.fileWriteFileExists)))
      }
      do {
        try text.write(toFile: output, atomically: true, encoding: .utf8)
      } catch {
        throw CLIError(Messages.CommandLine.cannotWrite(.report, path: output, error: error))
      }
    }
  }
}
