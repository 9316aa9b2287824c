/// Renders a run's report in one format. Reporters see only the report, never the inputs.
public protocol Reporter: Sendable {
  func render(_ report: LintReport, options: ReportOptions) -> String
}

/// What every reporter needs besides the findings; the version is passed in so golden files
/// stay byte-for-byte repeatable.
public struct ReportOptions: Sendable {
  public var language: Language
  public var toolVersion: String
  public var useColor: Bool

  public init(language: Language = .vi, toolVersion: String = KeHoachLintVersion.current, useColor: Bool = false) {
    self.language = language
    self.toolVersion = toolVersion
    self.useColor = useColor
  }
}
