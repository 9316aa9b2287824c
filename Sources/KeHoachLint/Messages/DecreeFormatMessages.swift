/// Messages of the decree's format rules (Nghị định 30/2020/NĐ-CP, Phụ lục I): what Word
/// shows, what the decree sets, and where to change it, in a Word user's words. Word's menu
/// names are given in English and Vietnamese, as offices use both.
extension Messages {
  public enum DecreeFormat {
    /// "25,4" — millimetres from twips, one decimal, Vietnamese decimal comma.
    static func millimetres(_ twips: Int) -> (vi: String, en: String) {
      let tenths = Int((Double(twips) * 254 / 1440).rounded())
      let whole = tenths / 10
      let decimal = tenths % 10
      return decimal == 0 ? ("\(whole)", "\(whole)") : ("\(whole),\(decimal)", "\(whole).\(decimal)")
    }

    /// "13" or "13,5" (points from half-points).
    static func points(_ halfPoints: Int) -> (vi: String, en: String) {
      halfPoints % 2 == 0 ? ("\(halfPoints / 2)", "\(halfPoints / 2)") : ("\(halfPoints / 2),5", "\(halfPoints / 2).5")
    }

    /// "phần 2" (a Word section) or, when there is one section, "văn bản".
    static func sectionName(_ number: Int, of count: Int) -> (vi: String, en: String) {
      count == 1 ? ("văn bản", "the document") : ("phần \(number) (section \(number))", "section \(number)")
    }

    static func paper(section: Int, of count: Int, paper: String, declared: Bool) -> LocalizedText {
      let name = sectionName(section, of: count)
      let unset =
        declared
        ? ("", "") : ("; tệp không khai báo khổ giấy nên Word dùng khổ mặc định", "; the file sets no paper size, so Word uses its default")
      return LocalizedText(
        vi: "Trang giấy của \(name.vi) là \(paper), Nghị định quy định A4 (210 × 297 mm)\(unset.0).",
        en: "The paper of \(name.en) is \(paper); the decree sets A4 (210 × 297 mm)\(unset.1).")
    }

    static let paperFix = LocalizedText(
      vi: "Trong Word: Layout (Bố trí) → Size (Kích thước) → A4; áp dụng cho cả văn bản (Apply to: Whole document).",
      en: "In Word: Layout → Size → A4, applied to the whole document.")

    static func landscape(section: Int, of count: Int) -> LocalizedText {
      let name = sectionName(section, of: count)
      return LocalizedText(
        vi:
          "Trang của \(name.vi) nằm ngang mà nội dung không chủ yếu là bảng; Nghị định quy định trang đứng, chỉ trang có bảng mới được trình bày ngang.",
        en:
          "The pages of \(name.en) are landscape though their content is not mainly a table; the decree sets portrait, landscape only for pages of tables."
      )
    }

    static let landscapeFix = LocalizedText(
      vi: "Trong Word: Layout (Bố trí) → Orientation (Hướng) → Portrait (Dọc).",
      en: "In Word: Layout → Orientation → Portrait.")

    /// One margin out of range: its name, its width, the decree's range.
    struct Margin {
      let vi: String
      let en: String
      let twips: Int
      let range: ClosedRange<Int>
    }

    static func margins(section: Int, of count: Int, _ margins: [Margin], declared: Bool) -> LocalizedText {
      let name = sectionName(section, of: count)
      let vi = margins.map { "\($0.vi) \(millimetres($0.twips).vi) mm (quy định \($0.range.lowerBound)–\($0.range.upperBound) mm)" }
      let en = margins.map { "\($0.en) \(millimetres($0.twips).en) mm (the decree: \($0.range.lowerBound)–\($0.range.upperBound) mm)" }
      let unset =
        declared ? ("", "") : ("; tệp không khai báo lề nên Word dùng lề mặc định", "; the file sets no margins, so Word uses its default")
      return LocalizedText(
        vi: "Lề trang của \(name.vi) ngoài khoảng Nghị định quy định: \(vi.joined(separator: ", "))\(unset.0).",
        en: "Page margins of \(name.en) outside the decree's ranges: \(en.joined(separator: ", "))\(unset.1).")
    }

    static let marginsFix = LocalizedText(
      vi:
        "Trong Word: Layout (Bố trí) → Margins (Lề) → Custom Margins (Lề tùy chỉnh): trên 20 mm, dưới 20 mm, trái 30 mm, phải 15 mm (hoặc trong khoảng trên 20–25, dưới 20–25, trái 30–35, phải 15–20 mm).",
      en:
        "In Word: Layout → Margins → Custom Margins: top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (or within top 20–25, bottom 20–25, left 30–35, right 15–20 mm)."
    )

    static func font(_ font: String, percent: Int, others: [String]) -> LocalizedText {
      let more =
        others.isEmpty ? ("", "") : ("; phông khác: \(others.joined(separator: ", "))", "; other fonts: \(others.joined(separator: ", "))")
      return LocalizedText(
        vi:
          "Nội dung văn bản dùng phông “\(font)” (\(percent)% số chữ)\(more.0); Nghị định quy định phông Times New Roman (bộ mã Unicode TCVN 6909:2001).",
        en:
          "The body text is set in “\(font)” (\(percent)% of its characters)\(more.1); the decree sets Times New Roman (Unicode, TCVN 6909:2001)."
      )
    }

    static let fontFix = LocalizedText(
      vi:
        "Trong Word: Home (Trang chủ) → Styles (Kiểu): sửa kiểu Normal (và các kiểu dựa trên nó) sang phông Times New Roman, rồi chọn toàn văn bản (Ctrl+A) và chọn lại phông Times New Roman.",
      en:
        "In Word: Home → Styles: modify the Normal style (and the styles based on it) to Times New Roman, then select all (Ctrl+A) and choose Times New Roman."
    )

