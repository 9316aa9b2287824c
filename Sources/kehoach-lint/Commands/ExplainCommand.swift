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

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks()
      var instances: [(Profile, RuleInfo)] = []
      for pack in packs { instances += try pack.rules().map { (pack.profile, $0.info) }.filter { $0.1.id == id || $0.1.kind == id } }
      guard let kindName = instances.first?.1.kind ?? BuiltInRules.kind(named: id).map({ $0.description.kind }),
        let kind = BuiltInRules.kind(named: kindName)
      else {
        throw CLIError(Messages.CommandLine.unknownRule(id))
      }
      FileHandle.standardOutput.write(Data(Self.render(kind.description, instances: instances, language: rules.lang).utf8))
    }
  }

  static func render(_ description: RuleDescription, instances: [(Profile, RuleInfo)], language: Language) -> String {
    let vi = language == .vi
    var text = "\(description.kind): \(description.title.text(in: language))\n\n\(description.rationale.text(in: language))\n"
    text += "\n" + (vi ? "Mức mặc định: " : "Default severity: ") + description.defaultSeverity.rawValue + "\n"
    if !instances.isEmpty {
      text += "\n" + (vi ? "Áp dụng (mã, khung, văn bản hướng dẫn):" : "Instances (id, profile, guidance):") + "\n"
      for (profile, info) in instances {
        text += "  \(info.id) [\(info.severity.rawValue)] \(profile.id): \(info.source.citation)\n"
        if let quote = info.source.quote { text += "    “\(quote)”\n" }
      }
    }
    for example in description.examples {
      text += "\n" + (example.triggers ? (vi ? "Ví dụ KHÔNG ĐẠT" : "Failing example") : (vi ? "Ví dụ ĐẠT" : "Passing example"))
      text += " (↓ " + (vi ? "đánh dấu chỗ báo lỗi" : "marks each finding") + "):\n"
      text += example.markdown.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
      if !example.spec.isEmpty {
        text += "\n  " + (vi ? "với cấu hình:" : "with:") + "\n"
        text += example.spec.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
      }
    }
    return text
  }
}
