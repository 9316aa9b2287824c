/// Why an input could not be read, in Vietnamese and English: the cause inside the error line
/// (`KeHoachLintError.unreadable`, `.corruptArchive`, `.notAWordDocument`, `.malformedXML`,
/// `.limitExceeded`, `.notUTF8`). Text that comes from a library (libxml2, the C library) is
/// quoted as it is.
extension Messages {
  public enum Input {
    public static func text(_ vi: String, _ en: String) -> LocalizedText { LocalizedText(vi: vi, en: en) }

    // Reading the file
    public static let symbolicLinkLoop = text("vòng lặp liên kết tượng trưng", "symbolic link loop")
    public static let permissionDenied = text("không có quyền đọc", "permission denied")
    public static let notRegularFile = text(
      "không phải tệp thông thường (thiết bị, đường ống hoặc socket)", "not a regular file (a device, pipe or socket)")
    public static func system(_ message: String) -> LocalizedText { text("hệ thống báo “\(message)”", message) }
    public static func fileTooLarge(megabytes: Int) -> LocalizedText {
      text("tệp lớn hơn \(megabytes) MB", "file larger than \(megabytes) MB")
    }
    public static let pdf = text("là tệp PDF; hãy gửi bản .docx hoặc .md", "a PDF file; send the .docx or .md")
    public static func cannotWriteBaseline(_ error: String) -> LocalizedText {
      text("không ghi được baseline (“\(error)”)", "cannot write the baseline: \(error)")
    }

    // Encodings
    public static let invalidUTF16 = text("UTF-16 không hợp lệ", "invalid UTF-16")
    public static let invalidUTF16WithoutMark = text(
      "UTF-16 không hợp lệ (không có dấu thứ tự byte)", "invalid UTF-16 (no byte-order mark)")
    public static func invalidBytes(line: Int) -> LocalizedText {
      text("chuỗi byte không hợp lệ ở dòng \(line)", "invalid byte sequence on line \(line)")
    }

    // The ZIP package
    public static let noZipEnd = text(
      "không thấy phần cuối thư mục ZIP (tệp bị cắt cụt hoặc hỏng)", "no end of the ZIP directory (truncated or damaged)")
    public static let noZipDirectory = text(
      "không đọc được thư mục ZIP (tệp bị cắt cụt hoặc hỏng)", "no readable ZIP directory (truncated or damaged)")
    public static let notAZip = text(
      "không phải gói ZIP, dù có đuôi tệp Word (tải về lỗi hoặc đổi tên tệp)",
      "not a ZIP package despite its Word name (a broken download or a renamed file)")
    public static let noZipEntries = text("không có mục ZIP nào đọc được", "no readable ZIP entries")
    public static func cannotInflate(_ part: String) -> LocalizedText { text("không giải nén được \(part)", "\(part) cannot be inflated") }
    public static func checksumMismatch(_ part: String) -> LocalizedText {
      text("\(part): sai mã kiểm tra CRC-32", "\(part): CRC-32 mismatch")
    }
    public static let cannotStage = text("không chuẩn bị được tệp ZIP để đọc", "cannot stage the ZIP archive for reading")

    // Word parts
    public static let noDocumentPart = text("thiếu phần w:document", "no w:document part")
    public static func mainPartMissing(_ part: String) -> LocalizedText {
      text("thiếu phần chính \(part)", "the main part \(part) is missing")
    }
    public static func mainPartNotWord(_ part: String, element: String) -> LocalizedText {
      text("phần chính \(part) là <\(element)>, không phải văn bản Word", "the main part \(part) is <\(element)>, not a Word document")
    }
    public static func rootNotWord(_ element: String) -> LocalizedText {
      text(
        "phần tử gốc <\(element)> không phải w:document hay pkg:package", "root element <\(element)> is neither w:document nor pkg:package")
    }
    public static let officeWithoutWord = text(
      "gói Office không có văn bản Word chính", "an Office package without a Word main document")
    public static let zipNotOffice = text("tệp ZIP, không phải văn bản Office", "a ZIP archive, not an Office document")

