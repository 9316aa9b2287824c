/// The report formats, by the name the command line uses (`--format sarif`).
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case json
  case sarif
  case junit
  /// GitHub Actions annotations (workflow commands).
  case github
  case markdown
  case csv
  case html
  /// The reviewer's table of legal citations per plan (what `kehoach-lint citations` prints).
  case citations
  /// The feedback letter to the unit, per plan: Markdown, or Word when the path ends in .docx.
  case letter

  /// The reporter for this format; `summary` turns html, csv and markdown into the batch
  /// scoreboard (one row per plan).
  public func reporter(summary: Bool = false) -> any Reporter {
    switch self {
    case .text: summary ? ScoreboardTextReporter() : TextReporter()
    case .json: JSONReporter()
    case .sarif: SARIFReporter()
    case .junit: JUnitReporter()
    case .github: GitHubActionsReporter()
    case .markdown: summary ? ScoreboardMarkdownReporter() : MarkdownReporter()
    case .csv: summary ? ScoreboardCSVReporter() : CSVReporter()
    case .html: summary ? ScoreboardHTMLReporter() : HTMLReporter()
    case .citations: CitationsReporter()
    case .letter: FeedbackLetterReporter()
    }
  }

  /// Whether `--summary` changes this format.
  public var hasScoreboard: Bool { self == .markdown || self == .csv || self == .html || self == .text }

  /// The file extension for a file of this format.
  public var fileExtension: String {
    switch self {
    case .text: "txt"
    case .json: "json"
    case .sarif: "sarif"
    case .junit: "xml"
    case .github: "txt"
    case .markdown: "md"
    case .csv: "csv"
    case .html: "html"
    case .citations: "txt"
    case .letter: "md"
    }
  }
}

/// File names for each plan's own HTML report beside a scoreboard: the input's name with
/// `.html` (`ke-hoach-nam-2021.md` → `ke-hoach-nam-2021.html`), numbered when two inputs share
/// a name, never `index.html`.
public enum PlanReportNames {
  public static func names(for paths: [String]) -> [String: String] {
    var names: [String: String] = [:]
    var used: Set<String> = ["index"]
    for path in paths where names[path] == nil {
      let file = path.split(separator: "/").last.map(String.init) ?? path
      var stem = file.contains(".") ? String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)]) : file
      stem = String(stem.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
      if stem.isEmpty { stem = "plan" }
      var candidate = stem
      var number = 2
      while used.contains(candidate.lowercased()) {
        candidate = "\(stem)-\(number)"
        number += 1
      }
      used.insert(candidate.lowercased())
      names[path] = candidate + ".html"
    }
    return names
  }
}
