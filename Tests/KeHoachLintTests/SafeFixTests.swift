import Foundation
import Testing
import ZIPFoundation

@testable import KeHoachLint

/// Safe fixes, end to end: each fixture of Fixtures/fix/ (made by scripts/make-fix-fixtures.py
/// from a good plan) holds one fault `fix` knows the right text for. Fixed, it must be the good
/// plan again: the fault's finding gone, no finding new.
@Suite struct SafeFixTests {
  static let names = ["so-ky-hieu-sai", "ngay-ban-hanh-sai", "diem-sai-thu-tu", "muc-nhay-so", "muc-trung-so"]
  static let folder = TestSupport.fixturesDirectory + "/fix"

  static func lint(_ path: String) throws -> FileReport {
    let report = try LintSession.run(LintRequest(paths: [path], rulesDirectory: TestSupport.rulesDirectory))
    return try #require(report.files.first)
  }

  /// Findings as "rule: message", to tell new ones from old.
  static func keys(_ findings: [Finding]) -> Set<String> { Set(findings.map { "\($0.ruleID): \($0.message.vi)" }) }

  @Test(arguments: names)
  func markdownFixGivesTheCorrectedPlan(_ name: String) throws {
    let path = Self.folder + "/\(name).md"
    let file = try Self.lint(path)
    let fixed = file.findings.filter { $0.fix != nil }
    #expect(!fixed.isEmpty, "\(name): the fault has a fix")
    let result = TextFixer().apply(
      file.findings.flatMap { $0.fix?.replacements ?? [] }, to: try String(contentsOfFile: path, encoding: .utf8))
    #expect(result.skipped.isEmpty)
    #expect(result.text == (try String(contentsOfFile: path + ".fixed", encoding: .utf8)))

    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let output = temporary.path + "/\(name).md"
    try result.text.write(toFile: output, atomically: true, encoding: .utf8)
    let recheck = try Self.lint(output)
    let fixedRules = Set(fixed.map(\.ruleID))
    #expect(recheck.findings.allSatisfy { !fixedRules.contains($0.ruleID) })
    #expect(Self.keys(recheck.findings).subtracting(Self.keys(file.findings)).isEmpty, "no new finding")
  }

  @Test(arguments: names)
  func wordFixIsTrackedChanges(_ name: String) throws {
    let path = Self.folder + "/\(name).docx"
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let file = try Self.lint(path)
    let replacements = file.findings.flatMap { $0.fix?.replacements ?? [] }
    #expect(!replacements.isEmpty)
    let outcome = try DocxFixer(date: Date(timeIntervalSince1970: 1_600_000_000)).fix(bytes: bytes, file: path, findings: file.findings)
    #expect(outcome.skipped.isEmpty)
    #expect(outcome.applied.count == replacements.count)

    // Every entry but the main part keeps its bytes, in its place.
    let before = try WordRevisions.entries(bytes)
    let after = try WordRevisions.entries(outcome.bytes)
    #expect(before.map(\.path) == after.map(\.path))
    for (old, new) in zip(before, after) where old.path != "word/document.xml" { #expect(old.data == new.data, "\(old.path)") }

    let xml = try #require(after.first { $0.path == "word/document.xml" }).data
    let original = try DocxReader().read(bytes: bytes, file: path)
    // Rejecting every revision gives the draft back.
    let rejected = try DocxReader().read(
      bytes: try WordRevisions.replacingDocument(in: after, with: WordRevisions.rejectAll(xml)), file: path)
    #expect(TestDocx.texts(rejected) == TestDocx.texts(original))
    // Accepting every revision gives the good plan's Word twin (the same pandoc conversion).
    let acceptedBytes = try WordRevisions.replacingDocument(in: after, with: WordRevisions.acceptAll(xml))
    let accepted = try DocxReader().read(bytes: acceptedBytes, file: path)
    let good = try TestDocx.read(
      [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestSupport.fixturesDirectory + "/docx/good/ke-hoach-nam-2021.docx"))))
    #expect(TestDocx.texts(accepted) == TestDocx.texts(good))

