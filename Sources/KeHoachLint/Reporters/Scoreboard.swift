/// The batch view a reviewer with a folder of drafts from many units needs: one row per plan
/// and the requirements most often not met. The HTML, CSV and Markdown scoreboards print it.
struct Scoreboard {
  struct Row {
    let path: String
    let unit: String?
    /// "125/KH-UBND".
    let number: String?
    let profile: String?
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
    let id: String
    let title: LocalizedText
    let source: GuidanceSource
    /// Plans (paths) where the requirement is not met.
    let plans: [String]
  }

  /// How many common failures are listed.
  static let failureLimit = 10

  let rows: [Row]
  let failures: [Failure]
  /// Plans with verdicts (the denominator of "not met in 5 of 8 plans").
  let evaluatedPlans: Int

  init(report: LintReport, options: ReportOptions) {
    rows = report.files.map { file in
      Row(
        path: file.path, unit: file.summary?.unit, number: file.summary?.number, profile: file.profileID, coverage: file.coverage,
        errors: file.count(.error),
        warnings: file.count(.warning), infos: file.count(.info), securityShare: file.summary?.budget?.securityShare,
        totalBudget: file.summary?.budget?.total, errorCode: file.error?.code, errorMessage: file.error?.message,
        link: options.reportLinks[file.path] ?? file.path)
    }
    var byID: [String: Failure] = [:]
    var order: [String] = []
    for file in report.files {
      for verdict in file.verdicts where verdict.status == .notMet {
        if let known = byID[verdict.id] {
          byID[verdict.id] = Failure(id: known.id, title: known.title, source: known.source, plans: known.plans + [file.path])
        } else {
          byID[verdict.id] = Failure(id: verdict.id, title: verdict.title, source: verdict.source, plans: [file.path])
          order.append(verdict.id)
        }
      }
    }
    failures = order.compactMap { byID[$0] }.enumerated()
      .sorted { $0.element.plans.count != $1.element.plans.count ? $0.element.plans.count > $1.element.plans.count : $0.offset < $1.offset }
      .prefix(Self.failureLimit).map(\.element)
    evaluatedPlans = report.files.filter { !$0.verdicts.isEmpty }.count
  }

  /// "12.500,5" (million đồng) or nil.
  static func money(_ value: Double?, language: Language) -> String? {
    value.map { ReportFormatting.number($0, decimals: 1, language: language) }
  }
}
