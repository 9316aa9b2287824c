/// Labels of the plan facts the reports show (citations, budget), in Vietnamese and English.
extension Messages {
  enum Facts {
    static let computedTotal = LocalizedText(
      vi: "Tổng kinh phí (cộng từ danh mục)", en: "Total budget (sum of the list)")
    static let statedTotal = LocalizedText(vi: "Dòng tổng cộng kế hoạch ghi", en: "Total row as the plan states it")
    static let perYearDerived = LocalizedText(
      vi: "Kinh phí theo năm được tính ra: mỗi nhiệm vụ nhiều năm chia đều cho các năm thực hiện (danh mục không có cột năm).",
      en: "Spending per year is derived: each multi-year task is spread evenly over its years (the list has no year columns).")
    static let perYearStated = LocalizedText(
      vi: "Kinh phí theo năm lấy từ các cột năm của danh mục.", en: "Spending per year is read from the list's year columns.")
    static let securityRows = LocalizedText(
      vi: "Các dòng được tính là an toàn thông tin", en: "Rows counted as information security")
    static let noSecurityRows = LocalizedText(
      vi: "Không dòng nào của danh mục được tính là an toàn thông tin.", en: "No row of the list counts as information security.")
    static let securityNotCounted = LocalizedText(
      vi: "Khung kế hoạch này không quy định tỷ lệ chi an toàn thông tin; không tính tỷ lệ.",
      en: "This framework sets no security share; none is computed.")
    static let task = LocalizedText(vi: "Nhiệm vụ, dự án", en: "Task or project")
    static let amount = LocalizedText(vi: "Kinh phí", en: "Amount")
    static let catalogEntry = LocalizedText(vi: "Danh mục văn bản", en: "Catalog entry")

    static func coverage(_ coverage: ReviewCoverage) -> LocalizedText {
      LocalizedText(
        vi: "\(coverage.list): kế hoạch nhắc tới \(coverage.mentioned.count)/\(coverage.total) văn bản đề nghị rà soát.",
        en: "\(coverage.list): the plan mentions \(coverage.mentioned.count) of \(coverage.total) documents to review.")
    }

    static let notMentioned = LocalizedText(vi: "Chưa nhắc tới", en: "Not mentioned")
  }
}
