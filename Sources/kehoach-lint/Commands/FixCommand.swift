import ArgumentParser
import Foundation
import KeHoachLint

/// `fix`: the safe fixes (the one right text: a catalog-checked number or date, a point
/// letter or section number) delivered the way each user reviews a change: a unified diff for
/// a Markdown plan, tracked changes in a copy of a Word draft. The input is never written.
/// Exit status as `diff`: 0 nothing to fix, 1 fixes found, 2 usage or input error.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "Tự sửa những lỗi biết chắc cách sửa: Markdown in ra bản diff, Word ghi bản sao có sửa đổi theo dõi (Track Changes).",
    discussion: "Mã thoát: 0 không có gì để sửa, 1 có sửa đổi, 2 lỗi đầu vào."
  )

  @Argument(help: "Tệp .md hoặc .docx.")
  var path: String

  @Option(name: [.customShort("o"), .customLong("output")], help: "Word: tệp kết quả (mặc định: TỆP.sua.docx cạnh tệp gốc).")
  var output: String?

  @Option(name: .customLong("write-to"), help: "Markdown: ghi bản đã sửa vào tệp này (không bao giờ ghi đè tệp gốc).")
  var writeTo: String?

  @Option(help: "Word: tên tác giả của các sửa đổi.")
  var author: String = "kehoach-lint"

  @Flag(help: "Word: ghi các phát hiện không tự sửa được thành góp ý (comment) trong cùng bản sao.")
  var comments = false

  @Flag(help: "Ghi đè tệp kết quả đã có.")
  var force = false

  @Option(help: "Khung kế hoạch (bỏ qua để tự nhận diện từ tiêu đề); xem `kehoach-lint profiles`.")
  var profile: String?

  @Option(help: "Cấp của đơn vị: bo, tinh, so, huyen.")
  var level: UnitLevel?

  @Option(help: "Ngày của kế hoạch (dd/mm/yyyy) khi dòng địa danh, ngày tháng còn để trống.")
  var date: String?

  @Option(help: "Tệp cấu hình (mặc định: .kehoach-lint.yml gần nhất).")
  var config: String?

  @OptionGroup var rules: RulesOptions

  func run() throws {
    let language = rules.lang
    var status: Int32 = 0
    try runReportingErrors(language: language) {
      let lower = path.lowercased()
      let isWord = lower.hasSuffix(".docx")
      guard isWord || lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { throw CLIError(Messages.Fix.unsupported(path)) }
      var request = LintRequest(paths: [path], rulesDirectory: try rules.resolvedRulesDirectory())
      request.configFile = config
      request.profileID = profile
      request.unitLevel = level
      request.planDate = try date.map(CheckCommand.parseDate)
      let report = try LintSession.run(request)
      guard let file = report.files.first else { return }
      if let error = file.error { throw error }
      guard let data = FileManager.default.contents(atPath: path) else { throw KeHoachLintError.fileNotFound(path: path) }
      let applied = isWord ? try fixWord(file, bytes: Array(data)) : try fixMarkdown(file, bytes: Array(data))
      if applied > 0 { status = ExitStatus.findings }
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// Prints the diff (and writes `--write-to`); returns how many replacements apply.
  private func fixMarkdown(_ file: FileReport, bytes: [UInt8]) throws -> Int {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let hasMark = bytes.starts(with: mark)
    guard let text = String(validating: hasMark ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self) else {
      throw CLIError(Messages.Fix.notUTF8(path))
    }
    let replacements = file.findings.filter { !$0.isWaived }.flatMap { $0.fix?.replacements ?? [] }
    let result = TextFixer().apply(replacements, to: text)
    for (replacement, reason) in result.skipped {
      printError(Messages.Fix.skipped(replacement, file: path, reason: reason).text(in: rules.lang))
    }
    FileHandle.standardOutput.write(Data(UnifiedDiff.render(path: Self.diffPath(path), result: result).utf8))
    if let writeTo {
      try checkOutput(writeTo)
      do {
        try Data((hasMark ? mark : []) + Array(result.text.utf8)).write(to: URL(fileURLWithPath: writeTo), options: .atomic)
      } catch {
        throw CLIError(Messages.Annotate.cannotWrite(writeTo))
      }
    }
    printError(Messages.Fix.summary(path, applied: result.applied.count, skipped: result.skipped.count).text(in: rules.lang))
    return result.applied.count
  }

  /// Writes the copy with tracked changes (and comments); returns how many changes it holds.
  private func fixWord(_ file: FileReport, bytes: [UInt8]) throws -> Int {
    let destination = output ?? Self.defaultOutput(for: path)
    try checkOutput(destination)
    let fixer = DocxFixer(author: author, date: AnnotateCommand.commentDate(), language: rules.lang)
    let outcome = try fixer.fix(bytes: bytes, file: path, findings: file.findings, comments: comments)
    for (replacement, reason) in outcome.skipped {
      printError(Messages.Fix.skipped(replacement, file: path, reason: reason).text(in: rules.lang))
    }
    for (fix, reason) in outcome.skippedPageSetups {
      printError(Messages.Fix.skipped(fix, file: path, reason: reason).text(in: rules.lang))
    }
    guard outcome.changes > 0 || outcome.comments > 0 else {
      printError(Messages.Fix.noFixes.text(in: rules.lang))
      return 0
    }
    do {
      try Data(outcome.bytes).write(to: URL(fileURLWithPath: destination), options: .atomic)
    } catch {
      throw CLIError(Messages.Annotate.cannotWrite(destination))
    }
    printError(Messages.Fix.written(destination, changes: outcome.changes, comments: outcome.comments).text(in: rules.lang))
    return outcome.changes
  }

  /// Never the input; an existing file only with `--force`.
  private func checkOutput(_ destination: String) throws {
    let source = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath()
    guard source.path != target.path else { throw CLIError(Messages.Annotate.sameAsInput(destination)) }
    if FileManager.default.fileExists(atPath: destination), !force { throw CLIError(Messages.Annotate.outputExists(destination)) }
  }

  /// The path in the diff's headers, relative as given ("./PLAN.md" → "PLAN.md").
  static func diffPath(_ path: String) -> String {
    var relative = path
    while relative.hasPrefix("./") { relative.removeFirst(2) }
    return relative
  }

  /// "DRAFT.docx" → "DRAFT.sua.docx" beside it.
  static func defaultOutput(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let name = url.deletingPathExtension().lastPathComponent + ".sua.docx"
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
  }
}
