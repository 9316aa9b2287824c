import Foundation
import Testing

@testable import KeHoachLint

/// Folded phrase search and trimming, on the fast path (every scalar a character) and the
/// slow one (NFD, CR LF) alike.
@Suite("Folded search and trimming")
struct TextSearchTests {
  static let nfc = "Căn cứ Luật An toàn thông tin mạng; LUẬT AN TOÀN THÔNG TIN MẠNG."

  @Test(arguments: [nfc, nfc.decomposedStringWithCanonicalMapping, nfc.replacingOccurrences(of: "; ", with: ";\r\n")])
  func rangesNameTheSameCharacters(_ text: String) {
    let ranges = FoldedText(text).ranges(of: "luật an toàn thông tin mạng")
    #expect(ranges.count == 2)
    #expect(ranges.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == [7, text.count - 28])
    #expect(
      ranges.map { String(text[$0]).precomposedStringWithCanonicalMapping.lowercased() }
        == Array(repeating: "luật an toàn thông tin mạng", count: 2))
  }

  @Test func containsFoldsTheNeedleToo() {
    let text = FoldedText("Nghị định số 64/2007/NĐ-CP")
    #expect(text.contains("NGHI DINH SO 64"))
    #expect(text.contains("nđ-cp"))
    #expect(!text.contains("nghị quyết"))
    #expect(!FoldedText("").contains("a"))
  }

  @Test(arguments: [" \t a b \u{00A0}", "\n x \n", "   ", "", "x", "\u{3000}Kế hoạch\u{2003}", " \u{0301}a "])
  func trimmingMatchesFoundation(_ text: String) {
    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    #expect(text[...].trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
  }

  @Test func visibleCharactersCountGraphemes() {
    #expect("Kế hoạch năm".visibleCharacterCount == 10)
    #expect("Kế hoạch năm".decomposedStringWithCanonicalMapping.visibleCharacterCount == 10)
  }

  @Test func titleKeyKeepsLettersAndDigitsOfAnyScript() {
    #expect(VietnameseFolding.titleKey("MỤC TIÊU CỤ THỂ: (năm 2025)") == "muc tieu cu the nam 2025")
    #expect(VietnameseFolding.titleKey("Ελλάδα — ½") == "ελλαδα ½")
  }
}
