/// Words and sentences the reports print around the findings (headings, verdicts, totals).
extension Messages {
  static func verdictStatus(_ status: RequirementVerdict.Status) -> LocalizedText {
    switch status {
    case .met: LocalizedText(vi: "Đạt", en: "Met")
    case .notMet: LocalizedText(vi: "Chưa đạt", en: "Not met")
    case .notApplicable: LocalizedText(vi: "Không áp dụng", en: "Not applicable")
    case .needsReview: LocalizedText(vi: "Cần xem lại", en: "Needs review")
    case .waived: LocalizedText(vi: "Được miễn trừ", en: "Waived")
    }
  }

  static func severityName(_ severity: Severity) -> LocalizedText {
    switch severity {
    case .error: LocalizedText(vi: "Lỗi", en: "Error")
    case .warning: LocalizedText(vi: "Cảnh báo", en: "Warning")
    case .info: LocalizedText(vi: "Thông tin", en: "Info")
    }
  }

  /// "40/46 yêu cầu đạt (5 chưa đạt, 1 cần xem lại)".
  static func coverageDetail(_ file: FileReport) -> LocalizedText? {
    guard let coverage = file.coverage else { return nil }
    var vi: [String] = []
    var en: [String] = []
    for status in [RequirementVerdict.Status.notMet, .waived, .needsReview, .notApplicable] {
      let count = file.verdictCount(status)
      guard count > 0 else { continue }
      vi.append("\(count) \(verdictStatus(status).vi.lowercased())")
      en.append("\(count) \(verdictStatus(status).en.lowercased())")
    }
    return LocalizedText(
      vi: coverage.text(in: .vi) + (vi.isEmpty ? "" : " (\(vi.joined(separator: ", ")))"),
      en: coverage.text(in: .en) + (en.isEmpty ? "" : " (\(en.joined(separator: ", ")))"))
  }

  /// "2 tệp: 1 lỗi, 7 cảnh báo, 0 thông tin, 1 tệp không đọc được."
  static func runTotals(_ report: LintReport) -> LocalizedText {
    let files = report.files.count
    let (errors, warnings, infos) = (report.count(.error), report.count(.warning), report.count(.info))
    let unreadable = report.unreadableCount
    var vi = "\(files) tệp: \(errors) lỗi, \(warnings) cảnh báo, \(infos) thông tin"
    var en = "\(files) file\(plural(files)): \(errors) error\(plural(errors)), \(warnings) warning\(plural(warnings)), \(infos) info"
    let waived = report.files.reduce(0) { $0 + $1.waivedCount }
    if waived > 0 {
      vi += ", \(waived) được miễn trừ"
      en += ", \(waived) waived"
    }
    if unreadable > 0 {
      vi += ", \(unreadable) tệp không đọc được"
      en += ", \(unreadable) unreadable"
    }
    return LocalizedText(vi: vi + ".", en: en + ".")
  }

  private static func plural(_ count: Int) -> String { count == 1 ? "" : "s" }

  /// "bảng 2": a table of a Word document by its number, for positions.
  static func tableNumber(_ number: Int) -> LocalizedText {
    LocalizedText(vi: "bảng \(number)", en: "table \(number)")
  }

  /// The status of a legal citation as the legal checks name it.
  static func citationStatus(_ status: CitationFacts.Status) -> LocalizedText {
    switch status {
    case .ok: LocalizedText(vi: "đúng", en: "ok")
    case .problem: LocalizedText(vi: "có vấn đề", en: "has problems")
    case .likely: LocalizedText(vi: "chưa kiểm được (số hiệu sai dạng)", en: "not checkable (malformed number)")
    case .ambiguous: LocalizedText(vi: "chưa rõ văn bản nào", en: "ambiguous")
    case .notInCatalog: LocalizedText(vi: "chưa kiểm được", en: "not checkable")
    }
  }

