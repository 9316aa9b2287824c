import Foundation

/// One run as the command line asks for it: inputs expanded, each file checked with the
/// configuration that applies to it (the nearest `.kehoach-lint.yml`, or the one named), the
/// command line's own settings winning over the file's.
public struct LintRequest: Sendable {
  public var paths: [String]
  public var rulesDirectory: String
  /// `--config`: one configuration for every input instead of discovery.
  public var configFile: String?
  public var profileID: String?
  public var unitLevel: UnitLevel?
  public var planDate: CivilDate?
  /// `--fail-on`: nil keeps each configuration's (default error); `.some(nil)` is never.
  public var failOn: Severity??
  /// How many files are checked at once (1 = one after another).
  public var jobs: Int = 1
  /// Record where the time goes (`LintReport.timings`).
  public var measuresTime = false
  /// The day waivers' expiry dates are compared with (nil: today, in the local time zone).
  public var today: CivilDate?

  public init(paths: [String], rulesDirectory: String) {
    self.paths = paths
    self.rulesDirectory = rulesDirectory
  }
}

public enum LintSession {
  /// What applies to the files under one configuration file.
  private struct Setup: Sendable {
    let project: ProjectConfiguration
    let linter: Linter
    let failOn: Severity?

    func withRuleThreads(_ threads: Int) -> Setup {
      var configuration = linter.configuration
      configuration.ruleThreads = threads
      return Setup(
        project: project, linter: Linter(packs: linter.packs, configuration: configuration, resources: linter.resources),
        failOn: failOn)
    }
  }

  /// Lints every input. Configuration and rule-pack errors throw (they concern the whole run);
  /// unreadable inputs are reported per file and the others are still checked. Reports come
  /// in input order whatever `jobs` is.
  public static func run(_ request: LintRequest) throws(KeHoachLintError) -> LintReport {
    var setups: [String: Setup] = [:]
    var work: [(path: String, setupKey: String)] = []
    var setupTimings = Timings()
    for input in InputFiles.expand(request.paths) {
      let path = input.path
      let configPath = request.configFile ?? ProjectConfiguration.nearest(to: path)
      let key = configPath ?? ""
      if setups[key] == nil {
        setups[key] = try setupTimings.measure("load configuration and rule packs", enabled: request.measuresTime) {
          () throws(KeHoachLintError) in try setup(configPath, request: request)
        }
      }
      guard let setup = setups[key] else { continue }
      // `include` and `exclude` apply to named files too (a pre-commit hook names them).
      if !setup.project.selects(path) { continue }
      work.append((path, key))
    }
    // A folder with no plan in it (a mistyped path, a filter that leaves nothing) must not
    // pass a gate.
    let selected = work.map { InputFiles.identity($0.path) }
    for path in request.paths where InputFiles.isFolder(path) {
      let folder = InputFiles.identity(path) + "/"
      if !selected.contains(where: { $0.hasPrefix(folder) }) { throw .noPlansFound(path: path) }
    }
    // Cores the files leave idle (one large plan, fewer files than jobs) go to their rules.
    let ruleThreads = max(1, request.jobs / max(work.count, 1))
    let ready = setups.mapValues { $0.withRuleThreads(ruleThreads) }
    let items = work.compactMap { path, key in ready[key].map { (path: path, setup: $0) } }
    var reports = ParallelMap.map(items, jobs: request.jobs) { item in
      var report = item.setup.linter.lint(file: item.path)
      report.failOn = item.setup.failOn
      return report
    }
    // Waivers, per configuration: an unused one is judged over all the plans it governs.
    let today = request.today ?? CivilDate(Date())
    let keys = work.filter { ready[$0.setupKey] != nil }.map(\.setupKey)
    for (key, setup) in ready where !setup.project.waivers.isEmpty {
      let indices = keys.indices.filter { keys[$0] == key }
      let waived = setup.project.applyWaivers(to: indices.map { reports[$0] }, today: today)
      for (index, report) in zip(indices, waived) { reports[index] = report }
    }
    var report = LintReport(files: reports)
    report.setupTimings = setupTimings
    return report
  }

  private static func setup(_ configPath: String?, request: LintRequest) throws(KeHoachLintError) -> Setup {
    var project = ProjectConfiguration()
    if let configPath { project = try ProjectConfiguration.load(configPath) }
    var configuration = Configuration(
      rulesDirectory: request.rulesDirectory, profileID: request.profileID ?? project.profile,
      unitLevel: request.unitLevel ?? project.level, planDate: request.planDate, ruleSettings: project.rules,
      extraRuleDirectories: project.rulePacks)
    configuration.measuresTime = request.measuresTime
    let failOn: Severity? = request.failOn ?? project.failOn ?? .error
    let linter = try Linter(configuration: configuration)
    // Only now are the ids known: the packs' (bundled and `rule-packs`), the kinds', the engine's.
    try project.validateRuleSettings(known: linter.knownRuleIDs)
    return Setup(project: project, linter: linter, failOn: failOn)
  }

  /// The packs `rules`, `explain` and `profiles` show: those of `rulesDirectory` and of the
  /// `rule-packs` of `configFile` (when given), every rule decoded, so a broken rule file is
  /// reported here and a custom pack's rules are listed like the bundled ones.
  public static func packs(rulesDirectory: String, configFile: String?) throws(KeHoachLintError) -> [RulePack] {
    let project = try configFile.map { path throws(KeHoachLintError) in try ProjectConfiguration.load(path) } ?? ProjectConfiguration()
    let packs = try RulePackLoader().loadPacks(from: rulesDirectory, extraDirectories: project.rulePacks)
    try RulePackLoader.decodeRules(of: packs)
    return packs
  }
}