    // XML
    public static let doctypeForbidden = text(
      "không cho phép khai báo DOCTYPE/DTD", "DOCTYPE/DTD declarations are not allowed")
    public static let doctypeOrEntityForbidden = text(
      "không cho phép khai báo DOCTYPE/DTD và tham chiếu thực thể", "DOCTYPE/DTD declarations and entity references are not allowed")
    public static let parserDidNotStart = text("bộ phân tích XML không khởi động được", "the XML parser could not start")
    public static let noRootElement = text("không có phần tử gốc", "no root element")
    public static let unexpectedEnd = text("phần kết thúc đột ngột", "unexpected end of the part")
    public static func parser(_ message: String) -> LocalizedText { text("libxml2 báo “\(message)”", "libxml2: \(message)") }

    // Limits
    public static func zipDeclaresEntries(_ count: some BinaryInteger, over maximum: some BinaryInteger) -> LocalizedText {
      text("tệp ZIP khai báo \(count) mục, quá \(maximum)", "the ZIP declares \(count) entries, over \(maximum)")
    }
    public static func tooManyEntries(_ maximum: some BinaryInteger) -> LocalizedText {
      text("hơn \(maximum) mục ZIP", "more than \(maximum) ZIP entries")
    }
    public static func partDeclares(_ part: String, bytes: some BinaryInteger, over maximum: some BinaryInteger) -> LocalizedText {
      text("\(part) khai báo \(bytes) byte, quá \(maximum)", "\(part) declares \(bytes) bytes, over \(maximum)")
    }
    public static func partsTotal(over maximum: some BinaryInteger) -> LocalizedText {
      text("tổng các phần quá \(maximum) byte", "parts total over \(maximum) bytes")
    }
    public static func compressionRatio(over ratio: some BinaryInteger) -> LocalizedText {
      text("tỷ lệ nén quá \(ratio):1", "compression ratio over \(ratio):1")
    }
    public static func inflatesPastDeclared(_ bytes: some BinaryInteger) -> LocalizedText {
      text("giải nén vượt kích thước khai báo \(bytes) byte", "inflates past its declared size of \(bytes) bytes")
    }
    public static func uncompressedOver(_ bytes: some BinaryInteger) -> LocalizedText {
      text("hơn \(bytes) byte khi giải nén", "more than \(bytes) bytes uncompressed")
    }
    public static func inPart(_ part: String, _ problem: LocalizedText) -> LocalizedText {
      text("\(part): \(problem.vi)", "\(part): \(problem.en)")
    }
    public static func markdownNesting(_ maximum: Int) -> LocalizedText {
      text("Markdown lồng nhau quá \(maximum) cấp", "Markdown nested more than \(maximum) levels deep")
    }
    public static func paragraphOver(line: Int, _ maximum: Int) -> LocalizedText {
      text("đoạn ở dòng \(line) có hơn \(maximum) byte chữ", "the paragraph at line \(line) holds over \(maximum) bytes of text")
    }
    /// `place` is one of the `place…` values below.
    public static func textOver(_ place: LocalizedText, size: Int, _ maximum: Int) -> LocalizedText {
      text("\(place.vi) có \(size) byte chữ, quá \(maximum)", "\(place.en) holds \(size) bytes of text, over \(maximum)")
    }
    public static func placeCell(table: Int, row: Int, column: Int) -> LocalizedText {
      text("bảng \(table), hàng \(row), cột \(column)", "table \(table), row \(row), column \(column)")
    }
    public static func placeLine(_ line: Int) -> LocalizedText { text("đoạn ở dòng \(line)", "the paragraph at line \(line)") }
    public static func placeParagraph(_ paragraph: Int) -> LocalizedText { text("đoạn \(paragraph)", "paragraph \(paragraph)") }
    public static let placeUnknown = text("một đoạn", "a paragraph")
  }
}
