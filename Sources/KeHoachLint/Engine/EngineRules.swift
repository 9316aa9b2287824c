/// Rules the engine itself applies, whatever the profile: they are not in a pack (no spec to
/// configure), yet they are registered like the kinds, so `rules` lists them, `explain`
/// explains them, SARIF describes them, a `.kehoach-lint.yml` switches them off or retunes
/// them (`rules: {legacy-encoding: off}`), and suppressions may name them. Each one's rule id
/// is its kind id.
public struct EngineRule: Sendable {
  public let description: RuleDescription
  /// The guidance its findings cite.
  public let source: GuidanceSource

  public var id: String { description.kind }

  /// The info its findings carry, at the default severity.
  public var info: RuleInfo {
    RuleInfo(id: id, kind: id, severity: description.defaultSeverity, source: source, title: description.title)
  }
}

extension BuiltInRules {
  /// A suppression that hides nothing.
  public static let unusedSuppression = EngineRule(
    description: RuleDescription(
      kind: "unused-suppression",
      title: LocalizedText(vi: "Chú thích tắt quy tắc không có tác dụng", en: "Suppression that suppresses nothing"),
      rationale: LocalizedText(
        vi:
          "Một chú thích `<!-- kehoach-lint-disable … -->` không còn tắt phát hiện nào thì đã lỗi thời: nếu để lại, nó sẽ che mất lỗi mới xuất hiện về sau ở đúng chỗ đó. Hãy xóa chú thích.",
        en:
          "A `<!-- kehoach-lint-disable … -->` comment that no longer suppresses anything is stale: left in place it would hide a new problem appearing there later. Remove it."
      ),
      defaultSeverity: .warning,
      examples: [
        RuleExample(
          markdown: """
            # KẾ HOẠCH

            **Ứng dụng công nghệ thông tin năm 2021**

            ↓<!-- kehoach-lint-disable-next-line placeholders -->
            Đoạn văn đã điền đầy đủ.
            """, spec: ""),
        RuleExample(
          markdown: """
            # KẾ HOẠCH

            **Ứng dụng công nghệ thông tin năm 2021**

            <!-- kehoach-lint-disable-next-line placeholders -->
            Kế hoạch của <ĐƠN VỊ>.
            """, spec: ""),
      ]),
    source: GuidanceSource(document: "kehoach-lint", section: "chú thích tắt quy tắc"))

  /// A suppression naming no rule the linter knows (a typo: it would suppress nothing, silently).
  public static let unknownRuleInSuppression = EngineRule(
    description: RuleDescription(
      kind: "unknown-rule-in-suppression",
      title: LocalizedText(vi: "Chú thích tắt một quy tắc không tồn tại", en: "Suppression of a rule that does not exist"),
      rationale: LocalizedText(
        vi:
          "Chú thích tắt quy tắc phải ghi đúng mã quy tắc hoặc loại quy tắc (xem `kehoach-lint rules`). Một mã gõ sai không tắt được gì, còn người đọc lại tưởng phát hiện đã được xem xét; vì vậy đây là lỗi, kèm gợi ý mã gần nhất.",
        en:
          "A suppression must name a rule id or kind id (see `kehoach-lint rules`). A mistyped id suppresses nothing while a reader believes the finding was reviewed; so it is an error, with the closest id suggested."
      ),
      defaultSeverity: .error,
      examples: [
        RuleExample(
          markdown: """
            # KẾ HOẠCH

            **Ứng dụng công nghệ thông tin năm 2021**

            ↓<!-- kehoach-lint-disable-next-line placeholder -->
            Kế hoạch của <ĐƠN VỊ>.
            """, spec: ""),
        RuleExample(
          markdown: """
            # KẾ HOẠCH

            **Ứng dụng công nghệ thông tin năm 2021**

            <!-- kehoach-lint-disable-next-line placeholders -->
            Kế hoạch của <ĐƠN VỊ>.
            """, spec: ""),
      ]),
    source: GuidanceSource(document: "kehoach-lint", section: "chú thích tắt quy tắc"))

  /// A draft in TCVN3 or VNI, read after conversion. Its examples would need non-UTF-8 bytes,
  /// which the Markdown example format cannot hold.
  public static let legacyEncoding = EngineRule(
    description: RuleDescription(
      kind: "legacy-encoding",
      title: LocalizedText(vi: "Tệp không dùng bảng mã Unicode", en: "File not in Unicode"),
      rationale: LocalizedText(
        vi:
          "Văn bản hành chính phải dùng phông chữ tiếng Việt Unicode theo TCVN 6909:2001 (Nghị định 30/2020/NĐ-CP, Phụ lục I). Bản thảo gõ bằng phông .VnTime (TCVN3) hoặc VNI vẫn được đọc sau khi chuyển mã, nhưng đơn vị cần chuyển tệp sang Unicode trước khi ban hành.",
        en:
          "Administrative documents must use Unicode Vietnamese fonts per TCVN 6909:2001 (Decree 30/2020/NĐ-CP, Appendix I). A draft typed in .VnTime (TCVN3) or VNI fonts is still read after conversion, but the unit should convert the file to Unicode before issuing it."
      ),
      defaultSeverity: .warning, examples: []),
    source: GuidanceSource(document: "Nghị định 30/2020/NĐ-CP", section: "Phụ lục I (phông chữ Unicode, TCVN 6909:2001)"))

