import Foundation
import Testing

@testable import KeHoachLint

/// Paths and helpers shared by the tests.
enum TestSupport {
  /// The repository root, found from this file's path.
  static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()

  static var rulesDirectory: String { repositoryRoot + "/Rules" }
  static var fixturesDirectory: String { repositoryRoot + "/Fixtures" }

  /// A linter with the bundled packs.
  static func linter(profile: String? = nil) throws -> Linter {
    try Linter(configuration: Configuration(rulesDirectory: rulesDirectory, profileID: profile))
  }

  /// Reads Markdown given as a string.
  static func markdown(_ text: String, file: String = "test.md") -> PlanDocument {
    MarkdownReader().read(bytes: Array(text.utf8), file: file)
  }

  /// The fixture's expectation lines for a list of findings: `POSITION SEVERITY RULE-ID MESSAGE`.
  static func expectationLines(_ findings: [Finding]) -> [String] {
    findings.map { finding in
      "\(position(finding.location)) \(finding.severity.rawValue) \(finding.ruleID) \(finding.message.vi)"
    }
  }

  /// `12:5` for text formats; `¶12` or `¶12:table2[3,4]` for Word documents.
  static func position(_ location: KeHoachLint.SourceLocation) -> String {
    if let line = location.line { return "\(line):\(location.column ?? 1)" }
    var text = "¶\(location.paragraph ?? 0)"
    if let cell = location.cell { text += ":table\(cell.table)[\(cell.row),\(cell.column)]" }
    return text
  }

  /// A profile for tests that build packs in code.
  static let testProfile = Profile(
    id: "test", version: "1", title: LocalizedText(vi: "Thử", en: "Test"),
    source: GuidanceSource(document: "Tài liệu thử", section: "Phụ lục thử"), planKind: .fiveYear, period: [2021, 2025],
    detect: Profile.Detection(title: ["giai đoạn 2021-2025"]))

  /// The test profile with profile data written as `pack.yml` keys (`security-terms`,
  /// `review-list`), as a rule kind's example gives them.
  static func profile(adding yaml: String) throws -> Profile {
    guard !yaml.isEmpty else { return testProfile }
    let text = """
      id: test
      version: "1"
      title: {vi: Thử, en: Test}
      source: {document: Tài liệu thử, section: Phụ lục thử}
      plan-kind: five-year
      period: [2021, 2025]
      detect: {title: ["giai đoạn 2021-2025"]}

      """
    return try YAMLSource(file: "example-pack.yml", text: text + yaml).decode(Profile.self)
  }
}

/// A folder of its own under the temporary directory: a UUID in its name, so two runs of the
/// suite on one machine never share it. Make it, then `defer { folder.remove() }` at once, so
/// it goes even when an expectation fails or the test throws.
struct TemporaryFolder: Sendable {
  let path: String

  init(_ prefix: String = "kehoach-lint-tests") throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(prefix + "-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `name` inside the folder.
  func file(_ name: String) -> String { path + "/" + name }

  /// Writes `bytes` as `name` inside the folder and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
    return file(name)
  }

  /// Removes the folder and everything in it (symbolic links are removed, not followed).
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
