import Foundation
import Testing

/// End to end through the built binary: exit statuses, formats, the walking skeleton's
/// acceptance (a section removed, the same plan in NFD, in capitals, with bold headings).
@Suite struct CheckCommandTests {
  static let fiveYear = "Fixtures/markdown/good/ke-hoach-5-nam-2021-2025.md"
  static let annual = "Fixtures/markdown/good/ke-hoach-nam-2021.md"

  static func fixtureText(_ path: String) throws -> String {
    try String(contentsOfFile: CLI.repositoryRoot + "/" + path, encoding: .utf8)
  }

  /// Writes `text` as a plan in a fresh folder and returns its path.
  static func writePlan(_ text: String, name: String = "plan.md") throws -> String {
    let path = try CLI.temporaryDirectory() + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The plan without its "VI. LỘ TRÌNH THỰC HIỆN" section (heading and content).
  static func withoutRoadmap(_ text: String) -> String {
    var lines: [Substring] = []
    var skipping = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## VI. LỘ TRÌNH THỰC HIỆN") {
        skipping = true
        continue
      }
      if skipping && line.hasPrefix("#") { skipping = false }
      if !skipping { lines.append(line) }
    }
    return lines.joined(separator: "\n")
  }

  @Test func versionPrints() throws {
    let result = try CLI.run(["--version"])
    #expect(result.status == 0)
    #expect(
      result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
  }

  @Test(arguments: [fiveYear, annual])
  func completePlanIsClean(_ path: String) throws {
    let result = try CLI.run(["check", path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n")
  }

  @Test func findsBundledRulesFromAnyWorkingDirectory() throws {
    let elsewhere = try CLI.temporaryDirectory()
    let result = try CLI.run(["check", CLI.repositoryRoot + "/" + Self.fiveYear], in: elsewhere)
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func removedRoadmapIsOneErrorNamingSectionLineAndSource() throws {
    let text = Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear))
    let path = try Self.writePlan(text)
    let result = try CLI.run(["check", path])
    #expect(result.status == 1)
    let findings = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
    #expect(findings.count == 1)
    let finding = String(findings.first ?? "")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let partTwo = try #require(lines.firstIndex { $0.hasPrefix("# Phần II") })
    let kinhPhi = try #require(lines[partTwo...].firstIndex { $0.hasPrefix("## VII.") })
    #expect(finding.hasPrefix("\(path):\(kinhPhi + 1):1: error: "))
    #expect(finding.contains("VI. Lộ trình thực hiện"))
    #expect(finding.contains("Phụ lục I"))
    #expect(finding.hasSuffix("[pl1-required-sections]"))
  }

  /// NFD text, capitalised headings and bold paragraphs instead of `#` headings all give the
  /// same findings as the plain draft.
  @Test(arguments: ["nfd", "capitals", "bold"])
  func variantsGiveTheSameResult(_ variant: String) throws {
    let base = Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear))
    let transformed: String
    switch variant {
    case "nfd": transformed = base.decomposedStringWithCanonicalMapping
    case "capitals":
      transformed = base.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.hasPrefix("#") ? $0.uppercased() : String($0) }.joined(separator: "\n")
    default:
      transformed = base.split(separator: "\n", omittingEmptySubsequences: false)
        .map { line -> String in
          guard line.hasPrefix("#") else { return String(line) }
          return "**" + line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) + "**"
        }.joined(separator: "\n")
    }
    #expect(Array(transformed.unicodeScalars) != Array(base.unicodeScalars))
    let plain = try CLI.run(["check", try Self.writePlan(base)])
    let changedPath = try Self.writePlan(transformed)
    let changed = try CLI.run(["check", changedPath])
    #expect(changed.status == plain.status)
    #expect(
      Self.withoutPaths(changed.stdout).precomposedStringWithCanonicalMapping.uppercased() == Self.withoutPaths(plain.stdout).uppercased())
  }

  static func withoutPaths(_ output: String) -> String {
    output.split(separator: "\n").map { line in
      guard let range = line.range(of: ".md:") else { return String(line) }
      return String(line[range.upperBound...])
    }.joined(separator: "\n")
  }

  @Test func jsonOutputFollowsTheSchema() throws {
    let path = try Self.writePlan(Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear)))
    let result = try CLI.run(["check", "--format", "json", path])
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.count == 1)
    #expect(files[0]["profile"] as? String == "phu-luc-i-2021-2025")
    let findings = try #require(files[0]["findings"] as? [[String: Any]])
    #expect(findings.map { $0["ruleId"] as? String } == ["pl1-required-sections", "pl1-numbering"])
    let finding = try #require(findings.first { $0["ruleId"] as? String == "pl1-required-sections" })
    #expect(finding["kind"] as? String == "required-sections")
    #expect(finding["headingPath"] as? [String] == ["Phần II NỘI DUNG KẾ HOẠCH", "VII. KINH PHÍ THỰC HIỆN"])
    #expect(finding["severity"] as? String == "error")
    #expect(finding["line"] as? Int != nil)
    #expect(finding["column"] as? Int == 1)
    let source = try #require(finding["source"] as? [String: Any])
    #expect(source["section"] as? String == "Phụ lục I")
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary["errors"] == 1)
    #expect(summary["warnings"] == 1)
  }

  @Test func englishMessages() throws {
    let path = try Self.writePlan(Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear)))
    let result = try CLI.run(["check", "--lang", "en", path])
    #expect(result.stdout.contains("Missing mandatory section"))
    #expect(result.stdout.contains("1 file: 1 error, 1 warning, 0 info."))
  }

  @Test func failOnNeverExitsZero() throws {
    let path = try Self.writePlan(Self.withoutRoadmap(try Self.fixtureText(Self.fiveYear)))
    #expect(try CLI.run(["check", "--fail-on", "never", path]).status == 0)
  }

  @Test func unreadableInputsExitTwoAndTheBatchGoesOn() throws {
    let folder = try CLI.temporaryDirectory()
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]).write(to: URL(fileURLWithPath: folder + "/cu.docx"))
    try Data().write(to: URL(fileURLWithPath: folder + "/rong.md"))
    try Self.fixtureText(Self.fiveYear).write(toFile: folder + "/tot.md", atomically: true, encoding: .utf8)
    let result = try CLI.run(["check", "--format", "json", folder, folder + "/khong-co.md"])
    #expect(result.status == 2)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    let codes = files.map { ($0["error"] as? [String: Any])?["code"] as? String ?? "ok" }
    #expect(codes == ["legacy-doc", "empty-file", "ok", "file-not-found"])
    let messages = files.compactMap { ($0["error"] as? [String: Any])?["message"] as? String }
    #expect(messages.allSatisfy { $0.contains(folder) || $0.contains("khong-co.md") })
  }

  @Test func invalidUTF8IsAnInputError() throws {
    let path = try CLI.temporaryDirectory() + "/tcvn3.md"
    try Data([0x4B, 0xD5, 0x20, 0x68, 0x6F, 0xB9, 0x63, 0x68, 0x0A]).write(to: URL(fileURLWithPath: path))
    let result = try CLI.run(["check", path])
    #expect(result.status == 2)
    #expect(result.stdout.contains("UTF-8"))
  }

  @Test func unknownProfileIsAUsageError() throws {
    let result = try CLI.run(["check", "--profile", "khong-co", Self.fiveYear])
    #expect(result.status == 2)
    #expect(result.stderr.contains("phu-luc-i-2021-2025"))
  }

  @Test func profileCanBeForced() throws {
    let result = try CLI.run(["check", "--format", "json", "--profile", "phu-luc-ii-2021", Self.fiveYear])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.first?["profile"] as? String == "phu-luc-ii-2021")
  }

  @Test func inputsAreNeverModified() throws {
    let path = try Self.writePlan(try Self.fixtureText(Self.annual))
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    _ = try CLI.run(["check", "--format", "json", path])
    _ = try CLI.run(["outline", path])
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }

  @Test func outlineShowsTheSectionTree() throws {
    let result = try CLI.run(["outline", Self.fiveYear])
    #expect(result.status == 0)
    #expect(result.stdout.contains("- Phần II"))
    #expect(result.stdout.contains("  - VI. LỘ TRÌNH THỰC HIỆN  ["))
  }

  @Test func rulesAndProfilesList() throws {
    let profiles = try CLI.run(["profiles"])
    #expect(profiles.stdout.contains("phu-luc-i-2021-2025"))
    let rules = try CLI.run(["rules"])
    #expect(rules.stdout.contains("pl1-required-sections\terror"))
  }
}
