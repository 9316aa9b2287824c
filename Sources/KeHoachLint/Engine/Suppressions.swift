/// Applies inline suppressions (`<!-- kehoach-lint-disable RULE -->`, `…-enable RULE`,
/// `…-disable-next-line RULE`) and reports the ones that suppress nothing, so stale
/// suppressions do not hide future problems, and those naming no known rule (a typo), as
/// errors of their own rule with the closest id suggested.
enum Suppressions {
  static let unusedRuleID = BuiltInRules.unusedSuppression.id
  static let unknownRuleID = BuiltInRules.unknownRuleInSuppression.id
  /// The rules whose findings `apply` makes (the linter applies their settings afterwards).
  static let ownRuleIDs: Set<String> = [unusedRuleID, unknownRuleID]

  /// `knownRules`: every id a suppression may name; nil when unknown (then a suppression of
  /// an unknown rule is only unused).
  static func apply(to findings: [Finding], in document: PlanDocument, knownRules: Set<String>? = nil) -> [Finding] {
    guard !document.directives.isEmpty else { return findings }
    let scopes = self.scopes(document)
    var used = Set<Int>()
    var kept: [Finding] = []
    for finding in findings {
      let line = finding.location.line
      let paragraph = finding.location.paragraph
      guard line != nil || paragraph != nil else {
        kept.append(finding)
        continue
      }
      let matching = scopes.indices.filter { index in
        let scope = scopes[index]
        guard scope.rule == finding.ruleID || scope.rule == finding.kind else { return false }
        if let paragraphs = scope.paragraphs { return paragraph.map(paragraphs.contains) ?? false }
        return line.map(scope.lines.contains) ?? false
      }
      if matching.isEmpty { kept.append(finding) } else { used.formUnion(matching) }
    }
    for (index, scope) in scopes.enumerated() where !used.contains(index) {
      if let knownRules, !knownRules.contains(scope.rule) {
        kept.append(unknownRule(scope.rule, at: scope.directive.location, known: knownRules))
      } else {
        kept.append(
          Finding(
            ruleID: unusedRuleID, kind: unusedRuleID, severity: BuiltInRules.unusedSuppression.description.defaultSeverity,
            message: Messages.unusedSuppression(scope.rule), location: scope.directive.location,
            source: BuiltInRules.unusedSuppression.source))
      }
    }
    // An `enable` opens no scope, but a typo there leaves the `disable` running to the end.
    if let knownRules {
      for directive in document.directives where directive.kind == .enable {
        for rule in directive.rules where !knownRules.contains(rule) {
          kept.append(unknownRule(rule, at: directive.location, known: knownRules))
        }
      }
    }
    return kept
  }

  private static func unknownRule(_ rule: String, at location: SourceLocation, known: Set<String>) -> Finding {
    let description = BuiltInRules.unknownRuleInSuppression.description
    return Finding(
      ruleID: unknownRuleID, kind: unknownRuleID, severity: description.defaultSeverity,
      message: Messages.unknownRuleInSuppression(rule, suggestion: EditDistance.suggestion(for: rule, among: known)),
      location: location, source: BuiltInRules.unknownRuleInSuppression.source)
  }

  private struct Scope {
    let directive: Directive
    let rule: String
    let lines: ClosedRange<Int>
    /// For a Word comment: the paragraphs it covers (then `lines` is not used).
    var paragraphs: ClosedRange<Int>? = nil
  }

  /// One scope per rule a directive names: the lines it covers.
  private static func scopes(_ document: PlanDocument) -> [Scope] {
    let contentLines = document.blocks.compactMap(\.location.line).sorted()
    var scopes: [Scope] = []
    for (position, directive) in document.directives.enumerated() {
      if let paragraphs = directive.paragraphs {
        for rule in directive.rules { scopes.append(Scope(directive: directive, rule: rule, lines: 0...0, paragraphs: paragraphs)) }
        continue
      }
      guard let line = directive.location.line else { continue }
      for rule in directive.rules {
        switch directive.kind {
        case .disable:
          let enable = document.directives[(position + 1)...].first { $0.kind == .enable && $0.rules.contains(rule) }
          let end = (enable?.location.line).map { $0 - 1 } ?? Int.max
          scopes.append(Scope(directive: directive, rule: rule, lines: line...max(line, end)))
        case .disableNextLine:
          let next = contentLines.first { $0 > line } ?? line + 1
          scopes.append(Scope(directive: directive, rule: rule, lines: next...next))
        case .enable:
          continue
        }
      }
    }
    return scopes
  }
}
