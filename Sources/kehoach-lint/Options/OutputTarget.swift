import ArgumentParser
import Foundation
import KeHoachLint

/// One `--format FORMAT[:PATH]`: a report format and where it goes (standard output when no
/// path is given). A path ending in `/`, or naming an existing folder, is a folder: a
/// scoreboard is written there as `index.EXT` with each plan's HTML report beside it.
struct OutputTarget: ExpressibleByArgument {
  let format: ReportFormat
  let path: String?

  init(format: ReportFormat, path: String?) {
    self.format = format
    self.path = path
  }

  init?(argument: String) {
    let name = argument.split(separator: ":", maxSplits: 1).first.map(String.init) ?? argument
    guard let format = ReportFormat(rawValue: name.lowercased()) else { return nil }
    self.format = format
    let rest = argument.dropFirst(name.count)
    path = rest.isEmpty ? nil : String(rest.dropFirst())
    if path?.isEmpty == true { return nil }
  }

  static var allValueStrings: [String] { ReportFormat.allCases.map(\.rawValue) }

  static var defaultCompletionKind: CompletionKind { .default }

  /// Whether `path` names a folder (to be created if needed).
  var isFolder: Bool {
    guard let path else { return false }
    var isDirectory: ObjCBool = false
    return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
  }
}
