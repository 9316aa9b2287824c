import Foundation
import KeHoachLint

/// The server's own words (the reports bring theirs): Vietnamese first, English with `?lang=en`.
enum ServerText {
  static let pageTitle = LocalizedText(vi: "Tự kiểm tra dự thảo kế hoạch", en: "Check a draft plan")
  static let intro = LocalizedText(
    vi:
      "Chọn dự thảo kế hoạch ứng dụng CNTT / chuyển đổi số (tệp Word .docx hoặc Markdown .md) để nhận báo cáo như cán bộ thẩm định sẽ đọc, kèm bản dự thảo có góp ý dạng Word comment.",
    en:
      "Choose a draft IT application / digital transformation plan (Word .docx or Markdown .md) to get the report a reviewer would read, with the draft returned with Word comments."
  )
  static let files = LocalizedText(
    vi: "Tệp dự thảo (chọn hoặc kéo thả một hay nhiều tệp)", en: "Draft files (choose or drop one or several)")
  static let framework = LocalizedText(vi: "Khung kế hoạch", en: "Framework")
  static let autoDetect = LocalizedText(vi: "Tự nhận diện từ tiêu đề", en: "Detect from the title")
  static let level = LocalizedText(vi: "Cấp của đơn vị", en: "Unit level")
  static let levelFromHeader = LocalizedText(vi: "Đọc từ phần đầu văn bản", en: "Read from the document's header")
  static let submit = LocalizedText(vi: "Kiểm tra", en: "Check")
  static let privacy = LocalizedText(
    vi: "Tệp chỉ được đọc trong bộ nhớ, không lưu xuống đĩa và không ghi vào nhật ký; các tệp tải về được giữ tối đa %d phút rồi xoá.",
    en: "Files are read in memory only, never written to disk nor logged; downloads are kept for at most %d minutes, then dropped.")
  static let otherLanguage = LocalizedText(vi: "English", en: "Tiếng Việt")
  static let checkAnother = LocalizedText(vi: "Kiểm tra tệp khác", en: "Check another file")
  static let downloads = LocalizedText(vi: "Tải về", en: "Downloads")
  static let annotated = LocalizedText(vi: "Dự thảo có góp ý (Word)", en: "Draft with comments (Word)")
  static let letter = LocalizedText(vi: "Thư góp ý (Word)", en: "Feedback letter (Word)")
  static let json = LocalizedText(vi: "Kết quả JSON", en: "JSON results")
  static let sarif = LocalizedText(vi: "Kết quả SARIF", en: "SARIF results")
  static let downloadsExpire = LocalizedText(
    vi: "Các tệp tải về được giữ trong bộ nhớ %d phút.", en: "Downloads are kept in memory for %d minutes.")
  static let downloadsNotKept = LocalizedText(
    vi: "Kết quả quá lớn để giữ lại cho tải về; hãy dùng lệnh kehoach-lint annotate trên máy.",
    en: "The results are too large to keep for download; run kehoach-lint annotate locally.")
  static let cannotCheck = LocalizedText(vi: "Không kiểm tra được tệp", en: "The file could not be checked")
  static let noFile = LocalizedText(vi: "Chưa chọn tệp nào để kiểm tra.", en: "No file was chosen.")
  static let notAForm = LocalizedText(
    vi: "Yêu cầu không phải biểu mẫu tải tệp (multipart/form-data) hợp lệ.",
    en: "The request is not a valid file upload form (multipart/form-data).")
  static let tooManyParts = LocalizedText(
    vi: "Biểu mẫu có quá nhiều tệp (tối đa %d).", en: "The form has too many parts (at most %d).")
  static let tooLargeTitle = LocalizedText(vi: "Tệp quá lớn", en: "File too large")
  static let tooLarge = LocalizedText(
    vi: "Tệp tải lên vượt quá giới hạn %d MB của máy chủ. Dự thảo kế hoạch thường chỉ vài MB: hãy nén hoặc bỏ bớt hình ảnh rồi thử lại.",
    en: "The upload is over the server's %d MB limit. A draft plan is usually a few MB: compress or remove images and try again.")
  static let busyTitle = LocalizedText(vi: "Máy chủ đang bận", en: "Server busy")
  static let busy = LocalizedText(
    vi: "Máy chủ đang kiểm tra nhiều tệp cùng lúc. Vui lòng thử lại sau %d giây.",
    en: "The server is checking many files at once. Please try again in %d seconds.")
  static let timeoutTitle = LocalizedText(vi: "Quá thời gian kiểm tra", en: "Check took too long")
  static let timeout = LocalizedText(
    vi: "Việc kiểm tra vượt quá %d giây và đã bị dừng chờ. Vui lòng thử lại sau, hoặc dùng lệnh kehoach-lint check trên máy.",
    en: "The check took longer than %d seconds. Please try again later, or run kehoach-lint check locally.")
  static let notFoundTitle = LocalizedText(vi: "Không tìm thấy", en: "Not found")
  static let notFound = LocalizedText(
    vi: "Không có trang này, hoặc tệp tải về đã hết hạn (các tệp chỉ được giữ ít phút). Hãy kiểm tra lại dự thảo.",
    en: "No such page, or the download has expired (downloads are kept for a few minutes). Check the draft again.")
  static let badRequestTitle = LocalizedText(vi: "Yêu cầu không hợp lệ", en: "Bad request")
  static let missingFileName = LocalizedText(
    vi: "Thiếu tên tệp: gửi multipart/form-data, hoặc nội dung tệp kèm tiêu đề X-File-Name (mã hoá phần trăm).",
    en: "No file name: send multipart/form-data, or the file's bytes with an X-File-Name header (percent-encoded).")
  static let unknownLevel = LocalizedText(
    vi: "Cấp đơn vị “%@” không có; dùng bo, tinh, so hoặc huyen.", en: "No unit level “%@”; use bo, tinh, so or huyen.")

  static func levelName(_ level: UnitLevel) -> LocalizedText {
    switch level {
    case .ministry: LocalizedText(vi: "Bộ, cơ quan ngang bộ", en: "Ministry or equivalent body")
    case .province: LocalizedText(vi: "UBND tỉnh, thành phố", en: "Provincial People's Committee")
    case .department: LocalizedText(vi: "Sở, ban, ngành thuộc tỉnh", en: "Provincial department")
    case .district: LocalizedText(vi: "UBND huyện, thị xã", en: "District People's Committee")
    }
  }
}

extension LocalizedText {
  /// The text with `%d` replaced by `number`.
  func text(in language: Language, _ number: Int) -> String {
    text(in: language).replacingOccurrences(of: "%d", with: String(number))
  }

  /// The text with `%@` replaced by `value`.
  func text(in language: Language, _ value: String) -> String {
    text(in: language).replacingOccurrences(of: "%@", with: value)
  }
}
