import ArgumentParser
import Foundation
import KeHoachLint

/// `kehoach-lint init --profile ID`: the framework as a draft to fill, in Markdown or (for an
/// output named `.docx`) as a Word document.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Tạo bản dự thảo (Markdown hoặc Word .docx) theo khung kế hoạch (các mục bắt buộc, đánh số, chỗ cần điền)."
  )

  @Option(help: "Khung kế hoạch; xem `kehoach-lint profiles`.")
  var profile: String

  @Option(help: "Cấp của đơn vị: bo, tinh, so, huyen (tên cơ quan ban hành, ký hiệu).")
  var level: UnitLevel?

  @Option(name: [.short, .long], help: "Ghi vào tệp này (.md, hoặc .docx cho bản Word) thay vì ra màn hình (không ghi đè tệp đã có).")
  var output: String?

  @OptionGroup var config: ConfigFileOption
  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks(config: config)
      guard let pack = packs.first(where: { $0.profile.id == profile }) else {
        throw KeHoachLintError.unknownProfile(id: profile, known: packs.map(\.profile.id))
      }
      let template = try PlanTemplate(pack: pack, level: level)
      guard let output else {
        print(template.markdown, terminator: "")
        return
      }
      let isWord = output.lowercased().hasSuffix(".docx")
      let bytes = isWord ? try template.docx() : Array(template.markdown.utf8)
      guard !FileManager.default.fileExists(atPath: output) else {
        throw CLIError(Messages.CommandLine.cannotWrite(.report, path: output, error: CocoaError(.fileWriteFileExists)))
      }
      do {
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
      } catch {
        throw CLIError(Messages.CommandLine.cannotWrite(.report, path: output, error: error))
      }
    }
  }
}
