/// What `fix` says, and how a fix is named in reports.
extension Messages {
  public enum Fix {
    /// "Sửa “749/NQ-TTg” thành “749/QĐ-TTg”" (one replacement) or the first and a count.
    static func sarifDescription(_ replacements: [TextReplacement]) -> LocalizedText {
      guard let first = replacements.first else { return LocalizedText(vi: "Sửa", en: "Fix") }
      let more = replacements.count - 1
      return LocalizedText(
        vi: "Sửa “\(first.oldText)” thành “\(first.newText)”" + (more > 0 ? " và \(more) chỗ khác" : ""),
        en: "Replace “\(first.oldText)” with “\(first.newText)”" + (more > 0 ? " and \(more) more" : ""))
    }

    /// What `explain` and `rules` say of a kind that attaches safe fixes.
    public static let canFix = LocalizedText(
      vi: "Có thể tự sửa (kehoach-lint fix): chỉ khi biết chắc văn bản đúng.",
      en: "Can fix (kehoach-lint fix): only where the one right text is known.")

    /// Why a replacement was left out of the output.
    public enum SkipReason: Sendable, Hashable {
      /// The text at the place is not the text the finding saw.
      case textDiffers
      /// The range overlaps another replacement already applied.
      case overlaps
      /// The paragraph's text is not plain runs the fixer can split exactly (fields, symbols,
      /// content controls, revisions already there, text found more than once).
      case notLocated
    }

    public static func skipped(_ replacement: TextReplacement, file: String, reason: SkipReason) -> LocalizedText {
      let place =
        replacement.paragraph.map { "đoạn \($0)" } ?? replacement.line.map { "dòng \($0)" } ?? ""
      let placeEN = replacement.paragraph.map { "paragraph \($0)" } ?? replacement.line.map { "line \($0)" } ?? ""
      let why: LocalizedText
      switch reason {
      case .textDiffers:
        why = LocalizedText(vi: "văn bản tại chỗ đó đã khác", en: "the text there is not what was checked")
      case .overlaps:
        why = LocalizedText(vi: "trùng chỗ với một sửa đổi khác", en: "it overlaps another change")
      case .notLocated:
        why = LocalizedText(
          vi: "không xác định chính xác được vị trí trong các run của Word (trường, ký hiệu, điều khiển nội dung, sửa đổi có sẵn)",
          en: "its place in Word's runs could not be located exactly (fields, symbols, content controls, existing revisions)")
      }
      return LocalizedText(
        vi: "\(file): \(place): bỏ qua sửa “\(replacement.oldText)” → “\(replacement.newText)”: \(why.vi).",
        en: "\(file): \(placeEN): skipped “\(replacement.oldText)” → “\(replacement.newText)”: \(why.en).")
    }

    public static func skipped(_ fix: PageSetupFix, file: String, reason: SkipReason) -> LocalizedText {
      let why =
        reason == .textDiffers
        ? LocalizedText(vi: "khổ giấy hoặc lề trong tệp đã khác", en: "the file's paper or margins are not what was checked")
        : LocalizedText(
          vi: "không xác định chắc chắn được thuộc tính section (w:sectPr) hoặc đã có sửa đổi theo dõi trên đó",
          en: "its section properties (w:sectPr) could not be located for certain, or already hold a tracked change")
      return LocalizedText(
        vi: "\(file): section \(fix.section): bỏ qua sửa khổ giấy, lề: \(why.vi).",
        en: "\(file): section \(fix.section): skipped the paper and margins change: \(why.en).")
    }

    public static func summary(_ file: String, applied: Int, skipped: Int) -> LocalizedText {
      LocalizedText(
        vi: "\(file): \(applied) sửa đổi" + (skipped > 0 ? ", bỏ qua \(skipped)" : "") + ".",
        en: "\(file): \(applied) changes" + (skipped > 0 ? ", \(skipped) skipped" : "") + ".")
    }

    public static func written(_ path: String, changes: Int, comments: Int) -> LocalizedText {
      LocalizedText(
        vi: "Đã ghi \(path): \(changes) sửa đổi theo dõi (Track Changes)" + (comments > 0 ? ", \(comments) góp ý" : "")
          + "; mở trong Word, thẻ Review để chấp nhận hoặc từ chối từng sửa đổi.",
        en: "Wrote \(path): \(changes) tracked changes" + (comments > 0 ? ", \(comments) comments" : "")
          + "; open it in Word and accept or reject each change on the Review tab.")
    }

    public static let noFixes = LocalizedText(vi: "Không có lỗi nào tự sửa được.", en: "Nothing to fix safely.")

    public static func notUTF8(_ path: String) -> LocalizedText {
      LocalizedText(
        vi: "\(path): tệp không phải UTF-8; fix không ghi lại tệp mã hóa khác. Lưu lại dạng UTF-8 rồi chạy lại.",
        en: "\(path): not UTF-8; fix does not rewrite other encodings. Save it as UTF-8 and run again.")
    }

    public static func unsupported(_ path: String) -> LocalizedText {
      LocalizedText(
        vi: "\(path): fix nhận tệp Markdown (.md) hoặc Word (.docx).",
        en: "\(path): fix takes a Markdown (.md) or Word (.docx) file.")
    }
  }
}
