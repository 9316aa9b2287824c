import Foundation
import Testing

@testable import KeHoachLint

/// `--lang en` says nothing in Vietnamese except what it quotes, and every error about a
/// configuration or baseline is in the language asked for, with its position.
@Suite struct BilingualTests {
  /// Letters only Vietnamese uses here: vowels with Vietnamese marks, and đ/Đ.
  static let vietnameseLetters = Set(
    ("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
      + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ").unicodeScalars)

  /// Texts a report copies from elsewhere, which `--lang en` keeps as they are written:
  /// - from the plan: its path, title, unit, number, place-and-date line, headings (and so the
  ///   heading paths), the finding's quote and source line, cited texts and budget labels;
  /// - from the guidance and the catalog: the guidance's citation (document, part, quote) and
  ///   catalog titles, which are names of Vietnamese documents;
  /// - identifiers: rule and requirement ids (built from the framework's headings) and legal
  ///   document numbers ("30/2020/NĐ-CP");
  /// - for now, the messages and requirement titles of the legal checks (`legal-*` kinds), which
  ///   name documents by their Vietnamese type and catalog title ("Nghị quyết 17/NQ-CP",
  ///   "Legal basis: Quyết định 749/QĐ-TTg ngày 3/6/2020"): not yet translated.
  /// Besides these, anything between “ and ” is quoted, and so is the echo of a source line
  /// in the text report (lines of the form `  12 | …` and `     | ^`). The JSON report carries
  /// texts in both languages by design: its `"vi"` fields are not checked.
  static func copiedTexts(_ report: LintReport) -> [String] {
    var texts: [String] = []
    for file in report.files {
      texts.append(file.path)
      if let summary = file.summary {
        texts += [summary.unit, summary.number, summary.placeAndDate, summary.title].compactMap { $0 }
        for citation in summary.citations {
          let entry = citation.catalog
          texts += [
            citation.text, citation.type, citation.number, citation.name, citation.date, citation.issuer, entry?.type, entry?.number,
            entry?.name, entry?.title,
          ].compactMap { $0 }
          texts += citation.section + citation.candidates
          // The legal checks' messages are not yet translated (see above).
          texts += citation.problems.flatMap { [$0.status.en, $0.message.en] }
        }
        if let coverage = summary.reviewCoverage { texts += [coverage.list] + coverage.mentioned + coverage.missing }
        texts += summary.budget.map { Array($0.perSource.keys) + $0.securityRows.map(\.name) } ?? []
      }
      for verdict in file.verdicts {
        texts += [verdict.id, verdict.ruleID] + guidance(verdict.source)
        if verdict.ruleID.contains("-legal-") { texts.append(verdict.title.en) }
      }
      for finding in file.findings {
        texts += [finding.ruleID, finding.quote, finding.sourceLine].compactMap { $0 } + finding.headingPath
        texts += guidance(finding.source)
        if finding.kind.hasPrefix("legal-") { texts.append(finding.message.en) }
      }
    }
    return texts
  }

  static func guidance(_ source: GuidanceSource) -> [String] {
    [source.citation, source.document, source.section, source.quote].compactMap { $0 }
  }

  /// `text` with every copied text (as each format escapes it), every “…” quote and every
  /// source-line echo taken out.
  static func unquoted(_ text: String, copied: [String]) -> String {
    var result = text
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var forms: Set<String> = []
    for copy in copied where !copy.isEmpty {
      forms.insert(copy)
      forms.insert(Markup.escape(copy))
      forms.insert(Markup.markdownCell(copy))
      forms.insert(copy.replacingOccurrences(of: "%", with: "%25"))  // GitHub workflow commands
      if let json = try? encoder.encode(copy) { forms.insert(String(decoding: json.dropFirst().dropLast(), as: UTF8.self)) }
    }
    for form in forms.sorted(by: { $0.count > $1.count }) { result = result.replacingOccurrences(of: form, with: "") }
    result = result.replacingOccurrences(of: "“[^”]*”", with: "", options: .regularExpression)
    result = result.replacingOccurrences(of: "(?m)^ *[0-9]* \\|.*$", with: "", options: .regularExpression)
    result = result.replacingOccurrences(of: "(?m)^ *\"vi\" : .*$", with: "", options: .regularExpression)
    // A fix's old and new text are plan text (JSON `fix`, SARIF `insertedContent`).
    result = result.replacingOccurrences(of: "(?m)^ *\"(old|new)Text\" : .*$", with: "", options: .regularExpression)
    result = result.replacingOccurrences(
      of: "\"insertedContent\" : \\{\\s*\"text\" : \"[^\"]*\"", with: "", options: .regularExpression)
    result = result.replacingOccurrences(of: "[0-9A-Za-z/-]*Đ[0-9A-Za-z/-]*", with: "", options: .regularExpression)
    return result
  }

  static func vietnameseLines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).filter { $0.unicodeScalars.contains(where: vietnameseLetters.contains) }.map(String.init)
  }

