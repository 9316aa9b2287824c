import Foundation
import Testing
import Yams

@testable import KeHoachLint

/// Runs every rule kind's examples: a finding exactly at each `↓`, none elsewhere.
@Suite struct RuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let kind: String
    let index: Int
    let example: RuleExample
    var testDescription: String { "\(kind) example \(index + 1)" }
  }

  static let cases: [Case] = BuiltInRules.kinds.flatMap { kind in
    kind.description.examples.enumerated().map { Case(kind: kind.description.kind, index: $0.offset, example: $0.element) }
  }

  @Test func everyKindHasTriggeringAndQuietExamples() {
    for kind in BuiltInRules.kinds {
      let examples = kind.description.examples
      // Word-only kinds (draft hygiene, the decree's format) cannot trigger on a Markdown
      // example: their description says so.
      if kind != DraftHygieneRule.self && kind != DecreeFormatRule.self {
        #expect(examples.contains { $0.triggers }, "\(kind.description.kind) needs a triggering example")
      }
      #expect(examples.contains(where: { !$0.triggers }), "\(kind.description.kind) needs a non-triggering example")
    }
  }

  @Test(arguments: cases)
  func exampleFindsExactlyTheMarkedPlaces(_ testCase: Case) throws {
    try check(testCase, markdown: testCase.example.markdown)
  }

  /// The same example after a Vietnamese paragraph: every expected line shifts, nothing else.
  @Test(arguments: cases)
  func exampleAfterVietnameseText(_ testCase: Case) throws {
    try check(testCase, markdown: "Đoạn mở đầu: Ủy ban nhân dân huyện Trà Bồng.\n\n" + testCase.example.markdown)
  }

  private func check(_ testCase: Case, markdown: String) throws {
    let (text, markers) = Self.stripMarkers(markdown)
    let rule = try Self.makeRule(kind: testCase.kind, spec: testCase.example.spec)
    let document = TestSupport.markdown(text)
    let context = RuleContext(
      document: document, outline: Outline(document: document), profile: try TestSupport.profile(adding: testCase.example.profile),
      configuration: Configuration(rulesDirectory: TestSupport.rulesDirectory),
      resources: try RuleResources.load(rulesDirectory: TestSupport.rulesDirectory))
    let positions = rule.check(context).map { "\($0.location.line ?? 0):\($0.location.column ?? 0)" }.sorted()
    #expect(positions == markers.sorted(), "\(testCase.testDescription)")
  }

  /// Removes `↓` markers, returning the text and each marker's `line:column` (characters).
  static func stripMarkers(_ markdown: String) -> (String, [String]) {
    var text = ""
    var markers: [String] = []
    var line = 1
    var column = 1
    for character in markdown {
      if character == RuleExample.marker {
        markers.append("\(line):\(column)")
        continue
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (text, markers)
  }

  static func makeRule(kind name: String, spec: String) throws -> any Rule {
    let kind = try #require(BuiltInRules.kind(named: name))
    let yaml = "kind: \(name)\nid: example\nsource: {document: Ví dụ}\n" + spec
    let source = try YAMLSource(file: "example.yml", text: yaml)
    let info = RuleInfo(id: "example", kind: name, severity: kind.description.defaultSeverity, source: GuidanceSource(document: "Ví dụ"))
    return try RulePackLoader.instantiate(kind, info: info, node: source.root, source: source)
  }
}
