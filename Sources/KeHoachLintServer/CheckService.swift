import Foundation
import KeHoachLint

/// An uploaded plan: its file name as sent and its bytes, held in memory only.
struct Upload: Sendable {
  let name: String
  let bytes: [UInt8]

  /// The uploads with a name each of their own: a second "du-thao.docx" becomes
  /// "du-thao (2).docx", so each plan keeps its own report, anchor and downloads.
  static func withDistinctNames(_ uploads: [Upload]) -> [Upload] {
    var taken: Set<String> = []
    return uploads.map { upload in
      guard taken.contains(upload.name) else {
        taken.insert(upload.name)
        return upload
      }
      let dot = upload.name.lastIndex(of: ".") ?? upload.name.endIndex
      var count = 2
      var name: String { "\(upload.name[..<dot]) (\(count))\(upload.name[dot...])" }
      while taken.contains(name) { count += 1 }
      taken.insert(name)
      return Upload(name: name, bytes: upload.bytes)
    }
  }
}

/// What the person chose on the form (or the API's fields).
struct CheckChoices: Sendable {
  /// nil: detected from the plan's title, as `check` does without `--profile`.
  var profileID: String?
  var level: UnitLevel?
  var language: Language = .vi
}

/// The checks, made as `check` makes them: the rule packs are loaded once, and each request
/// gets a `Linter` over them with the profile and level chosen on the form (the same
/// `Configuration` fields `--profile` and `--level` set).
struct CheckService: Sendable {
  let base: Linter

  init(rulesDirectory: String) throws(KeHoachLintError) {
    base = try Linter(configuration: Configuration(rulesDirectory: rulesDirectory))
  }

  var profiles: [Profile] { base.packs.map(\.profile) }

  /// Throws `unknownProfile` (the CLI's message) for an id no pack has.
  func linter(for choices: CheckChoices) throws(KeHoachLintError) -> Linter {
    if let id = choices.profileID, !profiles.contains(where: { $0.id == id }) {
      throw .unknownProfile(id: id, known: profiles.map(\.id))
    }
    var configuration = base.configuration
    configuration.profileID = choices.profileID
    configuration.unitLevel = choices.level
    return Linter(packs: base.packs, configuration: configuration, resources: base.resources)
  }

  /// Every upload's report, in the order sent; unreadable ones carry the CLI's error.
  func check(_ uploads: [Upload], choices: CheckChoices) throws(KeHoachLintError) -> LintReport {
    let linter = try linter(for: choices)
    return LintReport(files: uploads.map { linter.lint(bytes: $0.bytes, name: $0.name) })
  }

  /// The reporters' options: no folder to relativise against, today's date in the footer.
  static func reportOptions(_ language: Language) -> ReportOptions {
    ReportOptions(language: language, generatedAt: Date(), timeZone: .current)
  }
}