  /// A plan whose title names no known framework: no profile, so no rule is checked.
  public static let profileDetection = EngineRule(
    description: RuleDescription(
      kind: "profile-detection",
      title: LocalizedText(vi: "Nhận diện loại kế hoạch", en: "Plan kind detection"),
      rationale: LocalizedText(
        vi:
          "Mỗi khung hướng dẫn (5 năm, hằng năm, theo cấp đơn vị) có yêu cầu riêng; loại kế hoạch được nhận diện từ tiêu đề (“giai đoạn 2021-2025”, “năm 2021”). Khi tiêu đề không cho biết, không quy tắc nào được kiểm tra: hãy sửa tiêu đề, hoặc chỉ rõ bằng --profile hay `profile:` trong .kehoach-lint.yml.",
        en:
          "Each framework (five-year, annual, by unit level) has its own requirements; the kind of plan is read from its title (“giai đoạn 2021-2025”, “năm 2021”). When the title does not tell, no rule is checked: fix the title, or name the profile with --profile or `profile:` in .kehoach-lint.yml."
      ),
      defaultSeverity: .error,
      examples: [
        RuleExample(
          markdown: """
            ↓# BÁO CÁO

            Tình hình ứng dụng công nghệ thông tin.
            """, spec: ""),
        RuleExample(
          markdown: """
            # KẾ HOẠCH

            **Ứng dụng công nghệ thông tin năm 2021**
            """, spec: ""),
      ]),
    source: GuidanceSource(document: "kehoach-lint", section: "nhận diện khung kế hoạch"))

  /// Every engine rule, in listing order.
  public static let engineRules: [EngineRule] = [
    unusedSuppression, unknownRuleInSuppression, legacyEncoding, profileDetection, expiredWaiver, unusedWaiver,
  ]

  /// A waiver in `.kehoach-lint.yml` past its `expires` date.
  public static let expiredWaiver = EngineRule(
    description: RuleDescription(
      kind: "expired-waiver",
      title: LocalizedText(vi: "Miễn trừ đã hết hạn", en: "Expired waiver"),
      rationale: LocalizedText(
        vi:
          "Một miễn trừ (`waivers:` trong .kehoach-lint.yml) chấp nhận một điểm lệch khỏi hướng dẫn đến ngày `expires`. Quá ngày đó, miễn trừ thôi có tác dụng: phát hiện được tính lại như thường, và bản thân miễn trừ là một lỗi, để người phụ trách gia hạn (kèm văn bản chấp thuận mới) hoặc xóa nó.",
        en:
          "A waiver (`waivers:` in .kehoach-lint.yml) accepts a departure from the guidance until its `expires` date. After that date it stops waiving: the findings count again, and the waiver itself is an error, so whoever is responsible renews it (with a new approval) or removes it."
      ),
      defaultSeverity: .error, examples: []),
    source: GuidanceSource(document: "kehoach-lint", section: "miễn trừ (waivers)"))

  /// A waiver that waived no finding in the plans it names.
  public static let unusedWaiver = EngineRule(
    description: RuleDescription(
      kind: "unused-waiver",
      title: LocalizedText(vi: "Miễn trừ không có tác dụng", en: "Waiver that waives nothing"),
      rationale: LocalizedText(
        vi:
          "Một miễn trừ không còn khớp phát hiện nào trong các kế hoạch nó áp dụng (đã sửa, hoặc ghi sai tệp, mục) thì đã lỗi thời: nếu để lại, nó sẽ che mất một lỗi mới cùng loại về sau. Hãy xóa hoặc sửa miễn trừ.",
        en:
          "A waiver that no longer matches any finding in the plans it applies to (fixed since, or a wrong file or section) is stale: left in place it would hide a new problem of the same kind later. Remove or correct it."
      ),
      defaultSeverity: .warning, examples: []),
    source: GuidanceSource(document: "kehoach-lint", section: "miễn trừ (waivers)"))

  /// The engine rule with the given id.
  public static func engineRule(named id: String) -> EngineRule? {
    engineRules.first { $0.id == id }
  }

  /// The description of a kind or an engine rule.
  public static func description(of kind: String) -> RuleDescription? {
    self.kind(named: kind)?.description ?? engineRule(named: kind)?.description
  }

  /// Every id a setting or a suppression may name: the packs' rule ids, the kinds' ids and
  /// the engine rules' ids. Packs whose rules fail to decode contribute nothing (the set-up
  /// reports them).
  public static func knownRuleIDs(in packs: [RulePack]) -> Set<String> {
    var known = Set(kinds.map { $0.description.kind } + engineRules.map(\.id) + ruleSets)
    for pack in packs { known.formUnion(((try? pack.rules()) ?? []).map(\.info.id)) }
    return known
  }

  /// The known id closest to `id`, if close enough to be a typo of it.
  public static func closestRuleID(to id: String, in packs: [RulePack]) -> String? {
    EditDistance.suggestion(for: id, among: knownRuleIDs(in: packs))
  }
}
