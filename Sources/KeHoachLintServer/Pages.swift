import Foundation
import KeHoachLint

/// The server's own pages (the form and the notices) and the download bar added to a report.
/// Self-contained like the reports: inline CSS, no script, nothing fetched.
enum Pages {
  static func escape(_ text: String) -> String { Markup.escape(text) }

  static let style = """
    body { margin: 0; color: #1d2939; background: #f8fafc; line-height: 1.5; font-size: 16px;
      font-family: "Segoe UI", "Noto Sans", Roboto, "DejaVu Sans", Arial, sans-serif; }
    main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
    .lang { float: right; font-size: .9rem; }
    form { background: #fff; border: 1px solid #d0d5dd; border-radius: 10px; padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
    label { display: block; font-weight: 600; margin: 1rem 0 .35rem; }
    input[type=file] { display: block; width: 100%; box-sizing: border-box; padding: 2rem 1rem; border: 2px dashed #98a2b3;
      border-radius: 8px; background: #f2f4f7; font-size: 1rem; }
    select { font-size: 1rem; padding: .35rem; width: 100%; }
    button { margin-top: 1.25rem; font-size: 1.05rem; padding: .6rem 1.6rem; border: 0; border-radius: 6px;
      background: #175cd3; color: #fff; cursor: pointer; }
    .note { color: #667085; font-size: .9rem; }
    .notice { background: #fff; border: 1px solid #d0d5dd; border-left: 6px solid #b42318; border-radius: 8px; padding: 1rem 1.25rem; }
    .notice p { margin: .25rem 0; overflow-wrap: anywhere; }
    """

  /// A whole page of the server's own.
  static func page(title: String, language: Language, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    \(style)</style>
    </head>
    <body>
    <main>
    \(body)</main>
    </body>
    </html>

    """
  }

  /// The upload form: a plain multipart form, so it works without script; the file input
  /// itself takes files dropped on it.
  static func form(profiles: [Profile], language: Language, lifetimeMinutes: Int) -> String {
    let t = { (text: LocalizedText) in escape(text.text(in: language)) }
    let otherLink = language == .vi ? "/?lang=en" : "/"
    var body =
      "<p class=\"lang\"><a href=\"\(otherLink)\" hreflang=\"\(language == .vi ? "en" : "vi")\">\(t(ServerText.otherLanguage))</a></p>\n"
    body += "<h1>\(t(ServerText.pageTitle))</h1>\n<p>\(t(ServerText.intro))</p>\n"
    body += "<form method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">\n"
    body += "<input type=\"hidden\" name=\"lang\" value=\"\(language.rawValue)\">\n"
    body += "<label for=\"files\">\(t(ServerText.files))</label>\n"
    body += "<input id=\"files\" type=\"file\" name=\"files\" multiple required accept=\".docx,.md,.markdown\">\n"
    body += "<label for=\"profile\">\(t(ServerText.framework))</label>\n<select id=\"profile\" name=\"profile\">\n"
    body += "<option value=\"\">\(t(ServerText.autoDetect))</option>\n"
    for profile in profiles {
      body += "<option value=\"\(escape(profile.id))\">\(escape(profile.title.text(in: language)))</option>\n"
    }
    body += "</select>\n<label for=\"level\">\(t(ServerText.level))</label>\n<select id=\"level\" name=\"level\">\n"
    body += "<option value=\"\">\(t(ServerText.levelFromHeader))</option>\n"
    for level in UnitLevel.allCases {
      body += "<option value=\"\(level.rawValue)\">\(t(ServerText.levelName(level)))</option>\n"
    }
    body += "</select>\n<button type=\"submit\">\(t(ServerText.submit))</button>\n</form>\n"
    body += "<p class=\"note\">\(escape(ServerText.privacy.text(in: language, lifetimeMinutes)))</p>\n"
    return page(title: ServerText.pageTitle.text(in: language), language: language, body: body)
  }

  /// A notice: the problem in a sentence or two, and the way back to the form.
  static func notice(title: LocalizedText, lines: [String], language: Language) -> String {
    var body = "<h1>\(escape(title.text(in: language)))</h1>\n<div class=\"notice\" role=\"alert\">\n"
    for line in lines { body += "<p>\(escape(line))</p>\n" }
    body += "</div>\n<p><a href=\"\(homeLink(language))\">\(escape(ServerText.checkAnother.text(in: language)))</a></p>\n"
    return page(title: title.text(in: language), language: language, body: body)
  }

  static func homeLink(_ language: Language) -> String { language == .vi ? "/" : "/?lang=en" }

  /// One link of the download bar.
  struct DownloadLink {
    let label: String
    let href: String
  }

  /// The report page with the download bar after its header: the report itself is the one
  /// `check --format html` writes, byte for byte otherwise.
  static func report(_ html: String, links: [DownloadLink], note: String, language: Language) -> String {
    var bar =
      "<nav class=\"downloads\" style=\"margin:1rem 0;padding:.75rem 1rem;border:1px solid #d0d5dd;border-radius:8px;background:#f8fafc\">\n"
    bar += "<strong>\(escape(ServerText.downloads.text(in: language)))</strong>: "
    bar += links.map { "<a href=\"\(escape($0.href))\" download>\(escape($0.label))</a>" }.joined(separator: " · ")
    bar += "<br><span class=\"muted\">\(escape(note))</span>"
    bar += " · <a href=\"\(homeLink(language))\">\(escape(ServerText.checkAnother.text(in: language)))</a>\n</nav>\n"
    guard let header = html.range(of: "</header>\n") else { return html }
    return html.replacingCharacters(in: header, with: "</header>\n" + bar)
  }

  /// Several plans: the scoreboard's table first (each row linking to its plan below), then
  /// every plan's report, in one page.
  static func combining(scoreboard: String, reports: String) -> String {
    guard let boardStart = scoreboard.range(of: "<main>\n"), let boardEnd = scoreboard.range(of: "<footer>"),
      let reportStart = reports.range(of: "</header>\n")
    else { return reports }
    let board = scoreboard[boardStart.upperBound..<boardEnd.lowerBound]
      // The scoreboard's own header would repeat the report's.
      .replacingOccurrences(of: #"<header>[\s\S]*?</header>\n"#, with: "", options: .regularExpression)
    // The scoreboard's columns need the width its own page gives them (80rem, not 60rem).
    let width = "<style>main { max-width: 80rem; }</style>\n"
    return reports.replacingCharacters(in: reportStart, with: "</header>\n" + width + board)
  }
}