    static func bodySize(_ halfPoints: Int, percent: Int) -> LocalizedText {
      let size = points(halfPoints)
      return LocalizedText(
        vi: "Cỡ chữ của phần nội dung là \(size.vi) (\(percent)% số chữ); Nghị định quy định cỡ chữ 13 đến 14.",
        en: "The body text is set at \(size.en) pt (\(percent)% of its characters); the decree sets 13 to 14 pt.")
    }

    static func mixedBodySizes(_ main: Int, mainPercent: Int, other: Int, otherPercent: Int) -> LocalizedText {
      let (first, second) = (points(main), points(other))
      return LocalizedText(
        vi:
          "Phần nội dung dùng hai cỡ chữ: \(first.vi) (\(mainPercent)% số chữ) và \(second.vi) (\(otherPercent)%); Nghị định quy định trong một văn bản, cùng một thành phần dùng một cỡ chữ.",
        en:
          "The body text uses two sizes: \(first.en) pt (\(mainPercent)% of its characters) and \(second.en) pt (\(otherPercent)%); the decree sets one size for one element within a document."
      )
    }

    static let bodySizeFix = LocalizedText(
      vi:
        "Trong Word: sửa cỡ chữ của kiểu Normal (Home → Styles → Normal → Modify) thành 13 hoặc 14 và dùng một cỡ cho toàn bộ phần nội dung.",
      en: "In Word: set the Normal style's size (Home → Styles → Normal → Modify) to 13 or 14 pt and use one size for all body text.")

    /// The one right text, for a fix hint: "Sửa thành “…”."
    static func replaceWith(_ text: String) -> LocalizedText {
      LocalizedText(vi: "Sửa thành “\(text)”.", en: "Replace with “\(text)”.")
    }

    static func missing(_ element: String, english: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi: "Không thấy \(element) “\(expected)” ở đầu văn bản; Nghị định quy định đây là thành phần thể thức của văn bản hành chính.",
        en: "No \(english) “\(expected)” at the top of the document; the decree makes it part of an administrative document's format.")
    }

    static func notAsWritten(_ element: String, english: String, written: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi: "\(element) ghi là “\(written)”; Nghị định ghi “\(expected)”.",
        en: "The \(english) reads “\(written)”; the decree writes “\(expected)”.")
    }

    static func mottoTypography(written: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi: "Tiêu ngữ ghi là “\(written)”; mẫu thường dùng “\(expected)” (gạch nối ngắn, có cách chữ hai bên).",
        en: "The motto reads “\(written)”; the usual form is “\(expected)” (hyphens with a space each side).")
    }

    static func nationalTitleAccent(written: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi: "Quốc hiệu ghi là “\(written)”; Nghị định ghi “\(expected)” (dấu thanh đặt theo kiểu mới).",
        en: "The national title reads “\(written)”; the decree writes “\(expected)” (tone mark placed the new way).")
    }

    static func number(written: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi:
          "Số, ký hiệu ghi là “\(written)”; theo Nghị định ghi “\(expected)” (số nhỏ hơn 10 thêm số 0 phía trước, dấu “/” và “-” viết liền).",
        en:
          "The number and symbol read “\(written)”; the decree's form is “\(expected)” (a leading 0 below 10, “/” and “-” without spaces).")
    }

    static func dateLine(written: String, expected: String) -> LocalizedText {
      LocalizedText(
        vi: "Ngày ban hành ghi là “\(written)”; Nghị định quy định ngày nhỏ hơn 10 và tháng 1, 2 thêm số 0 phía trước: “\(expected)”.",
        en: "The date of issue reads “\(written)”; the decree puts a leading 0 before a day below 10 and the months 1 and 2: “\(expected)”."
      )
    }

    static func headerStyle(
      _ element: (vi: String, en: String), departures: [(vi: String, en: String)], usual: (vi: String, en: String)
    ) -> LocalizedText {
      LocalizedText(
        vi: "\(element.vi) trình bày \(departures.map(\.vi).joined(separator: ", ")); mẫu thường dùng: \(usual.vi).",
        en: "The \(element.en) is set \(departures.map(\.en).joined(separator: ", ")); the usual form: \(usual.en).")
    }

    static let headerStyleFix = LocalizedText(
      vi: "Trong Word: chọn dòng đó và đặt cỡ chữ, đậm (Ctrl+B), nghiêng (Ctrl+I) như mẫu thường dùng.",
      en: "In Word: select the line and set its size, bold (Ctrl+B) and italic (Ctrl+I) as usual.")

    static let recipientsMissing = LocalizedText(
      vi: "Không thấy mục “Nơi nhận:” ở cuối văn bản; Nghị định quy định nơi nhận là thành phần thể thức của văn bản hành chính.",
      en:
        "No “Nơi nhận:” (recipients) at the end of the document; the decree makes the recipients part of an administrative document's format."
    )

    static let recipientsFix = LocalizedText(
      vi: "Thêm “Nơi nhận:” ở góc trái dưới phần nội dung, liệt kê nơi nhận và kết thúc bằng “- Lưu: VT, …”.",
      en: "Add “Nơi nhận:” at the bottom left after the body, list the recipients and end with “- Lưu: VT, …”.")

    static func recipientsWritten(_ written: String) -> LocalizedText {
      LocalizedText(
        vi: "Mục nơi nhận ghi là “\(written)”; Nghị định ghi “Nơi nhận:”.",
        en: "The recipients' heading reads “\(written)”; the decree writes “Nơi nhận:”.")
    }
  }
}
