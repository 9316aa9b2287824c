extension Messages {
  public static func sectionOutOfOrder(_ section: String, after anchor: String?, source: GuidanceSource) -> LocalizedText {
    if let anchor {
      return LocalizedText(
        vi: "Mục “\(section)” đặt sai thứ tự: theo khung phải đứng sau “\(anchor)” (theo \(source.citation)).",
        en: "Section “\(section)” is out of order: the framework puts it after “\(anchor)” (\(source.citation)).")
    }
    return LocalizedText(
      vi: "Mục “\(section)” đặt sai thứ tự so với khung kế hoạch (theo \(source.citation)).",
      en: "Section “\(section)” is out of the framework's order (\(source.citation)).")
  }

  public static func numberingGap(_ label: String, expected: String) -> LocalizedText {
    LocalizedText(
      vi: "Đánh số không liên tục: “\(label)” đứng ở chỗ phải là “\(expected)”.",
      en: "Numbering gap: “\(label)” stands where “\(expected)” is expected.")
  }

  public static func numberingDuplicate(_ label: String) -> LocalizedText {
    LocalizedText(
      vi: "Đánh số trùng: “\(label)” lặp lại số của mục trước.", en: "Duplicate number: “\(label)” repeats the previous item's.")
  }

  public static func letterNotInAlphabet(_ label: String, expected: String) -> LocalizedText {
    LocalizedText(
      vi: "“\(label)” không dùng để đánh số điểm trong văn bản hành chính (không có f, j, w, z); ở đây phải là “\(expected)”.",
      en: "“\(label)” is not used to letter points in administrative documents (no f, j, w, z); “\(expected)” is expected here.")
  }

  public static func emptySection(_ section: String) -> LocalizedText {
    LocalizedText(
      vi: "Mục “\(section)” không có nội dung; mục “nếu có” có thể bỏ hẳn, nhưng không để trống.",
      en: "Section “\(section)” has no content; an optional section may be left out, not left empty.")
  }

  public static func placeholder(_ text: String, kind: String) -> LocalizedText {
    LocalizedText(
      vi: "Còn chỗ trống của mẫu chưa điền: “\(text)” (\(kind)).",
      en: "Template slot left unfilled: “\(text)” (\(kind)).")
  }

  public static func copiedInstruction(_ quote: String, similarity: Int) -> LocalizedText {
    LocalizedText(
      vi: "Đoạn văn chép lại hướng dẫn của khung (giống \(similarity)%): “\(quote)”; cần thay bằng nội dung của đơn vị.",
      en: "This paragraph copies the framework's instruction (\(similarity)% alike): “\(quote)”; replace it with the unit's own content.")
  }

  public static func unquantifiedTarget(_ quote: String) -> LocalizedText {
    LocalizedText(
      vi: "Mục tiêu chưa được định lượng (không có con số, tỷ lệ hay thời hạn): “\(quote)”.",
      en: "Target not quantified (no number, percentage or date): “\(quote)”.")
  }

  public static func missingTopic(_ topic: String, section: String?, source: GuidanceSource) -> LocalizedText {
    let whereVi = section.map { " trong mục “\($0)”" } ?? ""
    let whereEn = section.map { " in “\($0)”" } ?? ""
    return LocalizedText(
      vi: "Kế hoạch chưa đề cập \(topic)\(whereVi) (theo \(source.citation)).",
      en: "The plan does not address \(topic)\(whereEn) (required by \(source.citation)).")
  }
}

extension Messages {
  public static func unusedSuppression(_ rule: String) -> LocalizedText {
    LocalizedText(
      vi: "Chú thích tắt quy tắc “\(rule)” không tắt phát hiện nào; hãy xóa chú thích này.",
      en: "The suppression of “\(rule)” suppresses nothing; remove it.")
  }
}