  /// Report headings and labels.
  enum Report {
    static let reportTitle = LocalizedText(vi: "Báo cáo kiểm tra kế hoạch", en: "Plan check report")
    static let scoreboardTitle = LocalizedText(vi: "Tổng hợp kết quả kiểm tra kế hoạch", en: "Plan check scoreboard")
    static let unit = LocalizedText(vi: "Cơ quan ban hành", en: "Issuing body")
    static let number = LocalizedText(vi: "Số, ký hiệu", en: "Number")
    static let placeAndDate = LocalizedText(vi: "Địa danh, ngày tháng", en: "Place and date")
    static let planTitle = LocalizedText(vi: "Tên kế hoạch", en: "Title")
    static let profile = LocalizedText(vi: "Khung kế hoạch", en: "Framework")
    static let file = LocalizedText(vi: "Tệp", en: "File")
    static let notStated = LocalizedText(vi: "(không có)", en: "(none)")
    static let noData = LocalizedText(vi: "Chưa có dữ liệu.", en: "No data yet.")
    static let checklist = LocalizedText(vi: "Danh mục yêu cầu", en: "Requirement checklist")
    static let requirement = LocalizedText(vi: "Yêu cầu", en: "Requirement")
    static let status = LocalizedText(vi: "Kết quả", en: "Result")
    static let guidance = LocalizedText(vi: "Căn cứ", en: "Guidance")
    static let findings = LocalizedText(vi: "Phát hiện", en: "Findings")
    static let noFindings = LocalizedText(vi: "Không có phát hiện nào.", en: "No findings.")
    static let position = LocalizedText(vi: "Vị trí", en: "Position")
    static let rule = LocalizedText(vi: "Quy tắc", en: "Rule")
    static let message = LocalizedText(vi: "Nội dung", en: "Message")
    static let severity = LocalizedText(vi: "Mức", en: "Severity")
    static let fixHint = LocalizedText(vi: "Cách sửa", en: "How to fix")
    static let hint = LocalizedText(vi: "gợi ý: ", en: "hint: ")
    static let citations = LocalizedText(vi: "Văn bản pháp lý được trích dẫn", en: "Legal citations")
    static let citation = LocalizedText(vi: "Trích dẫn", en: "Citation")
    static let catalogTitle = LocalizedText(vi: "Tên văn bản (danh mục)", en: "Title (catalog)")
    static let budget = LocalizedText(vi: "Kinh phí", en: "Budget")
    static let budgetTotal = LocalizedText(vi: "Tổng kinh phí", en: "Total budget")
    static let securityAmount = LocalizedText(vi: "Kinh phí an toàn thông tin", en: "Security spending")
    static let securityShare = LocalizedText(vi: "Tỷ lệ chi an toàn thông tin", en: "Security share")
    static let securityTarget = LocalizedText(vi: "mức tối thiểu 10%", en: "10% minimum")
    static let perYear = LocalizedText(vi: "Kinh phí theo năm", en: "Spending per year")
    static let perSource = LocalizedText(vi: "Theo nguồn vốn", en: "By funding source")
    static let millionDong = LocalizedText(vi: "triệu đồng", en: "million VND")
    static let provenance = LocalizedText(vi: "Nguồn gốc báo cáo", en: "Provenance")
    static let tool = LocalizedText(vi: "Công cụ", en: "Tool")
    static let rulePack = LocalizedText(vi: "Bộ quy tắc", en: "Rule pack")
    static let inputHash = LocalizedText(vi: "SHA-256 của tệp đầu vào", en: "Input SHA-256")
    static let generatedAt = LocalizedText(vi: "Thời điểm tạo", en: "Generated at")
    static let summary = LocalizedText(vi: "Tóm tắt", en: "Summary")
    static let contents = LocalizedText(vi: "Các kế hoạch", en: "Plans")
    static let unreadable = LocalizedText(vi: "Không đọc được tệp", en: "The file could not be read")
    static let otherFindings = LocalizedText(vi: "Phát hiện khác", en: "Other findings")
    static let readFile = LocalizedText(vi: "Đọc tệp", en: "Read the file")
    static let coverage = LocalizedText(vi: "Yêu cầu đạt", en: "Requirements met")
    static let errors = LocalizedText(vi: "Lỗi", en: "Errors")
    static let warnings = LocalizedText(vi: "Cảnh báo", en: "Warnings")
    static let infos = LocalizedText(vi: "Thông tin", en: "Infos")
    static let report = LocalizedText(vi: "Báo cáo", en: "Report")
    static let commonFailures = LocalizedText(vi: "Yêu cầu chưa đạt thường gặp", en: "Most common failures")
    static let plans = LocalizedText(vi: "Số kế hoạch", en: "Plans")
    static let noProfile = LocalizedText(vi: "chưa xác định", en: "not detected")
  }
}

