/// Messages about the set-up: the configuration file, rule ids it or a suppression names.
extension Messages {
  /// `rules:` in `.kehoach-lint.yml` names no known rule id or kind id.
  public static func unknownRuleSetting(_ id: String, suggestion: String?) -> LocalizedText {
    LocalizedText(
      vi: "không có quy tắc hay loại quy tắc “\(id)” (mục rules:)." + didYouMean(suggestion, .vi)
        + " Xem các mã bằng `kehoach-lint rules`.",
      en: "no rule or rule kind “\(id)” (under rules:)." + didYouMean(suggestion, .en) + " See the ids with `kehoach-lint rules`.")
  }

  /// A waiver in `.kehoach-lint.yml` names no known rule id or kind id.
  public static func unknownRuleInWaiver(_ id: String, suggestion: String?) -> LocalizedText {
    LocalizedText(
      vi: "miễn trừ (waivers:) ghi quy tắc “\(id)”, nhưng không có quy tắc hay loại quy tắc nào mang mã này." + didYouMean(suggestion, .vi),
      en: "a waiver (under waivers:) names the rule “\(id)”, but no rule or rule kind has that id." + didYouMean(suggestion, .en))
  }

  /// A waiver past its `expires` date.
  static func expiredWaiver(_ waiver: Waiver) -> LocalizedText {
    let date = waiver.expires?.description ?? ""
    return LocalizedText(
      vi:
        "Miễn trừ quy tắc “\(waiver.rule)” (\(waiver.approvedBy)) đã hết hạn ngày \(date) nên không còn tác dụng; gia hạn kèm văn bản chấp thuận mới hoặc xóa miễn trừ.",
      en:
        "The waiver of “\(waiver.rule)” (approved by “\(waiver.approvedBy)”) expired on \(date) and no longer waives anything; renew it with a new approval or remove it."
    )
  }

  /// A live waiver that covered no finding.
  static func unusedWaiver(_ waiver: Waiver) -> LocalizedText {
    var scope = ""
    var scopeEN = ""
    if let file = waiver.file {
      scope += " tệp \(file)"
      scopeEN += " file \(file)"
    }
    if let section = waiver.section {
      scope += " mục \(section)"
      scopeEN += " section \(section)"
    }
    return LocalizedText(
      vi:
        "Miễn trừ quy tắc “\(waiver.rule)”\(scope.isEmpty ? "" : " (" + scope.dropFirst() + ")") không khớp phát hiện nào; xóa hoặc sửa miễn trừ.",
      en: "The waiver of “\(waiver.rule)”\(scopeEN.isEmpty ? "" : " (" + scopeEN.dropFirst() + ")") waives nothing; remove or correct it.")
  }

  /// An inline suppression names no known rule id or kind id.
  public static func unknownRuleInSuppression(_ id: String, suggestion: String?) -> LocalizedText {
    LocalizedText(
      vi: "Chú thích tắt quy tắc ghi “\(id)”, nhưng không có quy tắc hay loại quy tắc nào mang mã này nên chú thích không tắt được gì."
        + didYouMean(suggestion, .vi),
      en: "The suppression names “\(id)”, but no rule or rule kind has that id, so it suppresses nothing." + didYouMean(suggestion, .en))
  }

  /// `explain` (or another listing) was asked about an id no rule or kind has.
  public static func noSuchRule(_ id: String, suggestion: String?) -> LocalizedText {
    LocalizedText(
      vi: "Không có quy tắc “\(id)”." + didYouMean(suggestion, .vi) + " Xem các mã bằng `kehoach-lint rules`.",
      en: "No rule “\(id)”." + didYouMean(suggestion, .en) + " See the ids with `kehoach-lint rules`.")
  }

  /// A configuration error at `file:line:column`.
  static func configurationError(file: String, line: Int?, column: Int?, problem: LocalizedText) -> LocalizedText {
    var place = file
    if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    return LocalizedText(vi: "\(place): lỗi cấu hình: \(problem.vi)", en: "\(place): configuration error: \(problem.en)")
  }

  private static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
    guard let suggestion else { return "" }
    return language == .vi ? " Có phải ý bạn là `\(suggestion)`?" : " Did you mean `\(suggestion)`?"
  }
}
