/// JUnit XML for Jenkins and GitLab: one test suite per plan, one test case per requirement
/// (a verdict). It agrees with the exit status: a requirement fails only with a finding at
/// or above the file's fail level (`--fail-on`); findings below it are printed in the
/// `<system-out>` of a passing case, and findings absorbed by a baseline are gone from the
/// report, so they never fail; a requirement whose findings are all waived is skipped with
/// the waiver's reason and approver. One that does not apply, or that needs a person's review, is
/// skipped with the reason. An unreadable input is an error.
public struct JUnitReporter: Reporter {
  public init() {}

  public func render(_ report: LintReport, options: ReportOptions) -> String {
    let suites = report.files.map { suite(for: $0, options: options) }
    let totals = suites.reduce(into: Counts()) { $0.add($1.counts) }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"kehoach-lint\"\(totals.attributes)>\n"
    for suite in suites { xml += suite.xml }
    xml += "</testsuites>\n"
    return xml
  }

  private struct Counts {
    var tests = 0
    var failures = 0
    var errors = 0
    var skipped = 0

    mutating func add(_ other: Counts) {
      tests += other.tests
      failures += other.failures
      errors += other.errors
      skipped += other.skipped
    }

    var attributes: String { " tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\"" }
  }

  private struct Case {
    enum Outcome {
      case passed(output: String?)
      case failed(type: String, message: String, body: String)
      case errored(type: String, message: String)
      case skipped(message: String)
    }

    let name: String
    let outcome: Outcome
  }

  private func suite(for file: FileReport, options: ReportOptions) -> (xml: String, counts: Counts) {
    var cases: [Case] = []
    if let error = file.error {
      cases.append(
        Case(name: options.text(Messages.Report.readFile), outcome: .errored(type: error.code, message: options.text(error.message))))
    }
    for verdict in file.verdicts {
      let name = "\(verdict.id): \(options.text(verdict.title))"
      let findings = file.findings(for: verdict)
      switch verdict.status {
      case .met: cases.append(Case(name: name, outcome: .passed(output: nil)))
      case .notApplicable, .needsReview:
        var message = options.text(Messages.verdictStatus(verdict.status))
        if !findings.isEmpty { message += ": " + findings.map { options.text($0.message) }.joined(separator: " ") }
        cases.append(Case(name: name, outcome: .skipped(message: message)))
      case .notMet, .waived: cases.append(Case(name: name, outcome: outcome(findings, failOn: file.failOn, options: options)))
      }
    }
    let others = file.findingsOutsideVerdicts
    if !others.isEmpty {
      cases.append(Case(name: options.text(Messages.Report.otherFindings), outcome: outcome(others, failOn: file.failOn, options: options)))
    }
    var counts = Counts()
    var body = ""
    let className = file.path.replacingOccurrences(of: ".", with: "_")
    for testCase in cases {
      counts.tests += 1
      body += "    <testcase classname=\"\(Markup.attribute(className))\" name=\"\(Markup.attribute(testCase.name))\""
      body += " file=\"\(Markup.attribute(file.path))\""
      switch testCase.outcome {
      case .passed(let output):
        body += output.map { ">\n      <system-out>\(Markup.escape($0))</system-out>\n    </testcase>\n" } ?? "/>\n"
      case .failed(let type, let message, let text):
        counts.failures += 1
        body +=
          ">\n      <failure type=\"\(type)\" message=\"\(Markup.attribute(message))\">\(Markup.escape(text))</failure>\n    </testcase>\n"
      case .errored(let type, let message):
        counts.errors += 1
        body += ">\n      <error type=\"\(Markup.attribute(type))\" message=\"\(Markup.attribute(message))\"/>\n    </testcase>\n"
      case .skipped(let message):
        counts.skipped += 1
        body += ">\n      <skipped message=\"\(Markup.attribute(message))\"/>\n    </testcase>\n"
      }
    }
    var xml = "  <testsuite name=\"\(Markup.attribute(file.path))\"\(counts.attributes)"
    if let date = options.generatedAt { xml += " timestamp=\"\(ReportFormatting.localISO8601(date, timeZone: options.timeZone))\"" }
    xml += ">\n" + properties(file, options: options) + body + "  </testsuite>\n"
    return (xml, counts)
  }

  /// Failed when a finding is at or above `failOn`; skipped with the waivers' reasons when
  /// every finding is waived; else passed, the findings in its output.
  private func outcome(_ findings: [Finding], failOn: Severity?, options: ReportOptions) -> Case.Outcome {
    if !findings.isEmpty, findings.allSatisfy(\.isWaived) {
      let notes = findings.compactMap(\.waiver).map { options.text(Messages.Report.waivedNote($0)) }
      var unique: [String] = []
      for note in notes where !unique.contains(note) { unique.append(note) }
      return .skipped(message: unique.joined(separator: "; "))
    }
    guard let failOn, let first = findings.first(where: { $0.severity >= failOn && !$0.isWaived }) else {
      return .passed(output: findings.isEmpty ? nil : body(findings, options: options))
    }
    let worst = findings.map(\.severity).max() ?? first.severity
    return .failed(type: worst.rawValue, message: options.text(first.message), body: body(findings, options: options))
  }

  /// The findings as the terminal prints them, one per line.
  private func body(_ findings: [Finding], options: ReportOptions) -> String {
    let plain = ReportOptions(language: options.language, toolVersion: options.toolVersion)
    return findings.map { finding in
      var line = TextReporter().line(for: finding, options: plain)
      if finding.location.line == nil, !finding.headingPath.isEmpty { line += " (" + finding.headingPath.joined(separator: " › ") + ")" }
      return line
    }.joined(separator: "\n")
  }

  private func properties(_ file: FileReport, options: ReportOptions) -> String {
    var pairs: [(String, String)] = []
    if let profile = file.profileID { pairs.append(("profile", profile)) }
    if let version = file.summary?.profileVersion { pairs.append(("profileVersion", version)) }
    if let coverage = file.coverage { pairs.append(("coverage", "\(coverage.met)/\(coverage.applicable)")) }
    if let sha = file.sha256 { pairs.append(("sha256", sha)) }
    pairs.append(("toolVersion", options.toolVersion))
    let lines = pairs.map { "      <property name=\"\($0.0)\" value=\"\(Markup.attribute($0.1))\"/>\n" }
    return "    <properties>\n" + lines.joined() + "    </properties>\n"
  }
}