extension Messages {
  static func planVerdict(_ verdict: PlanVerdict) -> LocalizedText {
    switch verdict {
    case .pass: LocalizedText(vi: "Đạt", en: "Acceptable")
    case .passWithNotes: LocalizedText(vi: "Đạt, có lưu ý", en: "Acceptable, with remarks")
    case .needsRevision: LocalizedText(vi: "Chưa đạt – đề nghị hoàn thiện", en: "Not acceptable – revision requested")
    case .unreadable: LocalizedText(vi: "Không kiểm tra được", en: "Could not be checked")
    }
  }

  /// "Chưa đạt – đề nghị hoàn thiện: 2 lỗi, 3 cảnh báo.", the verdict line every format prints.
  static func verdictLine(_ file: FileReport) -> LocalizedText {
    let verdict = planVerdict(file.verdict)
    guard file.error == nil else { return verdict }
    let (errors, warnings, infos) = (file.count(.error), file.count(.warning), file.count(.info))
    guard errors + warnings + infos > 0 else { return LocalizedText(vi: verdict.vi + ".", en: verdict.en + ".") }
    return LocalizedText(
      vi: verdict.vi + ": \(errors) lỗi, \(warnings) cảnh báo, \(infos) thông tin.",
      en: verdict.en + ": \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(infos) info.")
  }
}

extension Messages.Report {
  /// "Được miễn trừ: lý do … — chấp thuận: … — đến hết 31/12/2021 (.kehoach-lint.yml:7)".
  static func waivedNote(_ waiver: WaiverNote) -> LocalizedText {
    var vi = "được miễn trừ: \(waiver.reason) — chấp thuận: \(waiver.approvedBy)"
    var en = "waived: “\(waiver.reason)” — approved by “\(waiver.approvedBy)”"
    if let expires = waiver.expires {
      vi += " — đến hết ngày \(expires)"
      en += " — until \(expires)"
    }
    if let file = waiver.configurationFile {
      let place = file + (waiver.line.map { ":\($0)" } ?? "")
      vi += " (\(place))"
      en += " (\(place))"
    }
    return LocalizedText(vi: vi, en: en)
  }

  static let waived = LocalizedText(vi: "Được miễn trừ", en: "Waived")

  static let verdict = LocalizedText(vi: "Kết luận", en: "Verdict")
  static let onThisPage = LocalizedText(vi: "Nội dung", en: "On this page")
  static let backToScoreboard = LocalizedText(vi: "← Bảng tổng hợp", en: "← Scoreboard")
  static let checklistOpen = LocalizedText(vi: "Yêu cầu chưa đạt hoặc cần xem lại", en: "Requirements not met or to review")
  static func metRequirements(_ count: Int) -> LocalizedText {
    LocalizedText(vi: "\(count) yêu cầu đạt hoặc không áp dụng", en: "\(count) requirements met or not applicable")
  }
}

