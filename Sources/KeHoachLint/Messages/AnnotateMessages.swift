/// What `annotate` writes into the Word comments and says about its inputs.
extension Messages {
  public enum Annotate {
    /// The summary comment on the title: "Kết quả kiểm tra: Chưa đạt – … · 28/31 yêu cầu đạt".
    static func summary(_ report: FileReport) -> LocalizedText {
      let coverage = report.coverage
      let findings = report.findings.count
      return LocalizedText(
        vi: "kehoach-lint – Kết quả kiểm tra: \(report.verdict.text.vi)"
          + (coverage.map { ". \($0.text(in: .vi))" } ?? "") + ". \(findings) góp ý trong văn bản.",
        en: "kehoach-lint – Result: \(report.verdict.text.en)"
          + (coverage.map { ". \($0.text(in: .en))" } ?? "") + ". \(findings) comments in the document.")
    }

    static func guidance(_ source: GuidanceSource) -> LocalizedText {
      LocalizedText(vi: "Căn cứ: \(source.citation)", en: "Guidance: \(source.citation)")
    }

    static func rule(_ id: String, severity: Severity) -> LocalizedText {
      LocalizedText(
        vi: "Quy tắc: \(id) (\(Messages.severityName(severity).vi.lowercased()))",
        en: "Rule: \(id) (\(Messages.severityName(severity).en.lowercased()))")
    }

    static let strictOOXML = LocalizedText(
      vi:
        "tệp lưu theo chuẩn Strict Open XML; chưa ghi được góp ý vào dạng này. Mở trong Word và lưu lại dạng “Word Document (.docx)”, hoặc dùng `check --format html`.",
      en:
        "the file is saved as Strict Open XML, which annotate does not write. Open it in Word and save it as “Word Document (.docx)”, or use `check --format html`."
    )

    public static func flatOPC(_ path: String) -> LocalizedText {
      LocalizedText(
        vi:
          "\(path): tệp Word XML một tệp (Flat OPC); chưa ghi được góp ý vào dạng này. Lưu lại dạng “Word Document (.docx)”, hoặc dùng `check --format html`.",
        en:
          "\(path): a single-file Word XML (Flat OPC) document, which annotate does not write. Save it as “Word Document (.docx)”, or use `check --format html`."
      )
    }

    public static func markdown(_ path: String) -> LocalizedText {
      LocalizedText(
        vi:
          "\(path): tệp Markdown không có chỗ ghi góp ý kiểu Word; dùng `kehoach-lint check --format html:BAO-CAO.html \(path)` để có báo cáo đọc được trong trình duyệt.",
        en:
          "\(path): a Markdown file has no place for Word comments; use `kehoach-lint check --format html:REPORT.html \(path)` for a report to read in a browser."
      )
    }

    public static func outputExists(_ path: String) -> LocalizedText {
      LocalizedText(
        vi: "\(path) đã có; thêm --force để ghi đè.", en: "\(path) already exists; add --force to overwrite it.")
    }

    public static func sameAsInput(_ path: String) -> LocalizedText {
      LocalizedText(
        vi: "\(path): tệp kết quả trùng tệp gốc; tệp gốc không bao giờ bị ghi.",
        en: "\(path): the output is the input itself; the input is never written.")
    }

    public static func written(_ path: String, comments: Int) -> LocalizedText {
      LocalizedText(vi: "Đã ghi \(path) (\(comments) góp ý).", en: "Wrote \(path) (\(comments) comments).")
    }

    public static let folderNeedsOutputDirectory = LocalizedText(
      vi: "annotate một thư mục cần --output-dir THƯ-MỤC.", en: "annotate on a folder needs --output-dir DIR.")

    public static let oneInputForOutput = LocalizedText(
      vi: "-o chỉ dùng với một tệp; với nhiều tệp hoặc thư mục dùng --output-dir.",
      en: "-o takes one input file; for several files or a folder use --output-dir.")

    public static func cannotWrite(_ path: String) -> LocalizedText {
      LocalizedText(vi: "Không ghi được \(path).", en: "Could not write \(path).")
    }

    /// A body of pictures or objects alone (`w:pict` straight in `w:body`): Word comments hang on paragraphs.
    static let noParagraph = LocalizedText(
      vi: "phần nội dung không có đoạn văn nào để gắn góp ý.",
      en: "the document body has no paragraph to attach a comment to.")

    static let cannotRewrite = LocalizedText(
      vi: "không đọc được cấu trúc XML của phần nội dung để chèn góp ý.",
      en: "the document part's XML could not be scanned to insert comments.")
  }
}
