import Foundation
import Testing
import ZIPFoundation

@testable import KeHoachLint

/// The Word twins of the Markdown fixture plans (made by pandoc, python-docx with real
/// numbering.xml, LibreOffice, and as Flat OPC; see scripts/make-docx-fixtures.sh) read into
/// the same outline and give the same findings as their Markdown twins.
@Suite struct DocxFixtureTwinTests {
  static func twins(in folder: String) -> [String] {
    let path = TestSupport.fixturesDirectory + "/docx/" + folder
    return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
      .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".xml") }
      .filter { FileManager.default.fileExists(atPath: markdownTwin(of: $0, in: folder)) }.sorted()
  }

  static func markdownTwin(of name: String, in folder: String) -> String {
    var stem = (name as NSString).deletingPathExtension
    for suffix in ["-numbering", "-libreoffice"] where stem.hasSuffix(suffix) { stem = String(stem.dropLast(suffix.count)) }
    return TestSupport.fixturesDirectory + "/markdown/\(folder)/\(stem).md"
  }

  /// The outline as indented display titles, without positions.
  static func outlineLines(_ document: PlanDocument) -> [String] {
    Outline(document: document).allNodesWithDepth().map { String(repeating: "  ", count: $0.depth) + $0.node.displayTitle }
  }

  @Test func everyGoodPlanHasItsFourTwins() {
    #expect(Self.twins(in: "good").count >= 4 * 4)
  }

  @Test(arguments: twins(in: "good"))
  func goodTwinHasTheMarkdownOutlineAndNoFindings(_ name: String) throws {
    let path = TestSupport.fixturesDirectory + "/docx/good/" + name
    let document = try DocumentLoader().load(path)
    let markdown = try DocumentLoader().load(Self.markdownTwin(of: name, in: "good"))
    #expect(Self.outlineLines(document) == Self.outlineLines(markdown))
    #expect(document.header.title?.text == markdown.header.title?.text)
    let report = try TestSupport.linter().lint(file: path)
    #expect(report.error == nil)
    #expect(report.findings.isEmpty, "\(name): \(report.findings.map(\.message.vi))")
  }

  @Test func badTwinsExist() {
    #expect(Self.twins(in: "bad").count >= 10)
  }

  /// Word has no columns, so two findings in one paragraph may come in another order:
  /// compare severity, rule and message as multisets. The decree's format checks are Word
  /// only (a cut-short bad plan also lacks its "Nơi nhận:"), so they have no Markdown twin.
  @Test(arguments: twins(in: "bad"))
  func badTwinHasTheMarkdownFindings(_ name: String) throws {
    let report = try TestSupport.linter().lint(file: TestSupport.fixturesDirectory + "/docx/bad/" + name)
    let actual = report.findings.filter { !$0.ruleID.contains(DecreeFormatRule.setName) }
      .map { "\($0.severity.rawValue) \($0.ruleID) \($0.message.vi)" }.sorted()
    let sidecar = try String(contentsOfFile: Self.markdownTwin(of: name, in: "bad") + ".expected", encoding: .utf8)
    let expected = sidecar.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }
    #expect(!expected.isEmpty)
    #expect(actual == expected.sorted())
  }

  @Test("Word's own letters skip the Vietnamese đ: an automatic “f)” is caught where “g)” belongs")
  func automaticLettersAreChecked() throws {
    let path = TestSupport.fixturesDirectory + "/docx/bad/ke-hoach-nam-2020-danh-so-tu-dong.docx"
    let document = try DocumentLoader().load(path)
    let point = try #require(document.blocks.first { $0.label == "f)" })
    #expect(!point.text.hasPrefix("f)") && !point.text.hasPrefix("g)"))
    let report = try TestSupport.linter().lint(file: path)
    #expect(report.findings.count == 1)
    #expect(report.findings.first?.message.vi.contains("“g)”") == true)
    #expect(report.findings.first?.location.paragraph == point.location.paragraph)
  }

  @Test("in the python-docx twin the section labels exist only in numbering.xml")
  func labelsComeFromNumbering() throws {
    let path = TestSupport.fixturesDirectory + "/docx/good/ke-hoach-5-nam-2021-2025-numbering.docx"
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    let entry = try #require(archive["word/document.xml"])
    var xml = Data()
    _ = try archive.extract(entry) { xml.append($0) }
    let text = String(decoding: xml, as: UTF8.self)
    #expect(text.contains("NỘI DUNG KẾ HOẠCH"))
    #expect(!text.contains("Phần II"))
    #expect(!text.contains("I. CĂN CỨ LẬP KẾ HOẠCH"))

    let document = try DocumentLoader().load(path)
    let heading = try #require(document.blocks.first { $0.text == "NỘI DUNG KẾ HOẠCH" })
    #expect(heading.label == "Phần II.")
    #expect(heading.kind == .heading(level: 1))
    let labels = document.blocks.compactMap { $0.kind == .heading(level: 2) ? $0.label : nil }
    #expect(labels.prefix(8) == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "I."])
  }
}

extension Outline {
  /// All nodes with their depth, depth first.
  fileprivate func allNodesWithDepth() -> [(node: Node, depth: Int)] {
    var result: [(Node, Int)] = []
    func walk(_ nodes: [Node], _ depth: Int) {
      for node in nodes {
        result.append((node, depth))
        walk(node.children, depth + 1)
      }
    }
    walk(roots, 0)
    return result
  }
}
