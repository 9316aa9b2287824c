/// Messages about the set-up: the configuration file, rule ids it or a suppression names.
extension Messages {
  /// `rules:` in `.kehoach-lint.yml` names no known rule id or kind id.
  public static func unknownRuleSetting(_ id: String, suggestion: String?) -> LocalizedText {
    LocalizedText(
      vi: "không có quy tắc hay loại quy tắc “\(id)” (mục rules:)." + didYouMean(suggestion, .vi)
        + " Xem các mã bằng `kehoach-lint rules`.",
      en: "no rule or rule kind “\(id)” (under rules:)." + didYouMean(suggestion, .en) + " See the ids with `kehoach-lint rules`.")
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
