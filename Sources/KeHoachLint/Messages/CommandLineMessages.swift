import Foundation

/// The command line's own lines: usage errors, set-up errors and notes on standard error.
extension Messages {
  public enum CommandLine {
    /// `--date 31/02/2020`: not a day that exists, or not dd/mm/yyyy.
    public static func invalidDate(_ text: String, option: String = "--date") -> LocalizedText {
      LocalizedText(
        vi: "\(option): “\(text)” không phải ngày hợp lệ dạng dd/mm/yyyy.",
        en: "\(option): “\(text)” is not a valid date dd/mm/yyyy.")
    }

    public static let rulesFolderNotFound = LocalizedText(
      vi: "Không tìm thấy thư mục Rules/ đi kèm; dùng --rules-dir hoặc KEHOACH_LINT_RULES.",
      en: "The bundled Rules/ folder was not found; use --rules-dir or KEHOACH_LINT_RULES.")

    public static func baselineWritten(_ count: Int, to path: String) -> LocalizedText {
      LocalizedText(
        vi: "Đã ghi \(count) phát hiện vào \(path).", en: "Wrote \(count) finding\(count == 1 ? "" : "s") to \(path).")
    }

    /// "baseline.json: 2 mục không còn được tìm thấy (đã sửa?) …", then one line per entry.
    public static func staleBaseline(_ entries: [(file: String, rule: String)], baseline: String) -> LocalizedText {
      let list = entries.map { "  \($0.file): \($0.rule)" }.joined(separator: "\n")
      return LocalizedText(
        vi: "\(baseline): \(entries.count) mục không còn được tìm thấy (đã sửa); làm mới bằng --write-baseline \(baseline):\n\(list)",
        en:
          "\(baseline): \(entries.count) entr\(entries.count == 1 ? "y" : "ies") no longer found (fixed); refresh with --write-baseline \(baseline):\n\(list)"
      )
    }

    public static let oneFormatOnScreen = LocalizedText(
      vi: "--format: chỉ một định dạng được in ra màn hình; hãy ghi các định dạng khác ra tệp (--format sarif:ket-qua.sarif).",
      en: "--format: only one format can print to the screen; write the others to files (--format sarif:results.sarif).")

    public static func folderOnlyForScoreboard(_ target: String) -> LocalizedText {
      LocalizedText(
        vi: "--format \(target): thư mục chỉ dùng cho bảng tổng hợp (--summary với html, csv, markdown).",
        en: "--format \(target): a folder is only for the scoreboard (--summary with html, csv, markdown).")
    }

    /// What could not be written, and why (from the system's error code, not its English text).
    public enum Output: Sendable { case folder, report, summary }

    public static func cannotWrite(_ output: Output, path: String, error: any Error) -> LocalizedText {
      let what: LocalizedText =
        switch output {
        case .folder: LocalizedText(vi: "không tạo được thư mục", en: "cannot create the folder")
        case .report: LocalizedText(vi: "không ghi được báo cáo", en: "cannot write the report")
        case .summary: LocalizedText(vi: "không ghi được tóm tắt", en: "cannot write the summary")
        }
      let why = writeFailure(error)
      return LocalizedText(vi: "\(path): \(what.vi) (\(why.vi)).", en: "\(path): \(what.en) (\(why.en)).")
    }

    static func writeFailure(_ error: any Error) -> LocalizedText {
      let code = (error as? CocoaError)?.code
      let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).flatMap {
        $0.domain == NSPOSIXErrorDomain ? $0.code : nil
      }
      if code == .fileWriteNoPermission || posix == Int(EACCES) || posix == Int(EPERM) {
        return LocalizedText(vi: "không có quyền ghi", en: "permission denied")
      }
      if code == .fileNoSuchFile || code == .fileWriteInvalidFileName || posix == Int(ENOENT) {
        return LocalizedText(vi: "thư mục chứa không tồn tại", en: "the containing folder does not exist")
      }
      if code == .fileWriteOutOfSpace || posix == Int(ENOSPC) { return LocalizedText(vi: "hết dung lượng đĩa", en: "the disk is full") }
      if code == .fileWriteVolumeReadOnly || posix == Int(EROFS) {
        return LocalizedText(vi: "ổ đĩa chỉ đọc", en: "read-only file system")
      }
      if posix == Int(EISDIR) { return LocalizedText(vi: "là một thư mục", en: "it is a folder") }
      return LocalizedText(vi: "lỗi hệ thống tệp", en: "file system error")
    }

    public static func unknownRule(_ id: String) -> LocalizedText {
      LocalizedText(vi: "Không có quy tắc “\(id)”; xem `kehoach-lint rules`.", en: "No rule “\(id)”; see `kehoach-lint rules`.")
    }

    /// The `--timings` table's words.
    public static let timingsHeader = LocalizedText(vi: "Bước / quy tắc", en: "Step / rule")

    public static func timingsTotal(jobs: Int) -> LocalizedText {
      guard jobs > 1 else { return LocalizedText(vi: "Tổng", en: "Total") }
      return LocalizedText(vi: "Tổng (cộng dồn trên \(jobs) luồng)", en: "Total (summed over \(jobs) threads)")
    }
  }
}
