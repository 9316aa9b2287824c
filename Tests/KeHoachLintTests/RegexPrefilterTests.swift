import Foundation
import Testing

@testable import KeHoachLint

/// The strings a pattern's every match must contain, and that skipping texts without them never
/// loses a match.
@Suite("Regular-expression prefilter")
struct RegexPrefilterTests {
  /// The placeholder patterns of the bundled packs, and what each needs.
  static let bundled: [(String, [String]?)] = [
    (#"<[^<>\n]{2,80}>"#, ["<"]),
    (#"\.{4,}"#, ["...."]),
    (#"(?<!\S)(\.\.\.|…)(?!\S)"#, ["...", "…"]),
    (#"\(bổ sung nếu có\)"#, ["("]),
    (#"\b[xX]{3,}\b"#, nil),
    (#"\b(số|ngày)\s+/\s*\d*\s*/?\s*[\p{Lu}\d]"#, ["/"]),
  ]

  @Test(arguments: bundled)
  func bundledPatternsNeedTheirSymbols(_ pattern: String, _ expected: [String]?) {
    #expect(RegexPrefilter(pattern: pattern).required?.map { String(decoding: $0, as: UTF8.self) } == expected)
  }

  @Test(
    arguments: [
      (#"(?i)x\.y"#, nil), (#"a|\."#, nil), (#"[^<]"#, nil), (#"\.{0,3}"#, nil), (#"\Q<\E"#, nil),
      (#"(?<name>\.)"#, nil), (#"\.?<"#, ["<"]), (#"--+>"#, ["--"]), (#"\.\.|;;"#, ["..", ";;"]), (#"(\.|:)\s"#, [".", ":"]),
    ] as [(String, [String]?)])
  func onlyWhatIsCertainCounts(_ pattern: String, _ expected: [String]?) {
    #expect(RegexPrefilter(pattern: pattern).required?.map { String(decoding: $0, as: UTF8.self) }.sorted() == expected)
  }

  /// Every text of every Markdown fixture, and tricky ones: a text the prefilter turns away
  /// has no match.
  @Test func neverSkipsATextWithAMatch() throws {
    var texts = [
      "Kế hoạch <SỞ/BAN/NGÀNH> năm …", "Số: /KH-UBND", "ngày  /  /2021", "xxx yyy XXX", "(BỔ SUNG NẾU CÓ)", "....", "a ... b",
      "tỷ lệ …", "Ｋ", "ſ", "", "<>",
    ]
    let folder = TestSupport.fixturesDirectory + "/markdown"
    let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
    #expect(!files.isEmpty)
    for file in files {
      let document = MarkdownReader().read(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))), file: file)
      texts += TextIndex(document: document).entries.map(\.text)
    }
    var skipped = 0
    for (pattern, _) in Self.bundled + [(#"\.\.|;;"#, nil), (#"--+>"#, nil)] {
      let prefilter = RegexPrefilter(pattern: pattern)
      let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
      for text in texts where !prefilter.mayMatch(text) {
        skipped += 1
        let prepared = PatternText(text)
        #expect(prepared.matches(expression).isEmpty, "\(pattern) skipped “\(text)”")
      }
    }
    #expect(skipped > 100)
  }
}
