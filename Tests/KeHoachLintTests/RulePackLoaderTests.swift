import Foundation
import Testing

@testable import KeHoachLint

@Suite struct RulePackLoaderTests {
  @Test func bundledPacksLoad() throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    #expect(packs.map(\.profile.id).contains("phu-luc-i-2021-2025"))
    #expect(packs.map(\.profile.id).contains("phu-luc-ii-2021"))
    for pack in packs {
      let rules = try pack.rules()
      #expect(!rules.isEmpty)
      for rule in rules { #expect(!rule.info.source.document.isEmpty, "\(rule.info.id) must cite its source") }
    }
  }

  @Test func unknownKeyPointsToFileLineAndColumn() throws {
    let yaml = """
      rules:
        - kind: required-sections
          id: x
          source: {document: Thử}
          sections:
            - title: Căn cứ
              tittle: Mục tiêu
      """
    let source = try YAMLSource(file: "pack.yml", text: yaml)
    #expect(
      throws: KeHoachLintError.rulePack(
        file: "pack.yml", line: 7, column: 9,
        reason: Messages.FileProblem.unknownKey(
          "tittle", valid: ["label", "title", "aliases", "optional", "match-label", "children", "guidance"]))
    ) {
      _ = try RulePackLoader().loadRules(in: source, allowing: [])
    }
  }

  @Test func unknownKindListsTheValidKinds() throws {
    let source = try YAMLSource(file: "pack.yml", text: "rules:\n  - kind: no-such-kind\n    id: x\n")
    do {
      _ = try RulePackLoader().loadRules(in: source, allowing: [])
      Issue.record("an unknown kind must be rejected")
    } catch {
      guard case .rulePack(_, let line, let column, let reason) = error else { throw error }
      #expect(line == 2 && column == 11)
      #expect(reason.en.contains("required-sections") && reason.vi.contains("required-sections"))
    }
  }

  @Test func syntaxErrorHasAPosition() {
    do {
      _ = try YAMLSource(file: "bad.yml", text: "rules:\n  - kind: [unclosed\n")
      Issue.record("a YAML syntax error must be reported")
    } catch {
      guard case .rulePack(let file, let line, _, _) = error else { return }
      #expect(file == "bad.yml")
      #expect(line != nil)
    }
  }

  @Test func missingKeyIsNamed() throws {
    let source = try YAMLSource(file: "pack.yml", text: "rules:\n  - kind: required-sections\n    id: x\n    source: {document: Thử}\n")
    #expect(throws: KeHoachLintError.self) { _ = try RulePackLoader().loadRules(in: source, allowing: []) }
  }

  /// A user adds a required section by dropping a YAML file in a pack folder: no rebuild.
  @Test func extraYAMLFileAddsARuleInstance() throws {
    let folder = NSTemporaryDirectory() + "pack-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let packYAML = try String(contentsOfFile: TestSupport.rulesDirectory + "/phu-luc-ii-2021/pack.yml", encoding: .utf8)
    try packYAML.write(toFile: folder + "/pack.yml", atomically: true, encoding: .utf8)
    try """
    rules:
      - kind: required-sections
        id: unit-extra-section
        source: {document: Quy định riêng của đơn vị, section: Điều 3}
        sections:
          - title: Đánh giá rủi ro
    """.write(toFile: folder + "/extra.yml", atomically: true, encoding: .utf8)
    let pack = try RulePackLoader().loadPack(at: folder)
    let linter = Linter(packs: [pack], configuration: Configuration(rulesDirectory: folder))
    let report = linter.lint(
      document: TestSupport.markdown("# KẾ HOẠCH\n\n**Ứng dụng CNTT năm 2021**\n\n## I. CĂN CỨ LẬP KẾ HOẠCH\n\nCăn cứ.\n"))
    #expect(report.findings.contains { $0.ruleID == "unit-extra-section" && $0.message.vi.contains("Đánh giá rủi ro") })
  }
}

@Suite struct RegistryTests {
  /// Every `*Rule.swift` under RuleKinds/ is registered, and kind ids are unique.
  @Test func everyRuleFileIsRegistered() throws {
    let folder = TestSupport.repositoryRoot + "/Sources/KeHoachLint/RuleKinds"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix("Rule.swift") }
    let registered = Set(BuiltInRules.kinds.map { String(describing: $0) + ".swift" })
    #expect(!files.isEmpty)
    for file in files { #expect(registered.contains(file), "\(file) is not listed in BuiltInRules.kinds") }
    let ids = BuiltInRules.kinds.map { $0.description.kind }
    #expect(Set(ids).count == ids.count)
  }
}
