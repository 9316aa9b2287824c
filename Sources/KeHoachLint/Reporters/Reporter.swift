import Foundation

/// Renders a run's report in one format. Reporters see only the report, never the inputs.
public protocol Reporter: Sendable {
  func render(_ report: LintReport, options: ReportOptions) -> String
}

/// What every reporter needs besides the findings. The version and the generation time are
/// passed in (reporters never read the clock), so golden files stay byte-for-byte repeatable.
public struct ReportOptions: Sendable {
  public var language: Language
  public var toolVersion: String
  public var useColor: Bool
  /// When the report was made, for formats that state it (HTML, SARIF, JUnit); nil leaves it out.
  public var generatedAt: Date?
  /// The time zone `generatedAt` is shown in.
  public var timeZone: TimeZone
  /// The folder paths are made relative to where a format needs relative paths (SARIF);
  /// nil keeps the paths as given.
  public var baseDirectory: String?
  /// For a scoreboard: each input path's own report, as a link relative to the scoreboard.
  /// A plan without one links to its input file.
  public var reportLinks: [String: String]
  /// For a plan's own report written beside a scoreboard: the scoreboard, relative to it.
  public var scoreboardLink: String?

  public init(
    language: Language = .vi, toolVersion: String = KeHoachLintVersion.current, useColor: Bool = false,
    generatedAt: Date? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC") ?? .current, baseDirectory: String? = nil,
    reportLinks: [String: String] = [:]
  ) {
    self.language = language
    self.toolVersion = toolVersion
    self.useColor = useColor
    self.generatedAt = generatedAt
    self.timeZone = timeZone
    self.baseDirectory = baseDirectory
    self.reportLinks = reportLinks
  }

  /// `NO_COLOR` set to anything but the empty string turns colour off (no-color.org), and so
  /// does `TERM=dumb`; whether the output is a terminal is the caller's to check.
  public static func environmentAllowsColor(_ environment: [String: String]) -> Bool {
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  /// The text in the report's language.
  func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
}
