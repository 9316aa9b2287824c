import Foundation
import KeHoachLint

/// The `/check` page's work, done on the check's own thread: the reports the CLI writes
/// (`check --format html`, the scoreboard for several plans, json, sarif, the letter) and
/// the draft with Word comments, the way `annotate` writes it.
struct CheckPage: Sendable {
  let report: LintReport
  /// The report page before its download bar.
  let html: String
  let downloads: [String: ResultStore.Download]
  /// The download links in the order shown: (key, label).
  let links: [(key: String, label: String)]

  static func make(service: CheckService, uploads: [Upload], choices: CheckChoices) -> Result<CheckPage, KeHoachLintError> {
    Result { () throws(KeHoachLintError) in
      let report = try service.check(uploads, choices: choices)
      return CheckPage(report: report, uploads: uploads, language: choices.language)
    }
  }

  init(report: LintReport, uploads: [Upload], language: Language) {
    self.report = report
    let options = CheckService.reportOptions(language)
    let t = { (text: LocalizedText) in text.text(in: language) }
    if report.files.count > 1 {
      // The scoreboard's rows link to each plan's article further down the same page.
      var linked = options
      linked.reportLinks = Dictionary(
        report.files.enumerated().map { ($1.path, "#plan-\($0 + 1)") }, uniquingKeysWith: { first, _ in first })
      html = Pages.combining(
        scoreboard: ScoreboardHTMLReporter().render(report, options: linked), reports: HTMLReporter().render(report, options: options))
    } else {
      html = HTMLReporter().render(report, options: options)
    }
    var downloads: [String: ResultStore.Download] = [:]
    var links: [(key: String, label: String)] = []
    let stems = PlanReportNames.names(for: report.files.map(\.path)).mapValues { ($0 as NSString).deletingPathExtension }
    let annotator = DocxAnnotator(date: Date(), language: language)
    for (index, (file, upload)) in zip(report.files, uploads).enumerated() where file.error == nil {
      let stem = stems[file.path] ?? "ke-hoach-\(index + 1)"
      let suffix = report.files.count > 1 ? " – " + upload.name : ""
      if file.format == .docx, let annotated = try? annotator.annotate(bytes: upload.bytes, file: file.path, report: file) {
        let key = "annotated-\(index + 1)"
        downloads[key] = .init(fileName: stem + ".gop-y.docx", contentType: Self.docx, bytes: annotated.bytes)
        links.append((key, t(ServerText.annotated) + suffix))
      }
      if let letter = try? FeedbackLetterReporter.docx(file, options: options) {
        let key = "letter-\(index + 1)"
        downloads[key] = .init(fileName: stem + ".thu-gop-y.docx", contentType: Self.docx, bytes: Array(letter))
        links.append((key, t(ServerText.letter) + suffix))
      }
    }
    downloads["json"] = .init(
      fileName: "kehoach-lint.json", contentType: "application/json; charset=utf-8",
      bytes: Array(JSONReporter().render(report, options: options).utf8))
    links.append(("json", t(ServerText.json)))
    downloads["sarif"] = .init(
      fileName: "kehoach-lint.sarif", contentType: "application/sarif+json; charset=utf-8",
      bytes: Array(SARIFReporter().render(report, options: options).utf8))
    links.append(("sarif", t(ServerText.sarif)))
    self.downloads = downloads
    self.links = links
  }

  static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

  /// The page: the report with the download bar (links under `token`, or a note that the
  /// results were too large to keep).
  func page(token: String?, language: Language, lifetimeMinutes: Int) -> String {
    guard let token else {
      return Pages.report(html, links: [], note: ServerText.downloadsNotKept.text(in: language), language: language)
    }
    let shown = links.map { Pages.DownloadLink(label: $0.label, href: "/download/\(token)/\($0.key)") }
    return Pages.report(html, links: shown, note: ServerText.downloadsExpire.text(in: language, lifetimeMinutes), language: language)
  }
}
