import Foundation
import Testing

@testable import KeHoachLint

/// Requirements as strong as the guidance words them; profile-independent checks for plans no
/// framework fits; issuer and symbol agree.
@Suite struct GuidanceStrengthTests {
  /// Every shipped instance records its strength with the guidance's words, and an example
  /// list never sends a plan back.
  @Test func everyInstanceQuotesItsStrength() throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    var count = 0
    for pack in packs {
      for rule in try pack.rules() {
        let strength = try #require(rule.info.strength, "\(rule.info.id) has no strength")
        #expect(!strength.quote.isEmpty, "\(rule.info.id)")
        if strength.level == .example { #expect(rule.info.severity == .info, "\(rule.info.id)") }
        count += 1
      }
    }
    #expect(count > 90)
  }

  @Test func loaderRejectsAnExampleAboveInfo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("strength-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/goi-y", withIntermediateDirectories: true)
    let pack = """
      id: goi-y
      version: "1"
      title: { vi: Gợi ý, en: Suggestions }
      source: { document: Công văn 784/STTTT }
      plan-kind: annual
      period: [2021, 2021]
      detect: { title: ["năm 2021"] }
      rules:
        - kind: legal-review-coverage
          id: goi-y-review
          severity: warning
          strength: { level: example, quote: "rà soát … các văn bản (gợi ý) sau đây" }
          source: { document: Công văn 784/STTTT, section: Phụ lục III }

      """
    try pack.write(toFile: folder + "/goi-y/pack.yml", atomically: true, encoding: .utf8)
    let loaded = try RulePackLoader().loadPacks(from: folder)
    #expect(throws: KeHoachLintError.self) { try loaded[0].rules() }
  }

  /// An example instance's findings are info and say "Cân nhắc"; the four-layer model is a
  /// "gợi ý" in the provincial annual framework.
  @Test func exampleFindingsAreInfoWordedAsConsider() throws {
    let plan = TestSupport.markdown(
      "# KẾ HOẠCH\n\n**Ứng dụng CNTT của Sở Tư pháp năm 2021**\n\n## III. NHIỆM VỤ\n\nTriển khai phần mềm một cửa.\n")
    let report = try TestSupport.linter(profile: "phu-luc-ii-2021").lint(document: plan)
    let four = try #require(report.findings.first { $0.ruleID == "pl2-topic-four-layer-security" })
    #expect(four.severity == .info)
    #expect(four.message.vi.hasPrefix("Cân nhắc"))
    #expect(four.message.en.hasPrefix("Consider"))
  }

  /// An annual plan citing its approved five-year plan is not asked for that plan's bases again.
  @Test func annualPlanRestsOnItsFiveYearPlan() throws {
    let base = "# KẾ HOẠCH\n\n**Ứng dụng CNTT của UBND huyện Bình Sơn năm 2021**\n\n## I. CĂN CỨ LẬP KẾ HOẠCH\n\n"
    let resting = TestSupport.markdown(
      base + "- Kế hoạch số 120/KH-UBND ngày 20/12/2020 của UBND huyện về ứng dụng CNTT, phát triển Chính quyền số giai đoạn 2021-2025.\n")
    let bare = TestSupport.markdown(base + "- Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ.\n")
    let linter = try TestSupport.linter(profile: "phu-luc-ii-2021")
    let ids = { (plan: PlanDocument) in linter.lint(document: plan).findings.map(\.ruleID) }
    #expect(!ids(resting).contains("pl2-legal-required-bases"))
    #expect(!ids(resting).contains("pl2-legal-five-year-plan"))
    #expect(!ids(resting).contains("pl2-legal-review-coverage"))
    #expect(ids(bare).contains("pl2-legal-required-bases"))
    #expect(ids(bare).contains("pl2-legal-five-year-plan"))
  }

  /// The 1% of the budget binds a unit with a budget of its own, not a Sở.
  @Test func budgetShareBindsByLevel() throws {
    let packs = try RulePackLoader().loadPacks(from: TestSupport.rulesDirectory)
    let pl1 = try #require(packs.first { $0.profile.id == "phu-luc-i-2021-2025" })
    let rule = try #require(try pl1.rules().first { $0.info.id == "pl1-digital-government-budget-share" })
    #expect(!rule.info.applies(to: .department))
    #expect(rule.info.applies(to: .district))
    #expect(rule.info.applies(to: nil))
  }

  /// "52-NQ/TU của Bộ Chính trị": the Politburo's resolutions are "-NQ/TW".
  @Test func issuerAndSymbolAgree() throws {
    let plan = TestSupport.markdown(
      "# KẾ HOẠCH\n\n**Ứng dụng CNTT năm 2021**\n\n## I. CĂN CỨ LẬP KẾ HOẠCH\n\n"
        + "- Nghị quyết số 52-NQ/TU ngày 27/9/2019 của Bộ Chính trị;\n- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;\n"
        + "- Quyết định số 916/QĐ-UBND ngày 26/5/2016 của HĐND tỉnh Quảng Ngãi.\n")
    let report = try TestSupport.linter(profile: "phu-luc-ii-2021").lint(document: plan)
    let found = report.findings.filter { $0.ruleID == "pl2-legal-issuer-symbol" }
    #expect(found.count == 2)
    #expect(found.contains { $0.message.vi.contains("“TU”") && $0.message.vi.contains("Bộ Chính trị") })
    #expect(found.contains { $0.message.vi.contains("“UBND”") })
  }

  /// A plan of another cycle is checked by the base profile and told once, as info.
  @Test func planNoProfileFitsGetsTheCommonChecks() throws {
    let plan = TestSupport.markdown(
      "# KẾ HOẠCH\n\n**Ứng dụng CNTT trong hoạt động của cơ quan nhà nước giai đoạn 2016-2020**\n\n"
        + "Quảng Ngãi, ngày 10 tháng 5 năm 2016\n\n## I. CĂN CỨ\n\n"
        + "- Nghị quyết số 36-NQ/TU ngày 01/7/2014 của Bộ Chính trị;\n- Quyết định số 1819/QĐ-TTg ngày 15/3/201 của Thủ tướng Chính phủ.\n")
    let report = try TestSupport.linter().lint(document: plan)
    #expect(report.profileID == "co-ban")
    let detection = report.findings.filter { $0.ruleID == "profile-detection" }
    #expect(detection.map(\.severity) == [.info])
    #expect(report.findings.contains { $0.ruleID == "cb-legal-impossible-date" && $0.severity == .error })
    #expect(report.findings.contains { $0.ruleID == "cb-legal-issuer-symbol" })
  }
}
