import Foundation

/// The versioned JSON report (schema in README, "JSON output"). Keys are sorted and the
/// layout fixed, so the same run gives the same bytes.
public struct JSONReporter: Reporter {
  /// Bumped on any change that is not a pure addition.
  public static let schemaVersion = 1

  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let document = JSONReport(report: report, options: options)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

private struct JSONReport: Encodable {
  struct Tool: Encodable {
    let name: String
    let version: String
  }

  struct InputError: Encodable {
    let code: String
    let message: String
  }

  struct File: Encodable {
    let path: String
    let format: String?
    let profile: String?
    let sha256: String?
    let error: InputError?
    /// `pass`, `pass-with-notes`, `needs-revision`, `unreadable`.
    let verdict: String
    let verdictText: String
    let plan: PlanSummary?
    let findings: [JSONFinding]
    let verdicts: [Verdict]
    let coverage: Coverage?
  }

  struct Verdict: Encodable {
    let id: String
    let ruleId: String
    let status: String
    let title: String
    let source: GuidanceSource
  }

  struct Coverage: Encodable {
    let met: Int
    let applicable: Int
  }

  struct Summary: Encodable {
    let files: Int
    let errors: Int
    let warnings: Int
    let infos: Int
    let unreadable: Int
    let waived: Int
  }

  let schemaVersion: Int
  let tool: Tool
  let language: String
  let files: [File]
  let summary: Summary

  init(report: LintReport, options: ReportOptions) {
    schemaVersion = JSONReporter.schemaVersion
    tool = Tool(name: "kehoach-lint", version: options.toolVersion)
    language = options.language.rawValue
    files = report.files.map { file in
      File(
        path: file.path, format: file.format?.rawValue, profile: file.profileID, sha256: file.sha256,
        error: file.error.map { InputError(code: $0.code, message: $0.message.text(in: options.language)) },
        verdict: file.verdict.rawValue, verdictText: Messages.planVerdict(file.verdict).text(in: options.language),
        plan: file.summary, findings: file.findings.map { JSONFinding($0, language: options.language) },
        verdicts: file.verdicts.map {
          Verdict(id: $0.id, ruleId: $0.ruleID, status: $0.status.rawValue, title: $0.title.text(in: options.language), source: $0.source)
        },
        coverage: file.verdicts.isEmpty ? nil : Coverage(RequirementCoverage(file.verdicts)))
    }
    summary = Summary(
      files: report.files.count, errors: report.count(.error), warnings: report.count(.warning), infos: report.count(.info),
      unreadable: report.files.filter { $0.error != nil }.count, waived: report.files.reduce(0) { $0 + $1.waivedCount })
  }
}

extension JSONReport.Coverage {
  init(_ coverage: RequirementCoverage) {
    self.init(met: coverage.met, applicable: coverage.applicable)
  }
}

private struct JSONFinding: Encodable {
  let ruleId: String
  let kind: String
  let severity: String
  let message: String
  let file: String
  let line: Int?
  let column: Int?
  let paragraph: Int?
  let cell: TableCellAddress?
  let headingPath: [String]
  let quote: String?
  let source: GuidanceSource
  let fixHint: String?
  /// The safe fix's replacements (old and new text at their places), when the rule has one.
  let fix: [TextReplacement]?
  /// A Word section's new paper or margins (with what the file says now), when the rule has one.
  let pageSetupFix: PageSetupFix?
  /// Present when a waiver accepts the finding (it then does not count).
  let waived: Waived?

  struct Waived: Encodable {
    let reason: String
    let approvedBy: String
    /// "31/12/2021".
    let expires: String?
    let configuration: String?
    let line: Int?
  }

  init(_ finding: Finding, language: Language) {
    ruleId = finding.ruleID
    kind = finding.kind
    severity = finding.severity.rawValue
    message = finding.message.text(in: language)
    file = finding.location.file
    line = finding.location.line
    column = finding.location.column
    paragraph = finding.location.paragraph
    cell = finding.location.cell
    headingPath = finding.headingPath
    quote = finding.quote
    source = finding.source
    fixHint = finding.fixHint?.text(in: language)
    fix = finding.fix.flatMap { $0.replacements.isEmpty ? nil : $0.replacements }
    pageSetupFix = finding.fix?.pageSetup
    waived = finding.waiver.map {
      Waived(
        reason: $0.reason, approvedBy: $0.approvedBy, expires: $0.expires?.description, configuration: $0.configurationFile, line: $0.line)
    }
  }
}
