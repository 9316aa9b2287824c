/// Messages of the draft-hygiene rules: what a Word draft still carries, and where, in words
/// a Word user can follow (paragraph numbers count the body's paragraphs from the top).
extension Messages {
  public enum Hygiene {
    /// "đoạn 3, 7, 12 và 4 đoạn khác".
    static func paragraphList(_ paragraphs: [Int]) -> LocalizedText {
      let shown = paragraphs.prefix(5).map(String.init).joined(separator: ", ")
      let more = paragraphs.count - min(paragraphs.count, 5)
      if more == 0 {
        return LocalizedText(vi: "đoạn \(shown)", en: paragraphs.count == 1 ? "paragraph \(shown)" : "paragraphs \(shown)")
      }
      return LocalizedText(vi: "đoạn \(shown) và \(more) đoạn khác", en: "paragraphs \(shown) and \(more) more")
    }

    static func trackedChanges(_ revision: WordDraftState.Revision, count: Int, paragraphs: [Int]) -> LocalizedText {
      let list = paragraphList(paragraphs)
      let (vi, en): (String, String)
      switch revision {
      case .insertion: (vi, en) = ("chỗ chèn", count == 1 ? "insertion" : "insertions")
      case .deletion: (vi, en) = ("chỗ xóa", count == 1 ? "deletion" : "deletions")
      case .move: (vi, en) = ("chỗ di chuyển", count == 1 ? "move" : "moves")
      case .formatting: (vi, en) = ("thay đổi định dạng", count == 1 ? "formatting change" : "formatting changes")
      }
      return LocalizedText(
        vi:
          "Còn \(count) \(vi) được theo dõi (Track Changes) chưa chấp nhận hoặc từ chối, ở \(list.vi). Trong Word: Review (Xem lại) → Accept/Reject (Chấp nhận/Từ chối) trước khi gửi.",
        en:
          "\(count) tracked \(en) not yet accepted or rejected, in \(list.en). In Word: Review → Accept or Reject before sending.")
    }

    static func comments(count: Int, paragraphs: [Int], first: String) -> LocalizedText {
      let quote = first.count > 60 ? String(first.prefix(60)) + "…" : first
      let place =
        paragraphs.isEmpty
        ? LocalizedText(vi: "", en: "")
        : LocalizedText(vi: ", ở \(paragraphList(paragraphs).vi)", en: ", in \(paragraphList(paragraphs).en)")
      return LocalizedText(
        vi: "Còn \(count) góp ý (comment) trong tệp\(place.vi), ví dụ “\(quote)”. Xóa góp ý trước khi gửi (Review → Delete All Comments).",
        en: "\(count) comment(s) left in the file\(place.en), e.g. “\(quote)”. Delete them before sending (Review → Delete All Comments).")
    }

    static let trackRevisionsOn = LocalizedText(
      vi:
        "Chế độ theo dõi thay đổi (Track Changes) vẫn bật: mọi sửa đổi của người nhận sẽ bị ghi lại. Tắt ở Review → Track Changes trước khi gửi.",
      en:
        "Track Changes is still switched on: every edit the recipient makes will be recorded. Switch it off (Review → Track Changes) before sending."
    )

    static func hiddenText(paragraphs: [Int]) -> LocalizedText {
      let list = paragraphList(paragraphs)
      return LocalizedText(
        vi: "Có chữ ẩn (Hidden) ở \(list.vi): người nhận bật hiển thị vẫn đọc được. Xóa hoặc bỏ định dạng ẩn (Font → Hidden).",
        en:
          "Hidden text in \(list.en): a recipient who shows hidden text can read it. Delete it or clear the Hidden format (Font → Hidden).")
    }

    static func highlight(paragraphs: [Int]) -> LocalizedText {
      let list = paragraphList(paragraphs)
      return LocalizedText(
        vi:
          "Còn chữ tô sáng (Highlight) ở \(list.vi): dấu đánh dấu khi soạn thảo. Kiểm tra lại nội dung và bỏ tô sáng (Text Highlight Color → No Color).",
        en: "Highlighted text in \(list.en): a drafting marker. Check the text and remove the highlight (Text Highlight Color → No Color).")
    }

    static let macroEnabled = LocalizedText(
      vi:
        "Tệp là tài liệu có macro (.docm): nhiều hệ thống thư điện tử và quản lý văn bản chặn loại tệp này. Lưu lại dưới dạng Word Document (.docx).",
      en:
        "The file is a macro-enabled document (.docm): many mail and document-management systems block it. Save it as a Word Document (.docx)."
    )

    static func properties(_ properties: [(name: String, value: String)]) -> LocalizedText {
      let listed = properties.map { "\($0.name) “\($0.value)”" }.joined(separator: ", ")
      return LocalizedText(
        vi: "Thuộc tính tệp ghi tên người hoặc tổ chức: \(listed). Kiểm tra trước khi gửi (File → Info → Inspect Document).",
        en: "The file's properties name a person or organisation: \(listed). Check them before sending (File → Info → Inspect Document).")
    }
  }
}
