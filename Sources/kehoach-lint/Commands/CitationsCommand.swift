import ArgumentParser
import Foundation
import KeHoachLint

/// Lists every legal citation of a plan with its place, its catalog entry and what is wrong
/// with it: the table of legal bases a reviewer checks by hand.
struct CitationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "citations",
    abstract: "Liệt kê mọi văn bản được trích dẫn (vị trí, đối chiếu danh mục, trạng thái)."
  )

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  @Argument(help: "Tệp kế hoạch.")
  var path: String

  @Option(help: "Định dạng: text (bảng Markdown) hoặc json.")
  var format: OutputFormat = .text

  @Option(help: "Khung kế hoạch (bỏ qua để tự nhận diện từ tiêu đề); dùng cho phần rà soát Phụ lục III.")
  var profile: String?

  @Option(help: "Ngày của kế hoạch (dd/mm/yyyy) khi dòng địa danh, ngày tháng chưa ghi ngày.")
  var date: String?

  @Option(help: "Cấp của đơn vị (bo, tinh, so, huyen), để chọn khung kế hoạch.")
  var level: UnitLevel?

  @OptionGroup var rules: RulesOptions

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let planDate = try date.map(Self.parseDate)
      let configuration = Configuration(
        rulesDirectory: try rules.resolvedRulesDirectory(), profileID: profile, unitLevel: level, planDate: planDate)
      let linter = try Linter(configuration: configuration)
      let document = try DocumentLoader().load(path)
      let table = try linter.citationTable(for: document)
      let formatter = CitationTableFormatter(language: rules.lang)
      let output = format == .json ? formatter.json(table) : formatter.text(table)
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }

  static func parseDate(_ text: String) throws -> CivilDate {
    let parts = text.split(separator: "/").map { Int($0) }
    guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2],
      let date = CivilDate(year: year, month: month, day: day)
    else { throw CLIError(message: "--date: “\(text)” không phải ngày hợp lệ dạng dd/mm/yyyy.") }
    return date
  }
}
