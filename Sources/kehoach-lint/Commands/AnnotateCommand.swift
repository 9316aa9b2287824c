import ArgumentParser
import Foundation
import KeHoachLint

/// `annotate`: the draft sent back as Word comments ("góp ý"), one at each finding and one
/// with the verdict on the title. The findings are those `check` gives with the same options.
struct AnnotateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotate",
    abstract: "Ghi góp ý (Word comment) vào bản sao của dự thảo .docx tại từng chỗ cần sửa."
  )

  @Argument(help: "Tệp .docx, hoặc thư mục (cần --output-dir).")
  var paths: [String]

  @Option(name: [.customShort("o"), .customLong("output")], help: "Tệp kết quả (mặc định: TỆP.gop-y.docx cạnh tệp gốc).")
  var output: String?

  @Option(name: .customLong("output-dir"), help: "Thư mục ghi các tệp kết quả (khi kiểm tra nhiều tệp hoặc thư mục).")
  var outputDirectory: String?

  @Option(help: "Tên người góp ý ghi trong comment.")
  var author: String = "kehoach-lint"

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

  @Option(name: .customLong("fail-on"), help: "Mức phát hiện làm lệnh trả mã 1: error (mặc định), warning, info, never.")
  var failOn: CheckCommand.FailLevel?

  @Option(help: "Bỏ qua các phát hiện đã ghi trong tệp baseline này.")
  var baseline: String?

  @OptionGroup var rules: RulesOptions

  func run() throws {
    let language = rules.lang
    var status: Int32 = 0
    try runReportingErrors(language: language) {
      let batch = paths.count > 1 || paths.contains { Self.isFolder($0) }
      if batch, output != nil { throw CLIError(Messages.Annotate.oneInputForOutput) }
      if batch, outputDirectory == nil { throw CLIError(Messages.Annotate.folderNeedsOutputDirectory) }
      // Named inputs annotate cannot write: said before any work.
      var named: [String] = []
      for path in paths {
        if let problem = Self.unsupported(path) {
          guard batch else { throw CLIError(problem) }
          printError(problem.text(in: language))
          status = ExitStatus.inputError
        } else {
          named.append(path)
        }
      }
      guard !named.isEmpty else { return }
      var request = LintRequest(paths: named, rulesDirectory: try rules.resolvedRulesDirectory())
      request.configFile = config
      request.profileID = profile
      request.unitLevel = level
      request.planDate = try date.map(CheckCommand.parseDate)
      request.failOn = failOn.map(\.severity)
      var report = try LintSession.run(request)
      if let baseline {
        report = try Baseline.load(baseline).apply(to: report, baselinePath: baseline).report
      }
      let annotator = DocxAnnotator(author: author, date: Self.commentDate(), language: language)
      for file in report.files {
        if let error = file.error {
          printError(error.message.text(in: language))
          status = ExitStatus.inputError
          continue
        }
        // Markdown and Word XML found in a folder are skipped, said once each.
        if let problem = Self.unsupported(file.path, format: file.format) {
          printError(problem.text(in: language))
          if !batch { status = ExitStatus.inputError }
          continue
        }
        let destination = outputDirectory.map { Self.batchOutput(for: file.path, in: $0) } ?? output ?? Self.defaultOutput(for: file.path)
        do {
          try write(file, to: destination, annotator: annotator)
        } catch let error as KeHoachLintError {
          printError(error.message.text(in: language))
          status = ExitStatus.inputError
          continue
        } catch let error as CLIError {
          printError(error.message.text(in: language))
          status = ExitStatus.inputError
          continue
        }
        if file.fails, status == 0 { status = ExitStatus.findings }
      }
    }
    if status != 0 { throw ExitCode(status) }
  }

  private func write(_ file: FileReport, to destination: String, annotator: DocxAnnotator) throws {
    let manager = FileManager.default
    let source = URL(fileURLWithPath: file.path).standardizedFileURL.resolvingSymlinksInPath()
    let target = URL(fileURLWithPath: destination).standardizedFileURL.resolvingSymlinksInPath()
    guard source.path != target.path else { throw CLIError(Messages.Annotate.sameAsInput(destination)) }
    if manager.fileExists(atPath: destination), !force { throw CLIError(Messages.Annotate.outputExists(destination)) }
    guard let data = manager.contents(atPath: file.path) else { throw KeHoachLintError.fileNotFound(path: file.path) }
    let annotated = try annotator.annotate(bytes: Array(data), file: file.path, report: file)
    do {
      try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(annotated.bytes).write(to: target, options: .atomic)
    } catch {
      throw CLIError(Messages.Annotate.cannotWrite(destination))
    }
    printError(Messages.Annotate.written(destination, comments: annotated.comments).text(in: rules.lang))
  }

  /// Why annotate cannot write this input, judged by its name (and its format once read).
  static func unsupported(_ path: String, format: PlanDocument.Format? = nil) -> LocalizedText? {
    let lower = path.lowercased()
    if format == .markdown || lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return Messages.Annotate.markdown(path) }
    if format == .wordXML || lower.hasSuffix(".xml") { return Messages.Annotate.flatOPC(path) }
    return nil
  }

  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
      && !path.lowercased().hasSuffix(".docx")
  }

  /// "DRAFT.docx" → "DRAFT.gop-y.docx" beside it.
  static func defaultOutput(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let stem = url.deletingPathExtension().lastPathComponent
    let folder = (path as NSString).deletingLastPathComponent
    let name = "\(stem).gop-y.docx"
    return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
  }

  static func batchOutput(for path: String, in folder: String) -> String {
    (folder as NSString).appendingPathComponent((defaultOutput(for: path) as NSString).lastPathComponent)
  }

  /// `SOURCE_DATE_EPOCH` when set (repeatable outputs), else now.
  static func commentDate() -> Date {
    ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map {
      Date(timeIntervalSince1970: $0)
    } ?? Date()
  }
}
