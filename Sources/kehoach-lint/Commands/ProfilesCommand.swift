import ArgumentParser
import Foundation
import KeHoachLint

struct ProfilesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "profiles", abstract: "Liệt kê các khung kế hoạch (bộ quy tắc).")

  @OptionGroup var rules: RulesOptions
  @OptionGroup var config: ConfigFileOption

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks(config: config)
      var output = ""
      for pack in packs {
        let profile = pack.profile
        output +=
          "\(profile.id)\t\(profile.title.text(in: rules.lang))\t\(profile.period[0])-\(profile.period[1])\t\(profile.source.citation)\n"
      }
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }
}

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "rules", abstract: "Liệt kê mọi quy tắc (mã, mức độ, nguồn).")

  @OptionGroup var rules: RulesOptions
  @OptionGroup var config: ConfigFileOption

  func run() throws {
    try runReportingErrors(language: rules.lang) {
      let packs = try rules.loadPacks(config: config)
      var output = ""
      for pack in packs {
        for rule in try pack.rules() {
          let title = rule.info.resolvedTitle.text(in: rules.lang)
          // A last column "fix" for the kinds that attach safe fixes (`kehoach-lint fix`).
          let fix = BuiltInRules.description(of: rule.info.kind)?.canFix == true ? "\tfix" : ""
          output += "\(rule.info.id)\t\(rule.info.severity.rawValue)\t\(pack.profile.id)\t\(title)\t\(rule.info.source.citation)\(fix)\n"
        }
      }
      // The engine's own rules apply whatever the profile ("*").
      for rule in BuiltInRules.engineRules {
        let info = rule.info
        output += "\(info.id)\t\(info.severity.rawValue)\t*\t\(info.resolvedTitle.text(in: rules.lang))\t\(info.source.citation)\n"
      }
      FileHandle.standardOutput.write(Data(output.utf8))
    }
  }
}
