/// The library's entry point: reads inputs, chooses each plan's profile, runs its rules.
/// Never prints and never exits; the CLI reports and maps the result to an exit status.
public struct Linter: Sendable {
  public let packs: [RulePack]
  public let configuration: Configuration
  public let resources: RuleResources
  private let loader = DocumentLoader()

  /// Loads the rule packs named by `configuration`.
  public init(configuration: Configuration) throws(KeHoachLintError) {
    let packs = try RulePackLoader().loadPacks(from: configuration.rulesDirectory, extraDirectories: configuration.extraRuleDirectories)
    if let forced = configuration.profileID, !packs.contains(where: { $0.profile.id == forced }) {
      throw .unknownProfile(id: forced, known: packs.map(\.profile.id))
    }
    let resources = try RuleResources.load(rulesDirectory: configuration.rulesDirectory)
    self.init(packs: packs, configuration: configuration, resources: resources)
  }

  public init(packs: [RulePack], configuration: Configuration, resources: RuleResources = RuleResources()) {
    self.packs = packs
    self.configuration = configuration
    self.resources = resources
  }

  /// Lints every file under `paths` (files or folders). A file that cannot be read becomes
  /// a report with an error; the others are still checked.
  public func lint(paths: [String]) -> LintReport {
    LintReport(files: InputFiles.expand(paths).map(lint(file:)))
  }

  public func lint(file: String) -> FileReport {
    do {
      let document = try loader.load(file)
      return lint(document: document)
    } catch {
      return FileReport(path: file, format: nil, profileID: nil, findings: [], error: error)
    }
  }

  /// Lints a document already read.
  public func lint(document: PlanDocument) -> FileReport {
    let outline = Outline(document: document)
    guard let pack = pack(for: document) else {
      let info = RuleInfo(
        id: "profile-detection", kind: "profile-detection", severity: .error,
        source: GuidanceSource(document: "kehoach-lint", section: nil))
      let context = RuleContext(document: document, outline: outline, profile: Self.unknownProfile, configuration: configuration)
      let location = document.header.title?.location ?? document.blocks.first?.location ?? document.endLocation
      let finding = context.finding(info, Messages.profileNotDetected(known: packs.map(\.profile)), at: location, blockIndex: nil)
      return FileReport(
        path: document.file, format: document.format, profileID: nil, findings: [finding], error: nil,
        sha256: document.sourceSHA256, summary: PlanSummary(document: document, profile: nil))
    }
    let context = RuleContext(
      document: document, outline: outline, profile: pack.profile, configuration: configuration, resources: resources)
    let results = pack.rules.map { rule in (rule: rule, findings: applySettings(rule.check(context), for: rule.info)) }
    let findings = Suppressions.apply(to: results.flatMap(\.findings), in: document).sorted()
    let kept = Set(findings)
    let verdicts = results.flatMap { result in
      if isSwitchedOff(result.rule.info) {
        return [
          RequirementVerdict(
            id: result.rule.info.id, ruleID: result.rule.info.id,
            title: result.rule.info.title ?? LocalizedText(vi: result.rule.info.id, en: result.rule.info.id),
            status: .notApplicable, source: result.rule.info.source)
        ]
      }
      return result.rule.verdicts(context, findings: result.findings.filter(kept.contains))
    }
    var summary = PlanSummary(document: document, profile: pack.profile)
    summary.budget = budgetFacts(for: document, outline: outline, pack: pack)
    return FileReport(
      path: document.file, format: document.format, profileID: pack.profile.id, findings: findings, error: nil,
      verdicts: verdicts, sha256: document.sourceSHA256, summary: summary)
  }

  private func isSwitchedOff(_ info: RuleInfo) -> Bool {
    (configuration.ruleSettings[info.id] ?? configuration.ruleSettings[info.kind]) == .off
  }

  /// Severity overrides and switched-off rules, applied at the edge (rules never see them).
  private func applySettings(_ findings: [Finding], for info: RuleInfo) -> [Finding] {
    guard let setting = configuration.ruleSettings[info.id] ?? configuration.ruleSettings[info.kind] else { return findings }
    switch setting {
    case .off: return []
    case .on: return findings
    case .severity(let severity):
      return findings.map { finding in
        var changed = finding
        changed.severity = severity
        return changed
      }
    }
  }

  /// The forced profile; else among the packs whose title phrases the plan's title contains,
  /// the one for the unit's level (configured, or read from the issuing body), else the
  /// fallback, else the first.
  public func pack(for document: PlanDocument) -> RulePack? {
    if let forced = configuration.profileID { return packs.first { $0.profile.id == forced } }
    guard let title = document.header.title?.text else { return nil }
    let candidates = packs.filter { $0.profile.matches(title: title) }
    let level = unitLevel(of: document)
    if let level, let forLevel = candidates.first(where: { $0.profile.detect.levels.contains(level) }) { return forLevel }
    return candidates.first { $0.profile.detect.fallback } ?? candidates.first
  }

  /// The configured level, else the one the issuing body names.
  public func unitLevel(of document: PlanDocument) -> UnitLevel? {
    configuration.unitLevel ?? document.header.issuingBody.flatMap { UnitLevel.infer(issuingBody: $0.text) }
  }

  private static let unknownProfile = Profile(
    id: "", version: "", title: LocalizedText(vi: "", en: ""), source: GuidanceSource(document: ""), planKind: .annual,
    period: [0, 0], detect: Profile.Detection(title: []))
}
