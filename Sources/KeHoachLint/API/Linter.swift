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
      return FileReport(path: document.file, format: document.format, profileID: nil, findings: [finding], error: nil)
    }
    let context = RuleContext(
      document: document, outline: outline, profile: pack.profile, configuration: configuration, resources: resources)
    let checked = pack.rules.flatMap { rule in applySettings(rule.check(context), for: rule.info) }
    let findings = Suppressions.apply(to: checked, in: document).sorted()
    return FileReport(path: document.file, format: document.format, profileID: pack.profile.id, findings: findings, error: nil)
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

  /// The forced profile, else the first whose title phrases the plan's title contains.
  public func pack(for document: PlanDocument) -> RulePack? {
    if let forced = configuration.profileID { return packs.first { $0.profile.id == forced } }
    guard let title = document.header.title?.text else { return nil }
    return packs.first { $0.profile.matches(title: title) }
  }

  private static let unknownProfile = Profile(
    id: "", version: "", title: LocalizedText(vi: "", en: ""), source: GuidanceSource(document: ""), planKind: .annual,
    period: [0, 0], detect: Profile.Detection(title: []))
}
