import Testing

@testable import KeHoachLint

@Suite struct VietnameseFoldingTests {
  @Test func foldsCaseDiacriticsAndDStroke() {
    #expect(VietnameseFolding.fold("CĂN CỨ LẬP KẾ HOẠCH") == "can cu lap ke hoach")
    #expect(VietnameseFolding.fold("Căn cứ lập kế hoạch") == "can cu lap ke hoach")
    #expect(VietnameseFolding.fold("ĐẢM BẢO đường") == "dam bao duong")
  }

  @Test func nfdAndNfcFoldTheSame() {
    let nfc = "Phát triển hạ tầng kỹ thuật"
    let nfd = nfc.decomposedStringWithCanonicalMapping
    #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
    #expect(VietnameseFolding.fold(nfd) == VietnameseFolding.fold(nfc))
  }

  @Test func titleKeyDropsPunctuationAndCollapsesSpaces() {
    #expect(VietnameseFolding.titleKey("  MỤC TIÊU   CỤ THỂ: ") == "muc tieu cu the")
    #expect(VietnameseFolding.titleKey("Danh mục nhiệm vụ, dự án") == "danh muc nhiem vu du an")
  }

  @Test func upperCaseDetection() {
    #expect(VietnameseFolding.isUpperCase("LỘ TRÌNH THỰC HIỆN"))
    #expect(!VietnameseFolding.isUpperCase("Lộ trình thực hiện"))
    #expect(!VietnameseFolding.isUpperCase("2021-2025"))
  }
}

@Suite struct SectionLabelTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let style: SectionLabel.Style?
    let value: Int
    let title: String
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "Phần I", style: .part, value: 1, title: ""),
    Case(text: "PHẦN II. NỘI DUNG KẾ HOẠCH", style: .part, value: 2, title: "NỘI DUNG KẾ HOẠCH"),
    Case(text: "Phần 2: Nội dung", style: .part, value: 2, title: "Nội dung"),
    Case(text: "VI. LỘ TRÌNH THỰC HIỆN", style: .roman, value: 6, title: "LỘ TRÌNH THỰC HIỆN"),
    Case(text: "IX. DANH MỤC", style: .roman, value: 9, title: "DANH MỤC"),
    Case(text: "B. Nội dung", style: .upperLetter, value: 2, title: "Nội dung"),
    Case(text: "3. Phát triển", style: .arabic, value: 3, title: "Phát triển"),
    Case(text: "2) Thứ hai", style: .arabic, value: 2, title: "Thứ hai"),
    Case(text: "1.2. Mục con", style: .dottedArabic, value: 2, title: "Mục con"),
    Case(text: "a) Điểm a", style: .letter, value: 1, title: "Điểm a"),
    Case(text: "đ) Điểm đ", style: .letter, value: 5, title: "Điểm đ"),
    Case(text: "g) Điểm g", style: .letter, value: 7, title: "Điểm g"),
    Case(text: "2022-2023 là giai đoạn", style: nil, value: 0, title: ""),
    Case(text: "1.000 đồng", style: nil, value: 0, title: ""),
    Case(text: "IIII. Sai", style: nil, value: 0, title: ""),
    Case(text: "Căn cứ", style: nil, value: 0, title: ""),
  ]

  @Test(arguments: cases)
  func parsesLabel(_ testCase: Case) {
    let parsed = SectionLabelParser.parse(testCase.text)
    #expect(parsed?.label.style == testCase.style)
    if let parsed, testCase.style != nil {
      #expect(parsed.label.value == testCase.value)
      #expect(String(testCase.text[parsed.titleStart...]) == testCase.title)
    }
  }

  @Test func vietnameseAlphabetSkipsFJWZ() {
    #expect(VietnameseAlphabet.points.count == 23)
    #expect(!VietnameseAlphabet.points.contains("f"))
    #expect(VietnameseAlphabet.ordinal(ofPoint: "e") == 6)
    #expect(VietnameseAlphabet.ordinal(ofPoint: "g") == 7)
  }

  @Test func romanNumerals() {
    #expect(RomanNumeral.value(of: "XIV") == 14)
    #expect(RomanNumeral.value(of: "VX") == nil)
    #expect(RomanNumeral.numeral(for: 9) == "IX")
  }
}