    // Re-checked once accepted: the fixed rules are quiet and nothing new is found. (Before
    // accepting, the copy's only new findings are draft hygiene's "tracked changes left in".)
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let acceptedPath = temporary.path + "/\(name).docx"
    try Data(acceptedBytes).write(to: URL(fileURLWithPath: acceptedPath))
    let recheck = try Self.lint(acceptedPath)
    let fixedRules = Set(file.findings.filter { $0.fix != nil }.map(\.ruleID))
    #expect(recheck.findings.allSatisfy { !fixedRules.contains($0.ruleID) })
    #expect(Self.keys(recheck.findings).subtracting(Self.keys(file.findings)).isEmpty)
    let outputPath = temporary.path + "/\(name).sua.docx"
    try Data(outcome.bytes).write(to: URL(fileURLWithPath: outputPath))
    let unaccepted = try Self.lint(outputPath)
    let draftKeys = Self.keys(file.findings)
    #expect(unaccepted.findings.filter { !draftKeys.contains("\($0.ruleID): \($0.message.vi)") }.allSatisfy { $0.kind == "draft-hygiene" })
  }

  /// Every Word fixture, whatever wrote it (pandoc, python-docx, LibreOffice, house styles):
  /// rejecting the copy's revisions gives the draft's text back, and accepting them gives the
  /// draft's text with exactly the applied replacements.
  static func wordFixtures() -> [String] {
    let root = TestSupport.fixturesDirectory
    let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
    return all.filter { $0.hasSuffix(".docx") && !$0.hasPrefix("hostile/") }.sorted()
  }

  @Test(arguments: wordFixtures())
  func wordFixNeverChangesOtherText(_ relativePath: String) throws {
    let path = TestSupport.fixturesDirectory + "/" + relativePath
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let file = try Self.lint(path)
    let outcome = try DocxFixer(date: Date(timeIntervalSince1970: 0)).fix(bytes: bytes, file: path, findings: file.findings)
    let original = try DocxReader().read(bytes: bytes, file: path)
    let entries = try WordRevisions.entries(outcome.bytes)
    let xml = try #require(entries.first { $0.path == "word/document.xml" }).data
    let rejected = try DocxReader().read(
      bytes: try WordRevisions.replacingDocument(in: entries, with: WordRevisions.rejectAll(xml)), file: path)
    #expect(TestDocx.texts(rejected) == TestDocx.texts(original))
    #expect(rejected.formatting.sections == original.formatting.sections, "rejected, the page setup is the draft's")
    let accepted = try DocxReader().read(
      bytes: try WordRevisions.replacingDocument(in: entries, with: WordRevisions.acceptAll(xml)), file: path)
    for fix in outcome.appliedPageSetups {
      let section = try #require(accepted.formatting.sections.first { $0.number == fix.section })
      #expect(fix.after.width.map { $0 == section.width } ?? true, "accepted, the section has the new paper")
      #expect(fix.after.left.map { $0 == section.left } ?? true, "accepted, the section has the new left margin")
    }
    #expect(TestDocx.texts(accepted) == Self.applying(outcome.applied, to: original))
  }

  /// The reader's paragraph texts with `replacements` made at their offsets (a paragraph's own
  /// block, the first with its number).
  static func applying(_ replacements: [TextReplacement], to document: PlanDocument) -> [String] {
    var seen: Set<Int> = []
    return document.blocks.filter { $0.kind != .table }.map { block in
      guard let paragraph = block.location.paragraph, seen.insert(paragraph).inserted else { return block.text }
      var characters = Array(block.text)
      for replacement in replacements.filter({ $0.paragraph == paragraph }).sorted(by: { ($0.offset ?? 0) > ($1.offset ?? 0) }) {
        guard let offset = replacement.offset, let end = replacement.endOffset else { continue }
        characters.replaceSubrange(offset..<end, with: Array(replacement.newText))
      }
      return String(characters)
    }
  }

  @Test func explainAndRulesKnowWhichKindsFix() {
    let fixing = ["legal-catalog-date", "legal-number-format", "section-numbering"]
    for kind in fixing { #expect(BuiltInRules.description(of: kind)?.canFix == true, "\(kind)") }
    #expect(BuiltInRules.description(of: "required-sections")?.canFix == false)
    #expect(BuiltInRules.description(of: "digital-government-budget-share")?.canFix == false)
  }
}

/// A folder under the temporary directory, removed by `remove()`.
struct TemporaryDirectory {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "kehoach-lint-fix-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Accepting and rejecting Word revisions by hand, as Word's Review pane does for insertions
/// and deletions of text and for changed section properties.
enum WordRevisions {
  struct Entry {
    let path: String
    let data: [UInt8]
  }

  static func entries(_ bytes: [UInt8]) throws -> [Entry] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    return try archive.map { entry in
      var data: [UInt8] = []
      _ = try archive.extract(entry) { data.append(contentsOf: $0) }
      return Entry(path: entry.path, data: data)
    }
  }

  static func replacingDocument(in entries: [Entry], with xml: String) throws -> [UInt8] {
    var parts: [String: Data] = [:]
    for entry in entries { parts[entry.path] = Data(entry.data) }
    parts["word/document.xml"] = Data(xml.utf8)
    return try TestDocx.zip(parts)
  }

