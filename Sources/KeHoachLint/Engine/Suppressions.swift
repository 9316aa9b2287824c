/// Applies inline suppressions (`<!-- kehoach-lint-disable RULE -->`, `…-enable RULE`,
/// `…-disable-next-line RULE`) and reports the ones that suppress nothing, so stale
/// suppressions do not hide future problems.
enum Suppressions {
  static let unusedRuleID = "unused-suppression"

  static func apply(to findings: [Finding], in document: PlanDocument) -> [Finding] {
    guard !document.directives.isEmpty else { return findings }
    let scopes = self.scopes(document)
    var used = Set<Int>()
    var kept: [Finding] = []
    for finding in findings {
      guard let line = finding.location.line else {
        kept.append(finding)
        continue
      }
      let matching = scopes.indices.filter { index in
        let scope = scopes[index]
        return scope.lines.contains(line) && (scope.rule == finding.ruleID || scope.rule == finding.kind)
      }
      if matching.isEmpty { kept.append(finding) } else { used.formUnion(matching) }
    }
    for (index, scope) in scopes.enumerated() where !used.contains(index) {
      kept.append(
        Finding(
          ruleID: unusedRuleID, kind: "suppression", severity: .warning, message: Messages.unusedSuppression(scope.rule),
          location: scope.directive.location, source: GuidanceSource(document: "kehoach-lint", section: "chú thích tắt quy tắc")))
    }
    return kept
  }

  private struct Scope {
    let directive: Directive
    let rule: String
    let lines: ClosedRange<Int>
  }

  /// One scope per rule a directive names: the lines it covers.
  private static func scopes(_ document: PlanDocument) -> [Scope] {
    let contentLines = document.blocks.compactMap(\.location.line).sorted()
    var scopes: [Scope] = []
    for (position, directive) in document.directives.enumerated() {
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
