import Foundation
import Testing

@testable import KeHoachLint

/// `kehoach-lint-disable RULE` written as a Word comment on a paragraph.
@Suite("Suppressions in Word comments")
struct WordSuppressionTests {
  /// Its findings: the missing "VI. Lộ trình thực hiện" and the numbering gap, both on ¶171.
  static let fixture = TestSupport.fixturesDirectory + "/docx/bad/ke-hoach-5-nam-thieu-lo-trinh.docx"

  /// The fixture with Word comments added (written the way `annotate` writes comments).
  static func lint(comments: [DocxAnnotator.Comment]) throws -> [Finding] {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture)))
    let commented = try DocxAnnotator(author: "Phòng VH-TT").write(comments, into: bytes, file: "plan.docx")
    let document = try DocxReader().read(bytes: commented, file: "plan.docx")
    return try TestSupport.linter().lint(document: document).findings
  }

  @Test("The fixture's findings, without comments")
  func baseline() throws {
    let rules = try Self.lint(comments: []).map { "\(TestSupport.position($0.location)) \($0.ruleID)" }
    #expect(rules == ["¶171 pl1-required-sections", "¶171 pl1-numbering"])
  }

  @Test("A comment on the paragraph suppresses the rules it names there, with a reason after a dash")
  func suppresses() throws {
    let findings = try Self.lint(comments: [
      .init(paragraph: 171, lines: ["kehoach-lint-disable pl1-numbering – lý do: mục VI gộp vào mục V theo chỉ đạo của UBND huyện"])
    ])
    #expect(findings.map(\.ruleID) == ["pl1-required-sections"])
  }

  @Test("Two rules in one comment")
  func twoRules() throws {
    let findings = try Self.lint(comments: [
      .init(paragraph: 171, lines: ["kehoach-lint-disable pl1-numbering, pl1-required-sections", "Đã thống nhất với Sở."])
    ])
    #expect(findings.isEmpty)
  }

  @Test("A comment elsewhere suppresses nothing and is reported as unused")
  func unused() throws {
    let findings = try Self.lint(comments: [.init(paragraph: 12, lines: ["kehoach-lint-disable pl1-numbering"])])
    #expect(findings.contains { $0.ruleID == "pl1-numbering" })
    let unused = try #require(findings.first { $0.ruleID == Suppressions.unusedRuleID })
    #expect(unused.location.paragraph == 12)
    #expect(unused.message.vi.contains("pl1-numbering"))
  }

  @Test("A misspelt rule is reported with the closest id")
  func unknownRule() throws {
    let findings = try Self.lint(comments: [.init(paragraph: 171, lines: ["kehoach-lint-disable pl1-numbring"])])
    #expect(findings.contains { $0.ruleID == "pl1-numbering" })
    let unknown = try #require(findings.first { $0.ruleID == Suppressions.unknownRuleID })
    #expect(unknown.message.vi.contains("pl1-numbering"))
    #expect(unknown.location.paragraph == 171)
  }

  @Test("Ordinary comments (and annotate's own) suppress nothing")
  func ordinaryComments() throws {
    let findings = try Self.lint(comments: [
      .init(paragraph: 171, lines: ["Đề nghị bổ sung mục VI. kehoach-lint-disable pl1-numbering"])
    ])
    // The comment is a leftover for draft hygiene, not a suppression.
    #expect(findings.map(\.ruleID) == ["pl1-required-sections", "pl1-hygiene-comments", "pl1-numbering"])
  }

  @Test(
    "Reading the comment text",
    arguments: [
      ("kehoach-lint-disable a-b, c-d – lý do", ["a-b", "c-d"]),
      ("  kehoach-lint-disable a-b - vì sao", ["a-b"]),
      ("kehoach-lint-disable a-b\nlý do ở dòng sau", ["a-b"]),
      ("kehoach-lint-disable: a-b; c-d", ["a-b", "c-d"]),
    ])
  func parse(text: String, rules: [String]) {
    #expect(Directive.wordCommentRules(text) == rules)
  }

  @Test("Not suppressions", arguments: ["kehoach-lint-disable", "kehoach-lint-disable-next-line a", "Góp ý: kehoach-lint-disable a", ""])
  func notSuppressions(text: String) {
    #expect(Directive.wordCommentRules(text) == nil)
  }

  @Test("A range opened between paragraphs covers the paragraphs up to its end")
  func rangeAcrossParagraphs() throws {
    let body =
      TestDocx.paragraph("Một") + "<w:commentRangeStart w:id=\"3\"/>" + TestDocx.paragraph("Hai")
      + "<w:p><w:r><w:t>Ba</w:t></w:r><w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></w:p>"
      + TestDocx.paragraph("Bốn")
    let comments =
      "<?xml version=\"1.0\"?><w:comments xmlns:w=\"\(TestDocx.wordNamespace)\"><w:comment w:id=\"3\" w:author=\"A\">"
      + "<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>kehoach-lint-disable x-y</w:t></w:r></w:p></w:comment></w:comments>"
    let bytes = try TestDocx.package(document: TestDocx.document(body), extraParts: ["word/comments.xml": comments])
    let document = try DocxReader().read(bytes: bytes, file: "t.docx")
    #expect(document.directives.map(\.paragraphs) == [2...3])
    #expect(document.directives.first?.rules == ["x-y"])
    // The comment is not body text.
    #expect(document.blocks.map(\.text) == ["Một", "Hai", "Ba", "Bốn"])
  }
}
