/// `tool.driver.rules`: every rule instance the run evaluated or that reported, sorted by id,
/// described from its verdict title, its kind's rationale and the guidance it enforces.
struct SARIFRules {
  private(set) var descriptors: [SARIF.ReportingDescriptor] = []
  private var indices: [String: Int] = [:]

  init(report: LintReport, language: Language) {
    var facts: [String: RuleFacts] = [:]
    for file in report.files {
      for verdict in file.verdicts where facts[verdict.ruleID] == nil {
        facts[verdict.ruleID] = RuleFacts(id: verdict.ruleID, title: verdict.title, source: verdict.source, severity: verdict.severity)
      }
      for finding in file.findings {
        var fact = facts[finding.ruleID] ?? RuleFacts(id: finding.ruleID, title: nil, source: finding.source)
        fact.kind = fact.kind ?? finding.kind
        // The rule's own level when a verdict gave it; a finding's only for rules without one.
        fact.severity = fact.severity ?? finding.severity
        facts[finding.ruleID] = fact
      }
    }
    for (index, fact) in facts.values.sorted(by: { $0.id < $1.id }).enumerated() {
      indices[fact.id] = index
      descriptors.append(fact.descriptor(language: language))
    }
  }

  func index(of ruleID: String) -> Int { indices[ruleID] ?? 0 }
}

/// What the report says about one rule instance.
private struct RuleFacts {
  let id: String
  let title: LocalizedText?
  let source: GuidanceSource
  var kind: String?
  var severity: Severity?

  init(id: String, title: LocalizedText?, source: GuidanceSource, severity: Severity? = nil) {
    self.id = id
    self.title = title
    self.source = source
    self.severity = severity
  }

  func descriptor(language: Language) -> SARIF.ReportingDescriptor {
    let description = kind.flatMap { BuiltInRules.description(of: $0) }
    let shortText = (title ?? description?.title)?.text(in: language) ?? id
    let fullText = description?.rationale.text(in: language) ?? shortText
    var help = (language == .vi ? "Căn cứ: " : "Guidance: ") + source.citation + "."
    if let quote = source.quote { help += (language == .vi ? " Hướng dẫn: “" : " It says: “") + quote + "”." }
    help += (language == .vi ? " Chi tiết: " : " Details: ") + "kehoach-lint explain \(id)"
    return SARIF.ReportingDescriptor(
      id: id, shortDescription: SARIF.Message(text: shortText), fullDescription: SARIF.Message(text: fullText),
      help: SARIF.Message(text: help), defaultConfiguration: severity.map { SARIF.Configuration(level: SARIF.level($0)) },
      properties: SARIF.RuleProperties(tags: ["kehoach-lint"] + (kind.map { [$0] } ?? []), kind: kind, guidance: source))
  }
}