  @Test(arguments: [ReportFormat.text, .markdown, .html, .json, .sarif, .csv, .junit, .github])
  func englishReportsHaveNoVietnameseOutsideQuotes(_ format: ReportFormat) throws {
    let reports = [try SampleReports.allFixtures(), try SampleReports.mixed()]
    for report in reports {
      let rendered = format.reporter(summary: false).render(report, options: SampleReports.options(language: .en))
      let left = Self.vietnameseLines(Self.unquoted(rendered, copied: Self.copiedTexts(report)))
      #expect(left.isEmpty, "\(format.rawValue): \(left.count) lines, e.g.\n\(left.prefix(8).joined(separator: "\n"))")
    }
  }

  @Test func theDefinitionFindsVietnameseLeftUnquoted() {
    #expect(Self.vietnameseLines(Self.unquoted("Section “Mục tiêu” (bảng 2)", copied: [])) == ["Section  (bảng 2)"])
  }

  static func temporaryFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "kehoach-bilingual-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  static let foundationEnglish = ["The data couldn", "Expected to decode", "couldn’t be read", "debugDescription", "Cannot initialize"]

  /// The error of `body` as printed in each language.
  static func messages(_ body: () throws -> Void) throws -> (line: Int?, column: Int?, vi: String, en: String) {
    do {
      try body()
    } catch let error as KeHoachLintError {
      guard case .rulePack(_, let line, let column, _) = error else { throw error }
      return (line, column, error.message.text(in: .vi), error.message.text(in: .en))
    }
    Issue.record("expected an error")
    return (nil, nil, "", "")
  }

  static func expectBilingual(_ vi: String, _ en: String, position: String, quoting value: String) {
    #expect(vi.contains(position) && en.contains(position), "\(vi) / \(en)")
    #expect(vi.contains("“\(value)”") && en.contains("“\(value)”"))
    #expect(vi.unicodeScalars.contains(where: vietnameseLetters.contains), "\(vi)")
    #expect(!en.unicodeScalars.contains(where: vietnameseLetters.contains), "\(en)")
    for english in foundationEnglish { #expect(!vi.contains(english) && !en.contains(english)) }
  }

  @Test func badConfigurationValueIsReportedInBothLanguagesWithItsPosition() throws {
    let path = try Self.temporaryFolder() + "/.kehoach-lint.yml"
    try "profile: phu-luc-ii-2021\nfail-on: loud\n".write(toFile: path, atomically: true, encoding: .utf8)
    let error = try Self.messages { _ = try ProjectConfiguration.load(path) }
    #expect(error.line == 2 && error.column == 1)
    Self.expectBilingual(error.vi, error.en, position: "\(path):2:1:", quoting: "loud")
    #expect(error.vi.contains("không hợp lệ") && error.en.contains("is not one of: error, warning, info, never"))
  }

  @Test func wrongKindInConfigurationIsReportedInBothLanguages() throws {
    let path = try Self.temporaryFolder() + "/.kehoach-lint.yml"
    try "exclude: 3\nlevel: xa\n".write(toFile: path, atomically: true, encoding: .utf8)
    let error = try Self.messages { _ = try ProjectConfiguration.load(path) }
    #expect(error.line != nil && error.column != nil)
    for english in Self.foundationEnglish { #expect(!error.vi.contains(english) && !error.en.contains(english)) }
    #expect(!error.en.unicodeScalars.contains(where: Self.vietnameseLetters.contains), "\(error.en)")
  }

  @Test func badBaselineIsReportedInBothLanguagesWithItsPosition() throws {
    let path = try Self.temporaryFolder() + "/baseline.json"
    try "{\n  \"version\": 1,\n  \"entries\": [\n    { \"file\": \"a.md\", \"ruleId\": \"x\", \"message\": \"m\" }\n  ]\n}\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let error = try Self.messages { _ = try Baseline.load(path) }
    #expect(error.line == 4 && error.column != nil)
    Self.expectBilingual(error.vi, error.en, position: "\(path):4:", quoting: "fingerprint")
    #expect(error.vi.contains("baseline") && error.en.contains("not a kehoach-lint baseline"))
  }

  @Test func brokenBaselineSyntaxHasAPosition() throws {
    let path = try Self.temporaryFolder() + "/baseline.json"
    try "{\n  \"version\": 1,\n  \"entries\": [ {\n".write(toFile: path, atomically: true, encoding: .utf8)
    let error = try Self.messages { _ = try Baseline.load(path) }
    #expect(error.line != nil)
    #expect(error.vi.contains("sai cú pháp") && error.en.contains("syntax error"))
  }

  @Test func aWrittenBaselineReadsBack() throws {
    let path = try Self.temporaryFolder() + "/baseline.json"
    let report = try SampleReports.markdown()
    try Baseline(report: report, path: path).write(to: path)
    let loaded = try Baseline.load(path)
    #expect(loaded.entries.count == report.findings.count)
    #expect(loaded.filter(report, baselinePath: path).findings.isEmpty)
  }

  @Test(arguments: [("15/9/2020", CivilDate(year: 2020, month: 9, day: 15)), ("05/01/2021", CivilDate(year: 2021, month: 1, day: 5))])
  func commandLineDatesParse(_ text: String, _ date: CivilDate?) {
    #expect(CivilDate(dayMonthYear: text) == date)
  }

  @Test(arguments: ["31/02/2020", "2020-09-15", "15/9", "15/9/2020/1", "a/b/c", "", "15//2020"])
  func badCommandLineDatesAreRejected(_ text: String) {
    #expect(CivilDate(dayMonthYear: text) == nil)
  }
}
