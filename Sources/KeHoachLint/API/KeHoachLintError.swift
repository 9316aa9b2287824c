/// Everything that can stop one input (or the rule packs) from being checked. Each case
/// names the file and the cause, in Vietnamese and English.
public enum KeHoachLintError: Error, Sendable, Hashable {
  case fileNotFound(path: String)
  case unreadable(path: String, reason: LocalizedText)
  case isDirectory(path: String)
  case emptyFile(path: String)
  case notUTF8(path: String, detail: LocalizedText)
  case unsupportedFormat(path: String)
  case legacyWordDocument(path: String)
  case encryptedDocument(path: String)
  case corruptArchive(path: String, reason: LocalizedText)
  case notAWordDocument(path: String, reason: LocalizedText)
  case limitExceeded(path: String, limit: LocalizedText)
  case malformedXML(path: String, part: String, reason: LocalizedText)
  /// A folder or path given on the command line in which no plan was found.
  case noPlansFound(path: String)
  /// A configuration, baseline, rule pack or legal catalog file that cannot be used, with
  /// the position of the offending key or value when there is one.
  case rulePack(file: String, line: Int?, column: Int?, reason: LocalizedText)
  case unknownProfile(id: String, known: [String])
  /// A `.kehoach-lint.yml` whose values are well formed but mean nothing (an unknown rule id).
  case configuration(file: String, line: Int?, column: Int?, problem: LocalizedText)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .fileNotFound(let path), .unreadable(let path, _), .isDirectory(let path), .emptyFile(let path),
      .notUTF8(let path, _), .unsupportedFormat(let path), .legacyWordDocument(let path),
      .encryptedDocument(let path), .corruptArchive(let path, _), .notAWordDocument(let path, _),
      .limitExceeded(let path, _), .malformedXML(let path, _, _), .noPlansFound(let path):
      return path
    case .rulePack(let file, _, _, _), .configuration(let file, _, _, _): return file
    case .unknownProfile: return ""
    }
  }

  /// A short machine-readable name of the cause (`legacy-doc`, `corrupt-zip`, …).
  public var code: String {
    switch self {
    case .fileNotFound: "file-not-found"
    case .unreadable: "unreadable"
    case .isDirectory: "is-directory"
    case .emptyFile: "empty-file"
    case .notUTF8: "wrong-encoding"
    case .unsupportedFormat: "unsupported-format"
    case .legacyWordDocument: "legacy-doc"
    case .encryptedDocument: "encrypted"
    case .corruptArchive: "corrupt-zip"
    case .notAWordDocument: "not-word"
    case .limitExceeded: "limit-exceeded"
    case .malformedXML: "malformed-xml"
    case .noPlansFound: "no-plans"
    case .rulePack: "rule-pack"
    case .unknownProfile: "unknown-profile"
    case .configuration: "configuration"
    }
  }

  public var message: LocalizedText { Messages.error(self) }
}
