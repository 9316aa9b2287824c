/// The library's entry point: reads inputs, chooses each plan's profile, runs its rules.
/// Never prints and never exits; the CLI reports and maps the result to an exit status.
public struct Linter: Sendable {
  public let packs: [RulePack]
  public let configuration: Configuration
  public let resources: RuleResources
  /// Every id a setting or a suppression may name: the packs' rule ids, the kinds' ids and
  /// the engine rules' (`BuiltInRules.engineRules`).
  public let knownRuleIDs: Set<String>
  private let loader = DocumentLoader()

  /// Loads the rule packs named by `configuration` and decodes all their rules, so a broken
  /// rule file is one set-up error (at its `file:line:column`) before any plan is read.
  public init(configuration: Configuration) throws(KeHoachLintError) {
    let packs = try RulePackLoader().loadPacks(from: configuration.rulesDirectory, extraDirectories: configuration.extraRuleDirectories)
    try RulePackLoader.decodeRules(of: packs)
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
    self.knownRuleIDs = BuiltInRules.knownRuleIDs(in: packs)
  }

  public func lint(file: String) -> FileReport {
    var timings = Timings()
    do {
      let document = try timings.measure("read", enabled: configuration.measuresTime) {
        () throws(KeHoachLintError) in try loader.load(file)
      }
      return lint(document: document, timings: timings)
    } catch {
      return FileReport(path: file, format: nil, profileID: nil, findings: [], error: error)
    }
  }

  /// Lints a plan held in memory (an upload), reported under `name`; an unreadable one is
  /// reported like an unreadable file.
  public func lint(bytes: [UInt8], name: String) -> FileReport {
    var timings = Timings()
    do {
      let document = try timings.measure("read", enabled: configuration.measuresTime) {
        () throws(KeHoachLintError) in try loader.load(bytes: bytes, name: name)
      }
      return lint(document: document, timings: timings)
    } catch {
      return FileReport(path: name, format: nil, profileID: nil, findings: [], error: error)
    }
  }

  /// Lints a document already read.
  public func lint(document: PlanDocument) -> FileReport { lint(document: document, timings: Timings()) }

  private func lint(document: PlanDocument, timings: Timings) -> FileReport {
    var timings = timings
    let measures = configuration.measuresTime
    let outline = timings.measure("outline", enabled: measures) { Outline(document: document) }
    let detected = pack(for: document)
    guard let pack = detected ?? basePack else {
      let info = BuiltInRules.profileDetection.info
      let context = RuleContext(document: document, outline: outline, profile: Self.unknownProfile, configuration: configuration)
      let location = document.header.title?.location ?? document.blocks.first?.location ?? document.endLocation
      var finding = Self.quotingSourceLine(
        context.finding(info, Messages.profileNotDetected(known: packs.map(\.profile)), at: location, blockIndex: nil), of: document)
      // Without a base profile nothing at all is checked: that is an error.
      finding.severity = .error
      // The legal facts need no profile: a reviewer still sees every citation.
      var summary = PlanSummary(document: document, profile: nil)
      summary.addFacts(from: context.analysis)
      return FileReport(
        path: document.file, format: document.format, profileID: nil, findings: applySettings([finding], for: info), error: nil,
        sha256: document.sourceSHA256, summary: summary)
    }
    let rules: [any Rule]
    do {
      // Decoded when the linter was set up (`init(configuration:)`); a pack made by hand
      // decodes here on first use.
      rules = try pack.rules()
    } catch {
      return FileReport(path: document.file, format: document.format, profileID: pack.profile.id, findings: [], error: error)
    }
    let context = RuleContext(
      document: document, outline: outline, profile: pack.profile, configuration: configuration, resources: resources)
    // Rules are independent (what they share, the analysis makes once), so they may run side by side.
    // An instance for other unit levels (`levels:`) does not bind this unit.
    let level = context.analysis.unitLevel
    let checked = ParallelMap.map(rules, jobs: configuration.ruleThreads) { rule in
      guard rule.info.applies(to: level) else { return (findings: [Finding](), seconds: 0.0) }
      let clock = ContinuousClock()
      let start = clock.now
      let findings = Self.weighed(rule.check(context), by: rule.info)
      return (findings: findings, seconds: measures ? (clock.now - start).seconds : 0)
    }
    let results = zip(rules, checked).map { rule, outcome in
      if measures { timings.add(rule.info.id, seconds: outcome.seconds) }
      return (rule: rule, findings: applySettings(outcome.findings, for: rule.info))
    }
    // A plan no framework fits is checked by the base profile's rules, and told so once.
    let detection = detected == nil ? noFrameworkFinding(document, outline: outline) : []
    let (findings, verdicts, summary) = timings.measure("report", enabled: measures) {
      let unsuppressed = settlingSuppressionFindings(
        Suppressions.apply(
          to: results.flatMap(\.findings) + legacyEncodingFinding(document) + detection, in: document, knownRules: knownRuleIDs))
      let findings = Self.withoutUncertainFixes(unsuppressed.map { Self.quotingSourceLine(context.placing($0), of: document) })
        .sorted()
      let kept = Set(unsuppressed)
      let verdicts = results.flatMap { result in
        if isSwitchedOff(result.rule.info) || !result.rule.info.applies(to: level) {
          return [RequirementVerdict(rule: result.rule.info, status: .notApplicable)]
        }
        let severity = self.severity(of: result.rule.info)
        return result.rule.verdicts(context, findings: result.findings.filter(kept.contains)).map { verdict in
          var verdict = verdict
          verdict.severity = severity
          return verdict
        }
      }
      return (findings, verdicts, PlanSummary(analysis: context.analysis))
    }
    var report = FileReport(
      path: document.file, format: document.format, profileID: pack.profile.id, findings: findings, error: nil,
      verdicts: verdicts, sha256: document.sourceSHA256, summary: summary)
    report.timings = timings
    return report
  }

