/// Messages of `kehoach-lint diff`: two drafts of a plan compared.
extension Messages {
  public enum Diff {
    static let title = LocalizedText(vi: "So sánh hai bản dự thảo", en: "Comparison of two drafts")
    static let fixed = LocalizedText(vi: "Đã tiếp thu (đã sửa)", en: "Addressed (fixed)")
    static let introduced = LocalizedText(vi: "Phát hiện mới", en: "New findings")
    static let persisting = LocalizedText(vi: "Chưa tiếp thu (vẫn còn)", en: "Not addressed (still there)")
    static let verdicts = LocalizedText(vi: "Yêu cầu đổi kết quả", en: "Requirements whose verdict changed")
    static let figures = LocalizedText(vi: "Số liệu kinh phí thay đổi", en: "Budget figures that changed")
    static let onlyOld = LocalizedText(vi: "Chỉ có ở bản cũ (không ghép được)", en: "Only in the old folder (unpaired)")
    static let onlyNew = LocalizedText(vi: "Chỉ có ở bản mới (không ghép được)", en: "Only in the new folder (unpaired)")
    static let status = LocalizedText(vi: "Tình trạng", en: "Status")
    static let addressed = LocalizedText(vi: "Đã tiếp thu", en: "Addressed")
    static let notAddressed = LocalizedText(vi: "Chưa tiếp thu", en: "Not addressed")
    static let new = LocalizedText(vi: "Mới", en: "New")
    static let before = LocalizedText(vi: "Bản cũ", en: "Old draft")
    static let after = LocalizedText(vi: "Bản mới", en: "New draft")
    static let none = LocalizedText(vi: "—", en: "—")

    static func figure(_ figure: DraftComparison.FigureChange.Figure) -> LocalizedText {
      switch figure {
      case .total: LocalizedText(vi: "Tổng kinh phí (cộng từ danh mục)", en: "Total budget (summed from the project list)")
      case .statedTotal: LocalizedText(vi: "Tổng kinh phí ghi trong kế hoạch", en: "Total budget as stated")
      case .securityAmount: LocalizedText(vi: "Kinh phí an toàn thông tin", en: "Information security spending")
      case .securityShare: LocalizedText(vi: "Tỷ lệ kinh phí an toàn thông tin", en: "Information security share")
      }
    }

    /// "3 đã tiếp thu, 1 mới, 2 chưa tiếp thu".
    static func counts(_ comparison: DraftComparison) -> LocalizedText {
      let (fixed, new, kept) = (comparison.fixed.count, comparison.introduced.count, comparison.persisting.count)
      return LocalizedText(
        vi: "\(fixed) đã tiếp thu, \(new) mới, \(kept) chưa tiếp thu",
        en: "\(fixed) addressed, \(new) new, \(kept) not addressed")
    }
  }
}
