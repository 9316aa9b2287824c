import Foundation

/// Two drafts of one plan compared, as a reviewer reads a new round: which findings were
/// fixed ("đã tiếp thu"), which are new, which persist ("chưa tiếp thu"), the requirements
/// whose verdict changed and the budget figures that moved. Findings match as the baseline
/// matches them (rule, section path, message — never the line), each old finding absorbing
/// at most one new one, so a draft in Word compares with one in Markdown.
public struct DraftComparison: Sendable {
  /// A requirement whose status differs between the drafts (nil: not evaluated in that draft).
  public struct VerdictChange: Sendable, Hashable {
    public let id: String
    public let title: LocalizedText
    public let old: RequirementVerdict.Status?
    public let new: RequirementVerdict.Status?
  }

  /// A budget figure that differs (nil: not found in that draft).
  public struct FigureChange: Sendable, Hashable {
    public enum Figure: String, Sendable, Hashable, CaseIterable {
      case total, statedTotal = "stated-total", securityAmount = "security-amount", securityShare = "security-share"
    }
    public let figure: Figure
    public let old: Double?
    public let new: Double?
  }

  public let oldDraft: FileReport
  public let newDraft: FileReport
  /// In the old draft, gone from the new one.
  public let fixed: [Finding]
  /// In the new draft only.
  public let introduced: [Finding]
  /// In both (the new draft's finding, at its new place).
  public let persisting: [Finding]
  public let verdictChanges: [VerdictChange]
  public let figureChanges: [FigureChange]

  public init(old: FileReport, new: FileReport) {
    oldDraft = old
    newDraft = new
    var remaining: [String: [Finding]] = [:]
    for finding in old.findings { remaining[Baseline.fingerprint(finding), default: []].append(finding) }
    var introduced: [Finding] = []
    var persisting: [Finding] = []
    for finding in new.findings {
      let key = Baseline.fingerprint(finding)
      if var list = remaining[key], !list.isEmpty {
        list.removeFirst()
        remaining[key] = list
        persisting.append(finding)
      } else {
        introduced.append(finding)
      }
    }
    // The old draft's order for what was fixed.
    var left = remaining
    fixed = old.findings.filter { finding in
      let key = Baseline.fingerprint(finding)
      guard var list = left[key], !list.isEmpty else { return false }
      list.removeFirst()
      left[key] = list
      return true
    }
    self.introduced = introduced
    self.persisting = persisting

    let oldVerdicts = Dictionary(old.verdicts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newVerdicts = Dictionary(new.verdicts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var ids = new.verdicts.map(\.id)
    for verdict in old.verdicts where newVerdicts[verdict.id] == nil { ids.append(verdict.id) }
    verdictChanges = ids.compactMap { id in
      let (before, after) = (oldVerdicts[id], newVerdicts[id])
      guard before?.status != after?.status, let title = (after ?? before)?.title else { return nil }
      return VerdictChange(id: id, title: title, old: before?.status, new: after?.status)
    }

    let (a, b) = (old.summary?.budget, new.summary?.budget)
    let figures: [(FigureChange.Figure, Double?, Double?)] = [
      (.total, a?.total, b?.total), (.statedTotal, a?.statedTotal, b?.statedTotal),
      (.securityAmount, a?.securityAmount, b?.securityAmount), (.securityShare, a?.securityShare, b?.securityShare),
    ]
    figureChanges = figures.compactMap { figure, before, after in
      switch (before, after) {
      case (nil, nil): return nil
      case (let x?, let y?) where abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1): return nil
      default: return FigureChange(figure: figure, old: before, new: after)
      }
    }
  }

  /// Whether a new finding is at or above `failOn` (nil: never); waived ones do not count.
  public func hasNew(atOrAbove failOn: Severity?) -> Bool {
    guard let failOn else { return false }
    return introduced.contains { $0.severity >= failOn && !$0.isWaived }
  }
}

/// Two folders of drafts compared: files paired by the plan's number and unit, then by
/// file name (without extension, so `so-y-te.docx` pairs with `so-y-te.md`); the rest listed
/// as unpaired.
public struct FolderComparison: Sendable {
  public let pairs: [DraftComparison]
  /// Only in the old folder (dropped, or renamed beyond recognition).
  public let onlyOld: [FileReport]
  /// Only in the new folder.
  public let onlyNew: [FileReport]

  /// One pair of drafts, as `diff OLD NEW` on two files.
  public init(pair: DraftComparison) {
    pairs = [pair]
    onlyOld = []
    onlyNew = []
  }

  public init(old: [FileReport], new: [FileReport]) {
    var unpairedOld = Array(old.indices)
    var pairs: [(Int, Int)] = []
    var unpairedNew: [Int] = []
    for (newIndex, draft) in new.enumerated() {
      if let key = Self.identity(draft), let position = unpairedOld.firstIndex(where: { Self.identity(old[$0]) == key }) {
        pairs.append((unpairedOld.remove(at: position), newIndex))
      } else {
        unpairedNew.append(newIndex)
      }
    }
    var stillNew: [Int] = []
    for newIndex in unpairedNew {
      let name = Self.name(new[newIndex])
      if let position = unpairedOld.firstIndex(where: { Self.name(old[$0]) == name }) {
        pairs.append((unpairedOld.remove(at: position), newIndex))
      } else {
        stillNew.append(newIndex)
      }
    }
    self.pairs = pairs.sorted { $0.1 < $1.1 }.map { DraftComparison(old: old[$0.0], new: new[$0.1]) }
    onlyOld = unpairedOld.map { old[$0] }
    onlyNew = stillNew.map { new[$0] }
  }

  /// Whether any pair has a new finding at or above `failOn`.
  public func hasNew(atOrAbove failOn: Severity?) -> Bool { pairs.contains { $0.hasNew(atOrAbove: failOn) } }

  /// "số 12/KH-UBND" and the issuing unit, folded; nil when the draft states neither.
  static func identity(_ report: FileReport) -> String? {
    guard let summary = report.summary, let number = summary.number, !number.trimmingWhitespace().isEmpty else { return nil }
    // The running number is often left blank in drafts ("Số: …/KH-UBND"): then the symbol
    // and the unit still tell the plan.
    return [report.profileID ?? "", VietnameseFolding.fold(number), VietnameseFolding.fold(summary.unit ?? "")].joined(separator: "\u{1F}")
  }

  static func name(_ report: FileReport) -> String {
    VietnameseFolding.fold(((report.path as NSString).lastPathComponent as NSString).deletingPathExtension)
  }
}