  /// The finding with the source line it points at, for reports that quote it.
  static func quotingSourceLine(_ finding: Finding, of document: PlanDocument) -> Finding {
    var quoted = finding
    quoted.sourceLine = document.sourceLine(finding.location.line)
    return quoted
  }

  /// The findings of an instance the guidance words as an example list ("cụ thể như", "gợi
  /// ý"): at most `info`, worded as something to consider (the loader already refuses such an
  /// instance set above `info`; this also holds for packs built in code).
  static func weighed(_ findings: [Finding], by info: RuleInfo) -> [Finding] {
    guard info.strength?.level == .example else { return findings }
    return findings.map { finding in
      var weighed = finding
      weighed.severity = .info
      weighed.message = Messages.consider(finding.message)
      return weighed
    }
  }

  /// The pack run when no framework's title matches (`detect: {base: true}`): the checks
  /// every plan needs (citations, dates, placeholders).
  public var basePack: RulePack? { packs.first { $0.profile.detect.base } }

  /// One `info`: no framework matched, so only the base profile's checks ran.
  private func noFrameworkFinding(_ document: PlanDocument, outline: Outline) -> [Finding] {
    let info = BuiltInRules.profileDetection.info
    let context = RuleContext(document: document, outline: outline, profile: Self.unknownProfile, configuration: configuration)
    let location = document.header.title?.location ?? document.blocks.first?.location ?? document.endLocation
    let frameworks = packs.map(\.profile).filter { !$0.detect.base }
    var finding = context.finding(
      info, Messages.noFrameworkMatched(known: frameworks, base: basePack?.profile.id ?? ""), at: location, blockIndex: nil)
    finding.severity = .info
    return applySettings([finding], for: info)
  }

  /// A draft in TCVN3 or VNI was read after conversion; the unit should still convert it.
  private func legacyEncodingFinding(_ document: PlanDocument) -> [Finding] {
    guard let encoding = document.legacyEncoding else { return [] }
    let info = BuiltInRules.legacyEncoding.info
    let finding = Finding(
      ruleID: info.id, kind: info.kind, severity: info.severity, message: Messages.legacyEncoding(encoding.rawValue),
      location: document.blocks.first?.location ?? document.endLocation, source: info.source)
    return applySettings([finding], for: info)
  }

  /// The settings of the rules whose findings the suppressions make (`unused-suppression`,
  /// `unknown-rule-in-suppression`), applied once they are made.
  private func settlingSuppressionFindings(_ findings: [Finding]) -> [Finding] {
    findings.flatMap { finding in
      guard Suppressions.ownRuleIDs.contains(finding.ruleID), let rule = BuiltInRules.engineRule(named: finding.ruleID) else {
        return [finding]
      }
      return applySettings([finding], for: rule.info)
    }
  }

  private func isSwitchedOff(_ info: RuleInfo) -> Bool {
    setting(for: info) == .off
  }

  /// The configuration's setting for a rule: by its id, else its kind, else a set it belongs to
  /// (`hygiene`: every rule whose id contains the set's name).
  private func setting(for info: RuleInfo) -> ProjectConfiguration.RuleSetting? {
    if let setting = configuration.ruleSettings[info.id] ?? configuration.ruleSettings[info.kind] { return setting }
    for set in BuiltInRules.ruleSets where info.id.contains(set) {
      if let setting = configuration.ruleSettings[set] { return setting }
    }
    return nil
  }

  /// Severity overrides and switched-off rules, applied at the edge (rules never see them).
  /// The rule's severity after the configuration's `rules:` settings.
  private func severity(of info: RuleInfo) -> Severity {
    if case .severity(let severity)? = setting(for: info) { return severity }
    return info.severity
  }

  private func applySettings(_ findings: [Finding], for info: RuleInfo) -> [Finding] {
    guard let setting = setting(for: info) else { return findings }
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

  /// The configured level, else the one the plan's header names: the same answer the
  /// deadline rule uses (`PlanAnalysis.unitLevel`).
  public func unitLevel(of document: PlanDocument) -> UnitLevel? {
    configuration.unitLevel ?? UnitLevel.infer(from: document)
  }

  /// What the checks compute for `document` under its profile (the report's facts come from
  /// it); under the base profile when no framework fits, nil when there is none.
  public func analysis(of document: PlanDocument) -> PlanAnalysis? {
    guard let pack = pack(for: document) ?? basePack else { return nil }
    return PlanAnalysis(
      document: document, outline: Outline(document: document), profile: pack.profile, configuration: configuration, resources: resources)
  }

  /// The budget figures of `document`'s project lists under its profile.
  public func budgetSummary(for document: PlanDocument) -> BudgetSummary? { analysis(of: document)?.budget }

  private static let unknownProfile = Profile(
    id: "", version: "", title: LocalizedText(vi: "", en: ""), source: GuidanceSource(document: ""), planKind: .annual,
    period: [0, 0], detect: Profile.Detection(title: []))
}
