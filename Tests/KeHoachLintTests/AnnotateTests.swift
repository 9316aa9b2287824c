import Foundation
import Testing
import ZIPFoundation

@testable import KeHoachLint

/// `annotate` on the bundled Word fixtures: a comment per finding and one summary, nothing
/// else in the package changed.
@Suite("Annotate: findings as Word comments")
struct AnnotateTests {
  static func docxFixtures() -> [String] {
    ["docx/good", "docx/bad"].flatMap { folder -> [String] in
      let path = TestSupport.fixturesDirectory + "/" + folder
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.filter { $0.hasSuffix(".docx") }.sorted().map { "\(path)/\($0)" }
    }
  }

  /// The entries of a ZIP, by path, inflated.
  static func entries(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var result: [String: [UInt8]] = [:]
    for entry in archive {
      var data: [UInt8] = []
      _ = try archive.extract(entry) { data.append(contentsOf: $0) }
      result[entry.path] = data
    }
    return result
  }

  static func commentCount(_ part: [UInt8]?) -> Int {
    guard let part, let tags = XMLTagScanner.tags(part) else { return 0 }
    return tags.filter { !$0.isEnd && $0.localName == "comment" }.count
  }

  /// What identifies a finding, whatever file it came from.
  static func identities(_ findings: [Finding]) -> [String] {
    findings.map { "\(TestSupport.position($0.location)) \($0.severity.rawValue) \($0.ruleID) \($0.message.vi)" }
  }

  @Test("Round trip on every DOCX fixture", arguments: docxFixtures())
  func roundTrip(path: String) throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let bytes = Array(before)
    let linter = try TestSupport.linter()
    let input = try DocxReader().read(bytes: bytes, file: "plan.docx")
    let report = linter.lint(document: input)
    let annotator = DocxAnnotator(author: "Sở TT&TT Quảng Ngãi", date: Date(timeIntervalSince1970: 1_600_000_000))
    let (output, added) = try annotator.annotate(bytes: bytes, file: "plan.docx", report: report)

    // The input is untouched (the annotator never writes; this guards the bytes it was given).
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    // The output reads, and gives exactly the input's findings (comments are not body text),
    // plus the draft-hygiene finding that comments are left in: a unit that sends the reviewed
    // copy back unchanged is told so.
    let annotated = try DocxReader().read(bytes: output, file: "plan.docx")
    #expect(annotated.blocks == input.blocks)
    let again = linter.lint(document: annotated).findings
    let isLeftComments = { (finding: Finding) in finding.ruleID.hasSuffix("hygiene-comments") }
    #expect(Self.identities(again.filter { !isLeftComments($0) }) == Self.identities(report.findings.filter { !isLeftComments($0) }))
    #expect(again.filter(isLeftComments).count == 1)

