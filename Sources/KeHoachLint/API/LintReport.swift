/// The result of linting one input.
public struct FileReport: Sendable {
  public let path: String
  public let format: PlanDocument.Format?
  /// The profile the plan was checked against, nil when none could be chosen.
  public let profileID: String?
  public let findings: [Finding]
  /// Why the file could not be checked, if it could not.
  public let error: KeHoachLintError?

  public init(path: String, format: PlanDocument.Format?, profileID: String?, findings: [Finding], error: KeHoachLintError?) {
    self.path = path
    self.format = format
    self.profileID = profileID
    self.findings = findings
    self.error = error
  }

  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}

/// The result of one run over any number of inputs.
public struct LintReport: Sendable {
  public let files: [FileReport]

  public init(files: [FileReport]) { self.files = files }

  public var findings: [Finding] { files.flatMap(\.findings) }
  public var hasInputErrors: Bool { files.contains { $0.error != nil } }

  /// The highest severity of any finding, nil when clean.
  public var worstSeverity: Severity? { findings.map(\.severity).max() }
}
