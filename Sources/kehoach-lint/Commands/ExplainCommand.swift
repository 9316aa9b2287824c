import ArgumentParser
import Foundation
import KeHoachLint

/// Explains a rule: why it exists, the guidance it enforces, and examples.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Giải thích một quy tắc: lý do, văn bản hướng dẫn, ví dụ đạt và không đạt.")

  @Argument(help: "Mã quy tắc (ví dụ pl1-required-sections) hoặc loại quy tắc (required-sections).")
  var id: String

  @OptionGroup var rules: RulesOptions
  @OptionGroup var config: ConfigFileOption

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks(config: config)
      var instances: [(Profile, RuleInfo)] = []
      for pack in packs { instances += try pack.rules().map { (pack.profile, $0.info) }.filter { $0.1.id == id || $0.1.kind == id } }
      let kindName = instances.first?.1.kind ?? id
      guard let description = BuiltInRules.description(of: kindName) else {
        let suggestion = BuiltInRules.closestRuleID(to: id, in: packs)
        throw CLIError(Messages.noSuchRule(id, suggestion: suggestion))
      }
      let guidance = BuiltInRules.engineRule(named: kindName)?.source
      FileHandle.standardOutput.write(
        Data(Self.render(description, instances: instances, guidance: guidance, language: rules.lang).utf8))
    }
  }

  /// `guidance`: what an engine rule (which has no instances) cites.
  static func render(
    _ description: RuleDescription, instances: [(Profile, RuleInfo)], guidance: GuidanceSource? = nil, language: Language
  ) -> String {
    let vi = language == .vi
    var text = "\(description.kind): \(description.title.text(in: language))\n\n\(description.rationale.text(in: language))\n"
    text += "\n" + (vi ? "Mức mặc định: " : "Default severity: ") + description.defaultSeverity.rawValue + "\n"
    if description.canFix { text += Messages.Fix.canFix.text(in: language) + "\n" }
    if let guidance {
      text += (vi ? "Căn cứ: " : "Guidance: ") + guidance.citation + "\n"
      text += (vi ? "Áp dụng cho mọi khung kế hoạch." : "Applies to every profile.") + "\n"
    }
    if !instances.isEmpty {
      text += "\n" + (vi ? "Áp dụng (mã, khung, văn bản hướng dẫn):" : "Instances (id, profile, guidance):") + "\n"
      for (profile, info) in instances {
        text += "  \(info.id) [\(info.severity.rawValue)] \(profile.id): \(info.source.citation)\n"
        if let quote = info.source.quote { text += "    “\(quote)”\n" }
        if let strength = info.strength {
          let level = strength.level == .must ? (vi ? "bắt buộc" : "must") : (vi ? "ví dụ, gợi ý" : "example")
          text += "    " + (vi ? "Mức yêu cầu: " : "Strength: ") + "\(level) (“\(strength.quote)”)\n"
        }
        if !info.levels.isEmpty {
          text += "    " + (vi ? "Áp dụng cho cấp: " : "Binds levels: ") + info.levels.map(\.rawValue).joined(separator: ", ") + "\n"
        }
      }
    }
    for example in description.examples {
      text += "\n" + (example.triggers ? (vi ? "Ví dụ KHÔNG ĐẠT" : "Failing example") : (vi ? "Ví dụ ĐẠT" : "Passing example"))
      text += " (↓ " + (vi ? "đánh dấu chỗ báo lỗi" : "marks each finding") + "):\n"
      text += example.markdown.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
      if !example.spec.isEmpty {
        text += "\n  " + (vi ? "với cấu hình:" : "with:") + "\n"
        text += example.spec.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
      } else {
        text += "\n"
      }
    }
    return text
  }
}
