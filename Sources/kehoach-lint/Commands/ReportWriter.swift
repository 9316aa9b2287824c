import Foundation
import KeHoachLint

/// Writes a run's report in every format asked for: to standard output or files, a
/// scoreboard's per-plan HTML reports beside it, and the GitHub job summary.
struct ReportWriter {
  let report: LintReport
  let options: ReportOptions
  let summary: Bool
  let environment: [String: String]

  /// Checks the targets before anything runs: at most one may print to standard output.
  static func validate(_ targets: [OutputTarget], summary: Bool) throws {
    if targets.filter({ $0.path == nil }).count > 1 {
      throw CLIError(Messages.CommandLine.oneFormatOnScreen)
    }
    for target in targets where target.isFolder && !(summary && target.format.hasScoreboard) {
      throw CLIError(Messages.CommandLine.folderOnlyForScoreboard("\(target.format.rawValue):\(target.path ?? "")"))
    }
  }

  func write(_ target: OutputTarget) throws {
    var options = options
    options.useColor = options.useColor && target.format == .text && target.path == nil
    if target.isFolder, let folder = target.path {
      try writeScoreboardFolder(folder, format: target.format, options: options)
    } else if target.format == .letter, let path = target.path {
      try writeLetters(to: path, options: options)
    } else {
      let text = target.format.reporter(summary: summary).render(report, options: options)
      if let path = target.path { try Self.save(text, to: path) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }
    if target.format == .github, let stepSummary = environment["GITHUB_STEP_SUMMARY"], !stepSummary.isEmpty {
      let markdown = ReportFormat.markdown.reporter(summary: summary).render(report, options: options)
      try Self.append(markdown, to: stepSummary)
    }
  }

  /// `FOLDER/index.EXT` and one HTML report per plan beside it, linked from its row.
  private func writeScoreboardFolder(_ folder: String, format: ReportFormat, options: ReportOptions) throws {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw CLIError(Messages.CommandLine.cannotWrite(.folder, path: folder, error: error))
    }
    let names = PlanReportNames.names(for: report.files.map(\.path))
    var linked = options
    linked.reportLinks = names
    var planOptions = options
    planOptions.scoreboardLink = "index." + format.fileExtension
    for file in report.files {
      guard let name = names[file.path] else { continue }
      try Self.save(
        HTMLReporter().render(LintReport(files: [file]), options: planOptions), to: (folder as NSString).appendingPathComponent(name))
    }
    let index = (folder as NSString).appendingPathComponent("index." + format.fileExtension)
    try Self.save(format.reporter(summary: true).render(report, options: linked), to: index)
  }

  /// One letter per plan: at `path` for a single plan, else `path`'s name followed by each
  /// plan's name (`gop-y.docx` → `gop-y-ke-hoach-nam-2021.docx`). Word when `path` ends in .docx.
  private func writeLetters(to path: String, options: ReportOptions) throws {
    let docx = path.lowercased().hasSuffix(".docx")
    let names = PlanReportNames.names(for: report.files.map(\.path))
    let stem = (path as NSString).deletingPathExtension
    let ext = (path as NSString).pathExtension
    for file in report.files {
      var target = path
      if report.files.count > 1, let name = names[file.path] {
        target = stem + "-" + (name as NSString).deletingPathExtension + (ext.isEmpty ? "" : "." + ext)
      }
      if docx {
        let data: Data
        do {
          data = try FeedbackLetterReporter.docx(file, options: options)
        } catch {
          throw CLIError(Messages.CommandLine.cannotWrite(.report, path: target, error: error))
        }
        try Self.save(data, to: target)
      } else {
        try Self.save(FeedbackLetterReporter.markdown(file, options: options), to: target)
      }
    }
  }

  private static func save(_ text: String, to path: String) throws { try save(Data(text.utf8), to: path) }

  private static func save(_ data: Data, to path: String) throws {
    do {
      try data.write(to: URL(fileURLWithPath: path))
    } catch {
      throw CLIError(Messages.CommandLine.cannotWrite(.report, path: path, error: error))
    }
  }

  private static func append(_ text: String, to path: String) throws {
    guard let handle = FileHandle(forWritingAtPath: path) else { return try save(text, to: path) }
    defer { try? handle.close() }
    do {
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      throw CLIError(Messages.CommandLine.cannotWrite(.summary, path: path, error: error))
    }
  }
}
