/// The decree's page format and type sizes (Nghị định 30/2020/NĐ-CP, Phụ lục I) as the Word
/// template sets them, in Word's units: twips (1/20 pt; 1 mm ≈ 56.7) and half-points.
enum WordTemplateFormat {
  /// A4 portrait.
  static let pageWidth = 11906
  static let pageHeight = 16838
  /// Top 20 mm, bottom 20 mm, left 30 mm, right 20 mm (the decree allows 20–25, 20–25, 30–35, 15–20).
  static let marginTop = 1134
  static let marginBottom = 1134
  static let marginLeft = 1701
  static let marginRight = 1134
  static var textWidth: Int { pageWidth - marginLeft - marginRight }

  static let font = "Times New Roman"
  /// Body text 14 pt (13–14).
  static let body = 28
  /// Quốc hiệu and the issuer 12 pt (12–13): the Quốc hiệu fits its column on one line.
  static let nationalTitle = 24
  static let issuer = 24
  /// Tiêu ngữ 13 pt (13–14), "Số: …" 13 pt.
  static let motto = 26
  static let number = 26
  /// Place and date 14 pt italic (13–14).
  static let date = 28
  /// "Nơi nhận:" 12 pt bold italic, the recipients 11 pt.
  static let recipientsTitle = 24
  static let recipients = 22
  /// Table text 12 pt: the project list's eight columns on a portrait page.
  static let table = 24
  /// First-line indent of running text, 1 cm.
  static let firstLineIndent = 567
  /// The header table's columns: issuer 6 cm, Quốc hiệu the rest of the line.
  static let issuerColumn = 3402
}
