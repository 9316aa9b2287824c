/// Message factories: every text a user reads, in Vietnamese and English, built in one place
/// and quoting the offending text.
public enum Messages {
  public static func missingSection(_ section: String, parent: String?, before next: String?, source: GuidanceSource) -> LocalizedText {
    var vi = "Thiếu mục bắt buộc “\(section)”"
    var en = "Missing mandatory section “\(section)”"
    if let parent {
      vi += " trong “\(parent)”"
      en += " in “\(parent)”"
    }
    if let next {
      vi += "; mục này cần đặt trước “\(next)”"
      en += "; it belongs before “\(next)”"
    }
    vi += " (theo \(source.citation))."
    en += " (required by \(source.citation))."
    return LocalizedText(vi: vi, en: en)
  }

  public static func nearMissSection(_ written: String, framework: String, source: GuidanceSource) -> LocalizedText {
    LocalizedText(
      vi: "Mục “\(written)” được hiểu là mục “\(framework)”; nên ghi đúng tên mục theo khung (\(source.citation)).",
      en: "Section “\(written)” is taken as “\(framework)”; use the framework's title (\(source.citation)).")
  }

  public static func profileNotDetected(known: [Profile]) -> LocalizedText {
    let names = known.map(\.id).joined(separator: ", ")
    return LocalizedText(
      vi:
        "Không xác định được loại kế hoạch từ tiêu đề (ví dụ “giai đoạn 2021-2025” hoặc “năm 2021”); hãy chỉ rõ bằng --profile (\(names)).",
      en: "Could not tell the kind of plan from its title (e.g. “giai đoạn 2021-2025” or “năm 2021”); name it with --profile (\(names))."
    )
  }

  /// No framework's title matched; the base profile's checks ran instead.
  public static func noFrameworkMatched(known: [Profile], base: String) -> LocalizedText {
    let names = known.map(\.id).joined(separator: ", ")
    return LocalizedText(
      vi:
        "Tiêu đề không khớp khung hướng dẫn nào (ví dụ “giai đoạn 2021-2025” hoặc “năm 2021”): chỉ kiểm tra các quy tắc chung của khung \(base) (số ký hiệu, ngày tháng văn bản, chỗ trống). Để kiểm tra theo một khung, chọn bằng --profile hoặc `profile:` trong .kehoach-lint.yml (\(names)).",
      en:
        "The title matches no framework (e.g. “giai đoạn 2021-2025” or “năm 2021”): only the common checks of profile \(base) ran (document numbers, dates, blanks). To check against a framework, choose it with --profile or `profile:` in .kehoach-lint.yml (\(names))."
    )
  }

  /// The message of an example-list rule: something to consider, not a requirement.
  public static func consider(_ message: LocalizedText) -> LocalizedText {
    LocalizedText(vi: "Cân nhắc (hướng dẫn chỉ nêu gợi ý): \(message.vi)", en: "Consider (the guidance only suggests it): \(message.en)")
  }

  public static func error(_ error: KeHoachLintError) -> LocalizedText {
    switch error {
    case .fileNotFound(let path):
      LocalizedText(vi: "\(path): không tìm thấy tệp.", en: "\(path): file not found.")
    case .unreadable(let path, let reason):
      LocalizedText(vi: "\(path): không đọc được tệp (\(reason.vi)).", en: "\(path): cannot read the file (\(reason.en)).")
    case .isDirectory(let path):
      LocalizedText(vi: "\(path): là thư mục, không phải tệp kế hoạch.", en: "\(path): is a folder, not a plan file.")
    case .emptyFile(let path):
      LocalizedText(vi: "\(path): tệp rỗng.", en: "\(path): the file is empty.")
    case .notUTF8(let path, let detail):
      LocalizedText(
        vi: "\(path): không phải văn bản UTF-8 (\(detail.vi)); hãy lưu lại tệp với bảng mã Unicode UTF-8.",
        en: "\(path): not UTF-8 text (\(detail.en)); save the file as Unicode UTF-8.")
    case .unsupportedFormat(let path):
      LocalizedText(
        vi: "\(path): định dạng không được hỗ trợ (dùng .md, .docx hoặc document.xml).",
        en: "\(path): unsupported format (use .md, .docx or document.xml).")
    case .legacyWordDocument(let path):
      LocalizedText(
        vi: "\(path): là tệp Word cũ (.doc, OLE); hãy lưu lại dưới dạng .docx.",
        en: "\(path): is a legacy Word file (.doc, OLE); save it as .docx.")
    case .encryptedDocument(let path):
      LocalizedText(
        vi: "\(path): tệp Word được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu rồi kiểm tra lại.",
        en: "\(path): the Word file is password-protected (encrypted); remove the password and check again.")
    case .corruptArchive(let path, let reason):
      LocalizedText(vi: "\(path): tệp ZIP/DOCX bị hỏng (\(reason.vi)).", en: "\(path): corrupt ZIP/DOCX file (\(reason.en)).")
    case .notAWordDocument(let path, let reason):
      LocalizedText(vi: "\(path): không phải văn bản Word (\(reason.vi)).", en: "\(path): not a Word document (\(reason.en)).")
    case .limitExceeded(let path, let limit):
      LocalizedText(vi: "\(path): vượt giới hạn an toàn (\(limit.vi)).", en: "\(path): exceeds a safety limit (\(limit.en)).")
    case .malformedXML(let path, let part, let reason):
      LocalizedText(vi: "\(path): XML lỗi trong \(part) (\(reason.vi)).", en: "\(path): malformed XML in \(part) (\(reason.en)).")
    case .noPlansFound(let path):
      LocalizedText(
        vi: "không tìm thấy kế hoạch nào trong \(path) (tệp .md, .docx; xem include và exclude trong \(ProjectConfiguration.fileName)).",
        en: "no plan found in \(path) (.md, .docx files; see include and exclude in \(ProjectConfiguration.fileName)).")
    case .rulePack(let file, let line, let column, let reason):
      LocalizedText(
        vi: "\(position(file, line, column)): \(reason.vi).", en: "\(position(file, line, column)): \(reason.en).")
    case .unknownProfile(let id, let known):
      LocalizedText(
        vi: "Không có bộ quy tắc “\(id)”; các bộ hiện có: \(known.joined(separator: ", ")).",
        en: "No profile “\(id)”; available: \(known.joined(separator: ", ")).")
    case .configuration(let file, let line, let column, let problem):
      configurationError(file: file, line: line, column: column, problem: problem)
    }
  }

  private static func position(_ file: String, _ line: Int?, _ column: Int?) -> String {
    guard let line else { return file }
    guard let column else { return "\(file):\(line)" }
    return "\(file):\(line):\(column)"
  }
}