/// The feedback letter's sentences.
extension Messages {
  enum Letter {
    /// Who reviews a plan of this level: the Ministry for ministries and provinces, the
    /// province's department for its departments and districts.
    static func reviewer(_ level: UnitLevel?) -> LocalizedText {
      switch level {
      case .ministry?, .province?: LocalizedText(vi: "Bộ Thông tin và Truyền thông", en: "The Ministry of Information and Communications")
      default: LocalizedText(vi: "Sở Thông tin và Truyền thông", en: "The Department of Information and Communications")
      }
    }

    static func title(_ number: String?) -> LocalizedText {
      guard let number else { return LocalizedText(vi: "Ý kiến về dự thảo Kế hoạch", en: "Comments on the draft plan") }
      return LocalizedText(vi: "Ý kiến về dự thảo Kế hoạch số \(number)", en: "Comments on draft plan No. \(number)")
    }

    static func addressee(_ unit: String) -> LocalizedText { LocalizedText(vi: "Kính gửi: \(unit)", en: "To: \(unit)") }

    /// "Sở … có ý kiến về dự thảo Kế hoạch … như sau:".
    static func opening(reviewer: LocalizedText, title: String?, number: String?) -> LocalizedText {
      let name = title.map { "“\($0)”" } ?? ""
      let numberVI = number.map { " (số \($0))" } ?? ""
      let numberEN = number.map { " (No. \($0))" } ?? ""
      return LocalizedText(
        vi: "\(reviewer.vi) có ý kiến về dự thảo Kế hoạch \(name)\(numberVI) như sau:".replacingOccurrences(of: "  ", with: " "),
        en: "\(reviewer.en) has the following comments on the draft plan \(name)\(numberEN):".replacingOccurrences(of: "  ", with: " "))
    }

    static func conclusion(_ verdict: LocalizedText) -> LocalizedText {
      LocalizedText(vi: "Kết luận: \(verdict.vi)", en: "Conclusion: \(verdict.en)")
    }

    static let general = LocalizedText(vi: "Nhận xét chung", en: "General remarks")
    static let nothing = LocalizedText(
      vi: "Dự thảo đáp ứng các yêu cầu của khung hướng dẫn; không có ý kiến đề nghị sửa đổi.",
      en: "The draft meets the framework's requirements; no changes are requested.")
    static let place = LocalizedText(vi: "Vị trí", en: "Where")
    static let proposal = LocalizedText(vi: "Đề nghị", en: "Proposed change")
    static let deadlineHeading = LocalizedText(vi: "Thời hạn", en: "Deadline")

    static func deadline(unit: String?, level: UnitLevel?, date: CivilDate?, source: GuidanceSource?) -> LocalizedText {
      let who = unit ?? ""
      let askVI = "Đề nghị \(who.isEmpty ? "đơn vị" : who) tiếp thu, hoàn thiện dự thảo theo các ý kiến trên"
      let askEN = "\(who.isEmpty ? "The unit" : who) is asked to revise the draft as set out above"
      guard let date, let level else {
        return LocalizedText(
          vi: askVI + " và gửi lại theo thời hạn của cơ quan chủ trì (hướng dẫn không quy định thời hạn cho cấp đơn vị này).",
          en: askEN + " and send it back by the lead agency's deadline (the guidance sets none for this level).")
      }
      let levelName = levelName(level)
      let cite = source.map { " (\($0.citation))" } ?? ""
      return LocalizedText(
        vi: askVI + "; thời hạn gửi dự thảo kế hoạch của \(levelName.vi) là trước ngày \(date)\(cite).",
        en: askEN + "; drafts from \(levelName.en) are due before \(date)\(cite).")
    }

    static func levelName(_ level: UnitLevel) -> LocalizedText {
      switch level {
      case .ministry: LocalizedText(vi: "các bộ, cơ quan ngang bộ", en: "ministries")
      case .province: LocalizedText(vi: "các tỉnh, thành phố trực thuộc trung ương", en: "provinces")
      case .department: LocalizedText(vi: "các sở, ban, ngành", en: "provincial departments")
      case .district: LocalizedText(vi: "các huyện, thị xã, thành phố thuộc tỉnh", en: "districts")
      }
    }
  }
}
