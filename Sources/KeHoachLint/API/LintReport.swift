/// The result of linting one input.
public struct FileReport: Sendable {
  public let path: String
  public let format: PlanDocument.Format?
  /// The profile the plan was checked against, nil when none could be chosen.
  public let profileID: String?
  public private(set) var findings: [Finding] { didSet { verdict = PlanVerdict(error: error, findings: findings, failOn: failOn) } }
  /// Why the file could not be checked, if it could not.
  public let error: KeHoachLintError?
  /// The lowest severity that fails the run for this file (nil: never), from its configuration.
  public var failOn: Severity? { didSet { verdict = PlanVerdict(error: error, findings: findings, failOn: failOn) } }
  /// The reviewer's verdict, kept in step with `findings` and `failOn`.
  public private(set) var verdict: PlanVerdict
  /// Every requirement of the profile and whether the plan meets it.
  public var verdicts: [RequirementVerdict]
  /// SHA-256 of the input's bytes.
  public var sha256: String?
  /// Facts about the plan for reports (header, and what other checks compute).
  public var summary: PlanSummary?
  /// Time per phase, when the configuration asked for it.
  public var timings = Timings()

  public init(
    path: String, format: PlanDocument.Format?, profileID: String?, findings: [Finding], error: KeHoachLintError?,
    failOn: Severity? = .error, verdicts: [RequirementVerdict] = [], sha256: String? = nil, summary: PlanSummary? = nil
  ) {
    self.path = path
    self.format = format
    self.profileID = profileID
    self.findings = findings
    self.error = error
    self.failOn = failOn
    self.verdicts = verdicts
    self.sha256 = sha256
    self.summary = summary
    verdict = PlanVerdict(error: error, findings: findings, failOn: failOn)
  }

  /// The same report with other findings (baseline filtering).
  public func with(findings: [Finding]) -> FileReport {
    var copy = self
    copy.findings = findings
    return copy
  }

  /// A finding at or above this file's fail level (waived ones do not count).
  public var fails: Bool {
    guard let failOn else { return false }
    return findings.contains { $0.severity >= failOn && !$0.isWaived }
  }

  /// Findings of `severity` that count (waived ones are counted apart, `waivedCount`).
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity && !$0.isWaived }.count }

  /// Findings accepted by a waiver.
  public var waivedCount: Int { findings.filter(\.isWaived).count }
}

/// The result of one run over any number of inputs.
public struct LintReport: Sendable {
  public let files: [FileReport]
  /// Time spent loading configurations and rule packs (when measured).
  public var setupTimings = Timings()

  public init(files: [FileReport]) { self.files = files }

  /// Every phase of the run summed over its files, setup included.
  public var timings: Timings {
    var all = setupTimings
    for file in files { all.merge(file.timings) }
    return all
  }

  public var findings: [Finding] { files.flatMap(\.findings) }
  public var hasInputErrors: Bool { files.contains { $0.error != nil } }

  /// 0 clean, 1 findings at or above a file's fail level, 2 an input that could not be read.
  public var exitStatus: Int32 {
    if hasInputErrors { return 2 }
    return files.contains(where: \.fails) ? 1 : 0
  }
}
