import Foundation
import Testing

@testable import KeHoachLint

/// Every format rendered from the sample reports, with the version and time fixed, compared
/// byte for byte with `Tests/Golden/`. After an intended change, regenerate with
/// `KEHOACH_LINT_UPDATE_GOLDEN=1 swift test --filter ReporterGoldenTests`, review the diff,
/// and commit it; the test then compares again.
@Suite struct ReporterGoldenTests {
  struct Case: CustomStringConvertible, Sendable {
    let name: String
    let sample: String
    let format: ReportFormat
    var summary = false
    var language = Language.vi
    var color = false

    var description: String { fileName }
    var fileName: String {
      var name = "\(sample)-\(self.name)"
      if language == .en { name += "-en" }
      return name + "." + (format == .text && color ? "ansi" : format.fileExtension)
    }
  }

  static let cases: [Case] =
    ["markdown", "mixed"].flatMap { sample in
      ReportFormat.allCases.map { Case(name: $0.rawValue, sample: sample, format: $0) }
        + [.html, .csv, .markdown].map { Case(name: "summary", sample: sample, format: $0, summary: true) }
    } + [
      Case(name: "text", sample: "markdown", format: .text, language: .en),
      Case(name: "text", sample: "mixed", format: .text, color: true),
      Case(name: "html", sample: "mixed", format: .html, language: .en),
    ]

  static var goldenDirectory: String { TestSupport.repositoryRoot + "/Tests/Golden" }

  static func render(_ testCase: Case) throws -> String {
    let report = testCase.sample == "markdown" ? try SampleReports.markdown() : try SampleReports.mixed()
    var options = SampleReports.options(language: testCase.language, color: testCase.color)
    if testCase.summary { options.reportLinks = PlanReportNames.names(for: report.files.map(\.path)) }
    return testCase.format.reporter(summary: testCase.summary).render(report, options: options)
  }

  @Test(arguments: cases)
  func matchesGoldenFile(_ testCase: Case) throws {
    let rendered = try Self.render(testCase)
    let path = Self.goldenDirectory + "/" + testCase.fileName
    if ProcessInfo.processInfo.environment["KEHOACH_LINT_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(atPath: Self.goldenDirectory, withIntermediateDirectories: true)
      try Data(rendered.utf8).write(to: URL(fileURLWithPath: path))
    }
    let expected = try #require(
      FileManager.default.contents(atPath: path), "missing \(path); run with KEHOACH_LINT_UPDATE_GOLDEN=1 to create it")
    let actual = Data(rendered.utf8)
    #expect(actual == expected, "\(testCase.fileName) differs from its golden file: \(Self.firstDifference(actual, expected))")
  }

  /// Rendering twice gives the same bytes (nothing depends on hashing order or the clock).
  @Test(arguments: ReportFormat.allCases)
  func renderingIsRepeatable(_ format: ReportFormat) throws {
    let testCase = Case(name: format.rawValue, sample: "mixed", format: format)
    #expect(try Self.render(testCase) == (try Self.render(testCase)))
  }

  @Test func everyGoldenFileBelongsToACase() throws {
    let names = Set(Self.cases.map(\.fileName))
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.goldenDirectory).filter { !$0.hasPrefix(".") }
    #expect(Set(files).subtracting(names).isEmpty, "stale golden files: \(Set(files).subtracting(names).sorted())")
  }

  static func firstDifference(_ actual: Data, _ expected: Data) -> String {
    let left = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
    let right = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
    for index in 0..<max(left.count, right.count) {
      let got = index < left.count ? left[index] : "<end>"
      let want = index < right.count ? right[index] : "<end>"
      if got != want { return "line \(index + 1):\n  got:  \(got)\n  want: \(want)" }
    }
    return "same lines, different bytes"
  }
}
