import Foundation
import Testing

@testable import KeHoachLint

/// SARIF from every fixture (and the hand-built batch) validates against the official
/// SARIF 2.1.0 schema, copied into `Fixtures/schemas/`; the validator rejects broken logs.
@Suite struct SARIFSchemaTests {
  static func validator() throws -> JSONSchemaValidator {
    let text = try String(contentsOfFile: TestSupport.fixturesDirectory + "/schemas/sarif-schema-2.1.0.json", encoding: .utf8)
    return JSONSchemaValidator(root: try JSONValue.parse(text))
  }

  static func sarif(_ report: LintReport, options: ReportOptions = SampleReports.options) throws -> JSONValue {
    try JSONValue.parse(SARIFReporter().render(report, options: options))
  }

  @Test func fixturesValidate() throws {
    let report = try SampleReports.allFixtures()
    #expect(report.files.count >= 8)
    #expect(report.findings.count > 50)
    let errors = try Self.validator().validate(try Self.sarif(report))
    #expect(errors.isEmpty, "\(errors.prefix(10))")
  }

  @Test func batchWithWordPlanAndUnreadableFileValidates() throws {
    var options = SampleReports.options
    options.baseDirectory = "/srv/ke hoạch"
    let errors = try Self.validator().validate(try Self.sarif(try SampleReports.mixed(), options: options))
    #expect(errors.isEmpty, "\(errors.prefix(10))")
  }

  @Test func validatorRejectsBrokenLogs() throws {
    let validator = try Self.validator()
    let good = SARIFReporter().render(try SampleReports.mixed(), options: SampleReports.options)
    let broken = [
      good.replacingOccurrences(of: "\"version\" : \"2.1.0\"", with: "\"version\" : \"2.0\""),
      good.replacingOccurrences(of: "\"level\" : \"note\"", with: "\"level\" : \"info\""),
      good.replacingOccurrences(of: "\"startLine\" : ", with: "\"startLine\" : -"),
      good.replacingOccurrences(of: "\"ruleIndex\"", with: "\"ruleIdx\""),
      good.replacingOccurrences(of: "\"text\" : ", with: "\"txt\" : "),
    ]
    for text in broken {
      #expect(text != good)
      #expect(!validator.validate(try JSONValue.parse(text)).isEmpty)
    }
  }

  @Test func resultsCarryLocationsFingerprintsAndRuleIndices() throws {
    let log = try Self.sarif(try SampleReports.mixed())
    guard case .array(let runs)? = log["runs"], case .array(let results)? = runs.first?["results"],
      case .array(let rules)? = runs.first?["tool"]?["driver"]?["rules"]
    else {
      Issue.record("no runs/results/rules")
      return
    }
    #expect(runs.first?["columnKind"] == .string("unicodeCodePoints"))
    for result in results {
      guard case .number(let index)? = result["ruleIndex"] else {
        Issue.record("no ruleIndex")
        return
      }
      #expect(rules[Int(index)]["id"] == result["ruleId"])
      #expect(result["partialFingerprints"]?[SARIFReporter.fingerprintKey] != nil)
    }
    let word = results.filter {
      guard case .array(let locations)? = $0["locations"] else { return false }
      return locations.first?["physicalLocation"]?["region"] == nil
    }
    #expect(word.count == 3)
    guard case .array(let locations)? = word.first?["locations"], case .array(let logical)? = locations.first?["logicalLocations"] else {
      Issue.record("a Word result needs a logical location")
      return
    }
    #expect(logical.first?["fullyQualifiedName"] == .string("Phần II NỘI DUNG KẾ HOẠCH › VII. KINH PHÍ THỰC HIỆN › ¶212 bảng 3 [14,6]"))
    #expect(locations.first?["physicalLocation"]?["artifactLocation"]?["uri"] == .string("du-thao/Ke%20hoach%20so%2012%2C%20ban%202.docx"))
  }

  /// Columns are characters in the model and code points in SARIF: they differ in NFD text.
  @Test func columnsAreCountedInCodePoints() throws {
    let nfd = "Kế hoạch".decomposedStringWithCanonicalMapping
    var finding = Finding(
      ruleID: "r", kind: "k", severity: .warning, message: LocalizedText(vi: "m", en: "m"),
      location: SourceLocation(file: "a.md", line: 1, column: 10), source: GuidanceSource(document: "d"))
    finding.sourceLine = nfd + " <X>"
    #expect(SARIFReporter.codePointColumn(finding) == nfd.unicodeScalars.count + 2)
    finding.sourceLine = nil
    #expect(SARIFReporter.codePointColumn(finding) == 10)
  }

  @Test func pathsAreMadeRelativeToTheBase() {
    let locator = SARIFLocator(baseDirectory: "/repo")
    #expect(locator.location("/repo/du-thao/kế hoạch.md", index: 0).uri == "du-thao/k%E1%BA%BF%20ho%E1%BA%A1ch.md")
    #expect(locator.location("./a.md", index: 0).uriBaseId == "%SRCROOT%")
    #expect(locator.location("/elsewhere/a.md", index: 0).uri == "file:///elsewhere/a.md")
    #expect(locator.baseURI == "file:///repo/")
  }
}
