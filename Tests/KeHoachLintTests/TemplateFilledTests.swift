import Foundation
import Testing

@testable import KeHoachLint

/// Issue 18: a template filled with a good plan's content passes clean, for every bundled
/// profile, in Markdown and in Word. The content is the bundled good plan of the same profile
/// (found by the profile `check` detects for it), section by section.
@Suite struct TemplateFilledTests {
  /// The clean good plans (no finding), by the profile they are checked under.
  static func goodPlans() throws -> [String: PlanDocument] {
    let folders = ["markdown/good", "house-styles/d-tinh-nam-2021", "house-styles/b-so-nam-2021"]
    var plans: [String: PlanDocument] = [:]
    let linter = try TestSupport.linter()
    for folder in folders {
      let path = TestSupport.fixturesDirectory + "/" + folder
      let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") && !$0.contains("--") }.sorted()
      for name in names {
        let document = try DocumentLoader().load(path + "/" + name)
        let report = linter.lint(document: document)
        guard report.findings.isEmpty, let profile = report.profileID, plans[profile] == nil else { continue }
        plans[profile] = document
      }
    }
    return plans
  }

  static func filled() throws -> [(profile: String, blocks: [TemplateBlock])] {
    let plans = try goodPlans()
    var result: [(String, [TemplateBlock])] = []
    for pack in try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory) {
      let id = pack.profile.id
      // The base profile has no framework of its own: any good plan's header, subject and opening fill it.
      let plan = try #require(plans[id] ?? (id == "co-ban" ? plans.sorted { $0.key < $1.key }.first?.value : nil), "\(id)")
      let template = try PlanTemplate(pack: pack, level: nil)
      result.append((id, try TemplateFilling(plan: plan).fill(template)))
    }
    return result
  }

  static func describe(_ findings: [Finding]) -> [String] {
    findings.map { "\(TestSupport.position($0.location)) \($0.ruleID) \($0.message.vi)" }
  }

  @Test func aFilledMarkdownTemplatePassesClean() throws {
    let filled = try Self.filled()
    #expect(filled.count >= 6)
    for (profile, blocks) in filled {
      let text = MarkdownTemplateWriter.markdown(blocks)
      let report = try TestSupport.linter(profile: profile).lint(document: TestSupport.markdown(text, file: "\(profile).md"))
      #expect(report.error == nil)
      #expect(report.findings.isEmpty, "\(profile): \(Self.describe(report.findings))")
    }
  }

  @Test func aFilledWordTemplatePassesClean() throws {
    for (profile, blocks) in try Self.filled() {
      let document = try DocxReader().read(bytes: try DocxTemplateWriter.docx(blocks), file: "\(profile).docx")
      let report = try TestSupport.linter(profile: profile).lint(document: document)
      #expect(report.error == nil)
      #expect(report.findings.isEmpty, "\(profile): \(Self.describe(report.findings))")
    }
  }
}