    let old = try Self.entries(bytes)
    let new = try Self.entries(output)
    #expect(added == report.findings.count + 1)
    #expect(Self.commentCount(new["word/comments.xml"]) - Self.commentCount(old["word/comments.xml"]) == added)
    // Every other entry byte for byte; none lost.
    let changed: Set<String> = ["word/document.xml", "word/comments.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"]
    for (name, data) in old where !changed.contains(name) { #expect(new[name] == data, "\(name)") }
    #expect(Set(old.keys).isSubset(of: Set(new.keys)))
    #expect(Set(new.keys).subtracting(old.keys).isSubset(of: ["word/comments.xml", "word/_rels/document.xml.rels"]))
    // document.xml differs only by the inserted comment marks.
    let document = try #require(new["word/document.xml"])
    let stripped = String(decoding: document, as: UTF8.self).replacing(
      /<w:commentRangeStart w:id="\d+"\/>|<w:commentRangeEnd w:id="\d+"\/><w:r><w:commentReference w:id="\d+"\/><\/w:r>/,
      with: ""
    ).replacing(/<w:p( [^>]*)?><\/w:p>/) { "<w:p\($0.output.1 ?? "")/>" }
    // (an empty `<w:p/>` holding a comment, as an empty table cell does, is opened and closed.)
    #expect(stripped == String(decoding: try #require(old["word/document.xml"]), as: UTF8.self))
    // The new part is declared and related.
    if old["word/comments.xml"] == nil {
      let types = String(decoding: try #require(new["[Content_Types].xml"]), as: UTF8.self)
      #expect(types.contains("PartName=\"/word/comments.xml\""))
      let rels = String(decoding: try #require(new["word/_rels/document.xml.rels"]), as: UTF8.self)
      #expect(rels.contains("relationships/comments\" Target=\"comments.xml\""))
    }
    // The comment for each finding is on the finding's paragraph; the summary on the title.
    let map = try #require(WordParagraphMap(bytes: document))
    let title = try #require(input.header.title?.location.paragraph)
    #expect(Self.commentIDs(in: map, paragraph: title, of: document).count >= 1)
    for finding in report.findings {
      let paragraph = finding.location.paragraph ?? title
      #expect(!Self.commentIDs(in: map, paragraph: paragraph, of: document).isEmpty, "\(finding.ruleID) ¶\(paragraph)")
    }
  }

  /// The ids of the comment ranges that start inside paragraph `number`.
  static func commentIDs(in map: WordParagraphMap, paragraph number: Int, of bytes: [UInt8]) -> [String] {
    let element = map.paragraphs[number - 1]
    guard let end = element.endTagStart else { return [] }
    let text = String(decoding: bytes[element.startTag.end..<end], as: UTF8.self)
    return text.matches(of: /<w:commentRangeStart w:id="(\d+)"\/>/).map { String($0.output.1) }
  }

  /// The scan numbers paragraphs as the reader does: each heading's text is in the paragraph
  /// of the same number.
  @Test("Paragraph numbers agree with the reader", arguments: docxFixtures())
  func paragraphNumbers(path: String) throws {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let document = try DocxReader().read(bytes: bytes, file: "plan.docx")
    let xml = try #require(try Self.entries(bytes)["word/document.xml"])
    let map = try #require(WordParagraphMap(bytes: xml))
    var checked = 0
    for block in document.blocks where block.location.cell == nil {
      guard case .heading = block.kind, let number = block.location.paragraph else { continue }
      let element = map.paragraphs[number - 1]
      let inner = String(decoding: xml[element.startTag.end..<(element.endTagStart ?? element.startTag.end)], as: UTF8.self)
      let text = inner.matches(of: /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/).map { String($0.output.1) }.joined()
      #expect(text.lowercased().contains(String(block.text.prefix(10)).lowercased()), "¶\(number): \(block.text)")
      checked += 1
    }
    #expect(checked > 0)
  }

  @Test("Existing comments are kept and new ids follow them")
  func existingComments() throws {
    let body =
      TestDocx.paragraph("KẾ HOẠCH") + "<w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Mục tiêu</w:t></w:r>"
      + "<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r></w:p>" + "<w:p/>"
    let comments =
      "<?xml version=\"1.0\"?><w:comments xmlns:w=\"\(TestDocx.wordNamespace)\"><w:comment w:id=\"7\" w:author=\"A\">"
      + "<w:p><w:r><w:t>Giữ nguyên</w:t></w:r></w:p></w:comment></w:comments>"
    let bytes = try TestDocx.package(document: TestDocx.document(body), extraParts: ["word/comments.xml": comments])
    let annotator = DocxAnnotator(date: Date(timeIntervalSince1970: 0))
    let output = try annotator.write(
      [.init(paragraph: 2, lines: ["Một"]), .init(paragraph: 3, lines: ["Hai & <ba>"])], into: bytes, file: "t.docx")
    let entries = try Self.entries(output)
    let part = String(decoding: try #require(entries["word/comments.xml"]), as: UTF8.self)
    #expect(part.contains("<w:comment w:id=\"7\" w:author=\"A\"><w:p><w:r><w:t>Giữ nguyên</w:t>"))
    #expect(part.contains("w:id=\"8\"") && part.contains("w:id=\"9\""))
    #expect(part.contains("Hai &amp; &lt;ba&gt;"))
    #expect(part.contains("w:date=\"1970-01-01T00:00:00Z\""))
    let document = String(decoding: try #require(entries["word/document.xml"]), as: UTF8.self)
    // An empty `<w:p/>` is opened to hold its comment.
    #expect(document.contains("<w:p><w:commentRangeStart w:id=\"9\"/><w:commentRangeEnd w:id=\"9\"/>"))
    // Still one relationship and one override for the part: it is not added twice.
    #expect(try DocxReader().read(bytes: output, file: "t.docx").blocks.map(\.text) == ["KẾ HOẠCH", "Mục tiêu"])
  }

  @Test("Strict OOXML is refused with a clear reason")
  func strict() throws {
    let xml =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(TestDocx.strictWordNamespace)\"><w:body>"
      + TestDocx.paragraph("KẾ HOẠCH") + "</w:body></w:document>"
    let bytes = try TestDocx.package(document: xml)
    #expect {
      try DocxAnnotator().write([.init(paragraph: 1, lines: ["x"])], into: bytes, file: "s.docx")
    } throws: { error in
      guard case KeHoachLintError.notAWordDocument(_, let reason) = error else { return false }
      return reason.vi.contains("Strict Open XML")
    }
  }

  /// docx2python's has_pict.docx (corpus): a picture straight in the body, no paragraph.
  @Test("A body without a paragraph is refused as such, not as unreadable XML")
  func noParagraph() throws {
    let bytes = try TestDocx.package(document: TestDocx.document("<w:pict><v:shape id=\"Bild 1\"/></w:pict>"))
    #expect {
      try DocxAnnotator().write([.init(paragraph: 1, lines: ["x"])], into: bytes, file: "p.docx")
    } throws: { error in
      guard case KeHoachLintError.notAWordDocument(_, let reason) = error else { return false }
      return reason.en.contains("no paragraph")
    }
  }
}
