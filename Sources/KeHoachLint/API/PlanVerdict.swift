/// The one line a reviewer acts on, per plan: "Đạt", "Đạt, có lưu ý" (findings below the
/// fail level only), "Chưa đạt – đề nghị hoàn thiện" (a finding at or above it), or "Không
/// kiểm tra được" (the file could not be read). Computed from the findings the report keeps
/// (after the baseline) and the file's fail level, so it agrees with the exit status.
public enum PlanVerdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case pass
  case passWithNotes = "pass-with-notes"
  case needsRevision = "needs-revision"
  case unreadable

  /// How bad: the scoreboard lists the worst first.
  var rank: Int {
    switch self {
    case .unreadable: 3
    case .needsRevision: 2
    case .passWithNotes: 1
    case .pass: 0
    }
  }

  public static func < (lhs: PlanVerdict, rhs: PlanVerdict) -> Bool { lhs.rank < rhs.rank }

  /// The verdict of a file with `findings` under `failOn` (nil: nothing fails). Waived
  /// findings do not count.
  public init(error: KeHoachLintError?, findings allFindings: [Finding], failOn: Severity?) {
    let findings = allFindings.filter { !$0.isWaived }
    if error != nil {
      self = .unreadable
    } else if let failOn, findings.contains(where: { $0.severity >= failOn }) {
      self = .needsRevision
    } else if findings.contains(where: { $0.severity >= .warning }) {
      self = .passWithNotes
    } else {
      self = .pass
    }
  }

  /// "Đạt", "Đạt, có lưu ý", "Chưa đạt – đề nghị hoàn thiện", "Không kiểm tra được".
  public var text: LocalizedText { Messages.planVerdict(self) }
}
