import Foundation
import KeHoachLint

/// The `/check` page, made on the check's own thread: the report `check --format html`
/// writes (with the scoreboard first for several plans) and the links to its downloads.
struct CheckPage: Sendable {
  let report: LintReport
  /// The report page before its download bar.
  let html: String
  /// The download links in the order shown: (key, label).
  let links: [(key: String, label: String)]

  static func make(service: CheckService, uploads: [Upload], choices: CheckChoices) -> Result<CheckPage, KeHoachLintError> {
    Result { () throws(KeHoachLintError) in
      CheckPage(report: try service.check(uploads, choices: choices), uploads: uploads, language: choices.language)
    }
  }

  init(report: LintReport, uploads: [Upload], language: Language) {
    self.report = report
    let options = CheckService.reportOptions(language)
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
    let t = { (text: LocalizedText) in text.text(in: language) }
    var links: [(key: String, label: String)] = []
    for (index, (file, upload)) in zip(report.files, uploads).enumerated() where file.error == nil {
      let suffix = report.files.count > 1 ? " – " + upload.name : ""
      if file.format == .docx { links.append(("annotated-\(index + 1)", t(ServerText.annotated) + suffix)) }
      links.append(("letter-\(index + 1)", t(ServerText.letter) + suffix))
    }
    links.append(("json", t(ServerText.json)))
    links.append(("sarif", t(ServerText.sarif)))
    self.links = links
  }

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

/// A check kept for its downloads: only the uploads and the choices. A download checks them
/// again (the same linter gives the same findings), so memory holds nothing but the uploads
/// and the store's byte count is exact.
struct KeptCheck: Sendable {
  let uploads: [Upload]
  let choices: CheckChoices

  var size: Int { uploads.reduce(0) { $0 + $1.bytes.count } }
}

/// One download, made from a kept check.
struct Download: Sendable {
  let fileName: String
  let contentType: String
  let bytes: [UInt8]

  static let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

  /// The download named `key` (`annotated-N`, `letter-N`, `json`, `sarif`); nil for none such.
  static func make(_ key: String, from kept: KeptCheck, service: CheckService) throws(KeHoachLintError) -> Download? {
    let language = kept.choices.language
    let options = CheckService.reportOptions(language)
    let report = try service.check(kept.uploads, choices: kept.choices)
    switch key {
    case "json":
      return Download(
        fileName: "kehoach-lint.json", contentType: "application/json; charset=utf-8",
        bytes: Array(JSONReporter().render(report, options: options).utf8))
    case "sarif":
      return Download(
        fileName: "kehoach-lint.sarif", contentType: "application/sarif+json; charset=utf-8",
        bytes: Array(SARIFReporter().render(report, options: options).utf8))
    default:
      let parts = key.split(separator: "-")
      guard parts.count == 2, let number = Int(parts[1]), report.files.indices.contains(number - 1) else { return nil }
      let file = report.files[number - 1]
      guard file.error == nil else { return nil }
      let stem = ((PlanReportNames.names(for: report.files.map(\.path))[file.path] ?? "ke-hoach") as NSString).deletingPathExtension
      switch parts[0] {
      case "annotated" where file.format == .docx:
        let annotator = DocxAnnotator(date: Date(), language: language)
        let annotated = try annotator.annotate(bytes: kept.uploads[number - 1].bytes, file: file.path, report: file)
        return Download(fileName: stem + ".gop-y.docx", contentType: docx, bytes: annotated.bytes)
      case "letter":
        guard let letter = try? FeedbackLetterReporter.docx(file, options: options) else { return nil }
        return Download(fileName: stem + ".thu-gop-y.docx", contentType: docx, bytes: Array(letter))
      default:
        return nil
      }
    }
  }
}
