/// The batch view a reviewer with a folder of drafts from many units needs: one row per plan
/// and the requirements most often not met. The HTML, CSV and Markdown scoreboards print it.
struct Scoreboard {
  struct Row {
    let path: String
    let unit: String?
    /// "125/KH-UBND".
    let number: String?
    let profile: String?
    let verdict: PlanVerdict
    let coverage: RequirementCoverage?
    let errors: Int
    let warnings: Int
    let infos: Int
    let securityShare: Double?
    let totalBudget: Double?
    /// The input error's code when the plan could not be read.
    let errorCode: String?
    let errorMessage: LocalizedText?
    /// The plan's own report, or its input file when no report was written.
    let link: String
  }

  struct Failure {
    /// The profile the requirement belongs to: counts never mix frameworks.
    let profile: String
    let id: String
    let title: LocalizedText
    let source: GuidanceSource
    /// Plans (paths) where the requirement is not met.
    let plans: [String]
    /// Plans checked against the same profile (the denominator of "3/8").
    let evaluated: Int
  }

  /// How many common failures are listed.
  static let failureLimit = 10

  let rows: [Row]
  let failures: [Failure]
  /// Plans with verdicts (the denominator of "not met in 5 of 8 plans").
  let evaluatedPlans: Int

  /// Rows worst first: by verdict, then errors, then warnings, then input order.
  init(report: LintReport, options: ReportOptions) {
    let ordered = report.files.enumerated().sorted { lhs, rhs in
      let (a, b) = (lhs.element, rhs.element)
      if a.verdict != b.verdict { return a.verdict > b.verdict }
      if a.count(.error) != b.count(.error) { return a.count(.error) > b.count(.error) }
      if a.count(.warning) != b.count(.warning) { return a.count(.warning) > b.count(.warning) }
      return lhs.offset < rhs.offset
    }.map(\.element)
    rows = ordered.map { file in
      Row(
        path: file.path, unit: file.summary?.unit, number: file.summary?.number, profile: file.profileID, verdict: file.verdict,
        coverage: file.coverage,
        errors: file.count(.error),
        warnings: file.count(.warning), infos: file.count(.info), securityShare: file.summary?.budget?.securityShare,
        totalBudget: file.summary?.budget?.total, errorCode: file.error?.code, errorMessage: file.error?.message,
        link: options.reportLinks[file.path] ?? file.path)
    }
    var evaluated: [String: Int] = [:]
    for file in report.files where !file.verdicts.isEmpty { evaluated[file.profileID ?? "", default: 0] += 1 }
    var byKey: [String: Failure] = [:]
    var order: [String] = []
    for file in report.files {
      let profile = file.profileID ?? ""
      for verdict in file.verdicts where verdict.status == .notMet {
        let key = profile + "\u{1F}" + verdict.id
        if let known = byKey[key] {
          byKey[key] = Failure(
            profile: profile, id: known.id, title: known.title, source: known.source, plans: known.plans + [file.path],
            evaluated: known.evaluated)
        } else {
          byKey[key] = Failure(
            profile: profile, id: verdict.id, title: verdict.title, source: verdict.source, plans: [file.path],
            evaluated: evaluated[profile] ?? 1)
          order.append(key)
        }
      }
    }
    // The share of plans, not the count: 3 of 4 is more common than 4 of 23.
    failures = order.compactMap { byKey[$0] }.enumerated()
      .sorted { lhs, rhs in
        let (a, b) = (lhs.element, rhs.element)
        let (left, right) = (Double(a.plans.count) / Double(a.evaluated), Double(b.plans.count) / Double(b.evaluated))
        if left != right { return left > right }
        if a.plans.count != b.plans.count { return a.plans.count > b.plans.count }
        return lhs.offset < rhs.offset
      }
      .prefix(Self.failureLimit).map(\.element)
    evaluatedPlans = report.files.filter { !$0.verdicts.isEmpty }.count
  }

  /// "12.500,5" (million đồng) or nil.
  static func money(_ value: Double?, language: Language) -> String? {
    value.map { ReportFormatting.number($0, decimals: 1, language: language) }
  }
}
