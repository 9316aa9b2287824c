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

  public static func numberingStyle(_ label: String, title: String, expected: String) -> LocalizedText {
    LocalizedText(
      vi: "Nhãn mục viết chưa đúng kiểu: “\(label) \(title)” là mục “\(expected)” trong dãy số La Mã; nên ghi “\(expected)”.",
      en: "Label written in the wrong style: “\(label) \(title)” is section “\(expected)” of the Roman series; write “\(expected)”.")
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

  /// What kind of template slot a placeholder finding is about.
  public enum PlaceholderKind: Sendable, Hashable {
    /// A pattern of the rule pack, with its name there.
    case pattern(LocalizedText)
    /// A field label ending in ":" with nothing after it.
    case emptyField
    /// "Số: /KH-UBND": the document number left blank.
    case blankDocumentNumber
    /// "…, ngày … tháng … năm …" without a day.
    case blankDate

    var name: LocalizedText {
      switch self {
      case .pattern(let name): name
      case .emptyField: LocalizedText(vi: "trường chưa điền", en: "empty field")
      case .blankDocumentNumber: LocalizedText(vi: "số văn bản bỏ trống", en: "document number left blank")
      case .blankDate: LocalizedText(vi: "ngày tháng bỏ trống", en: "date left blank")
      }
    }
  }

  public static func placeholder(_ text: String, kind: PlaceholderKind) -> LocalizedText {
    LocalizedText(
      vi: "Còn chỗ trống của mẫu chưa điền: “\(text)” (\(kind.name.vi)).",
      en: "Template slot left unfilled: “\(text)” (\(kind.name.en)).")
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

  public static func missingTopic(_ topic: LocalizedText, section: String?, source: GuidanceSource) -> LocalizedText {
    let whereVi = section.map { " trong mục “\($0)”" } ?? ""
    let whereEn = section.map { " in “\($0)”" } ?? ""
    return LocalizedText(
      vi: "Kế hoạch chưa đề cập \(topic.vi)\(whereVi) (theo \(source.citation)).",
      en: "The plan does not address \(topic.en)\(whereEn) (required by \(source.citation)).")
  }
}

extension Messages {
  public static func unusedSuppression(_ rule: String) -> LocalizedText {
    LocalizedText(
      vi: "Chú thích tắt quy tắc “\(rule)” không tắt phát hiện nào; hãy xóa chú thích này.",
      en: "The suppression of “\(rule)” suppresses nothing; remove it.")
  }
}

extension Messages {
  public static func legacyEncoding(_ encoding: String) -> LocalizedText {
    LocalizedText(
      vi:
        "Tệp dùng bảng mã \(encoding), không phải Unicode; đã chuyển sang Unicode để kiểm tra. Văn bản hành chính phải dùng phông chữ Unicode (TCVN 6909:2001): hãy chuyển mã tệp.",
      en:
        "The file is in the \(encoding) encoding, not Unicode; it was converted to be checked. Administrative documents must use Unicode fonts (TCVN 6909:2001): convert the file."
    )
  }
}