  /// `w:del` elements removed, `w:ins` unwrapped, `w:sectPrChange` dropped (the section's
  /// properties stay as they are).
  static func acceptAll(_ bytes: [UInt8]) -> String {
    var xml = String(decoding: bytes, as: UTF8.self)
    xml = replace(#"<w:del [^>]*>.*?</w:del>"#, in: xml, with: "")
    xml = replace(#"<w:ins [^>]*>|</w:ins>"#, in: xml, with: "")
    xml = replace(#"<w:sectPrChange [^>]*>.*?</w:sectPrChange>"#, in: xml, with: "")
    return xml
  }

  /// `w:ins` elements removed, `w:del` unwrapped, deleted text made text again, and a changed
  /// section's properties the old ones inside its `w:sectPrChange` (its header and footer
  /// references kept: CT_SectPrBase holds none).
  static func rejectAll(_ bytes: [UInt8]) -> String {
    var xml = String(decoding: bytes, as: UTF8.self)
    xml = rejectSectionChanges(xml)
    xml = replace(#"<w:ins [^>]*>.*?</w:ins>"#, in: xml, with: "")
    xml = replace(#"<w:del [^>]*>|</w:del>"#, in: xml, with: "")
    xml = xml.replacingOccurrences(of: "<w:delText", with: "<w:t").replacingOccurrences(of: "</w:delText>", with: "</w:t>")
    return xml
  }

  private static func rejectSectionChanges(_ xml: String) -> String {
    let pattern =
      #"(<w:sectPr\b[^>]*(?<!/)>)((?:(?!</w:sectPr>).)*?)<w:sectPrChange [^>]*>(?:<w:sectPr/>|<w:sectPr>(.*?)</w:sectPr>)</w:sectPrChange></w:sectPr>"#
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return xml }
    var result = xml
    for match in expression.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).reversed() {
      let group = { (index: Int) in Range(match.range(at: index), in: xml).map { String(xml[$0]) } ?? "" }
      let references = group(2).matches(of: #/<w:(header|footer)Reference [^>]*/>/#).map { String($0.output.0) }.joined()
      guard let whole = Range(match.range, in: result) else { continue }
      result.replaceSubrange(whole, with: group(1) + references + group(3) + "</w:sectPr>")
    }
    return result
  }

  private static func replace(_ pattern: String, in text: String, with replacement: String) -> String {
    guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return text }
    return expression.stringByReplacingMatches(
      in: text, range: NSRange(text.startIndex..., in: text), withTemplate: NSRegularExpression.escapedTemplate(for: replacement))
  }
}

/// The decree's format where it is text (Nghị định 30/2020/NĐ-CP, Phụ lục I): the date line's
/// leading zeros, the Quốc hiệu and Tiêu ngữ as written, "Số: …/KH-…" — in the header table's
/// cells, where plans write them. Fixed and accepted, the slip is gone and nothing is new.
@Suite struct DecreeFormatFixTests {
  static let names = ["ngay-thieu-so-0", "quoc-hieu-chu-thuong", "so-ky-hieu-cach", "tieu-ngu-gach-dai"]

  @Test(arguments: names)
  func headerSlipIsFixedAsATrackedChange(_ name: String) throws {
    let path = TestSupport.fixturesDirectory + "/docx/bad/the-thuc-\(name).docx"
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let file = try SafeFixTests.lint(path)
    let slips = file.findings.filter { $0.ruleID.contains("the-thuc") }
    #expect(!slips.isEmpty && slips.allSatisfy { $0.fix != nil }, "\(name): the slip carries its fix")
    let outcome = try DocxFixer(date: Date(timeIntervalSince1970: 0)).fix(bytes: bytes, file: path, findings: file.findings)
    #expect(outcome.skipped.isEmpty)
    #expect(outcome.applied.count == slips.count)

    let entries = try WordRevisions.entries(outcome.bytes)
    let xml = try #require(entries.first { $0.path == "word/document.xml" }).data
    let temporary = try TemporaryDirectory()
    defer { temporary.remove() }
    let acceptedPath = temporary.path + "/\(name).docx"
    try Data(try WordRevisions.replacingDocument(in: entries, with: WordRevisions.acceptAll(xml)))
      .write(to: URL(fileURLWithPath: acceptedPath))
    let recheck = try SafeFixTests.lint(acceptedPath)
    #expect(recheck.findings.allSatisfy { !$0.ruleID.contains("the-thuc") })
    #expect(SafeFixTests.keys(recheck.findings).subtracting(SafeFixTests.keys(file.findings)).isEmpty)
    let rejected = try DocxReader().read(
      bytes: try WordRevisions.replacingDocument(in: entries, with: WordRevisions.rejectAll(xml)), file: path)
    #expect(TestDocx.texts(rejected) == TestDocx.texts(try DocxReader().read(bytes: bytes, file: path)))
  }
}
