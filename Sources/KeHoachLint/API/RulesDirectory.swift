import Foundation

/// Finds the bundled `Rules/` folder from any working directory.
public enum RulesDirectory {
  /// The file that marks a rules folder.
  static let marker = "README.md"

  /// `KEHOACH_LINT_RULES`, else a `Rules/` beside the executable or above it (a build tree
  /// `.build/debug/kehoach-lint`), else `../share/kehoach-lint/Rules` for an installed binary.
  public static func locate(executablePath: String? = nil) -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["KEHOACH_LINT_RULES"], isRulesFolder(explicit) { return explicit }
    var candidates: [String] = []
    let executable =
      executablePath ?? (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    if let executable {
      var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
      candidates.append(folder.appendingPathComponent("../share/kehoach-lint/Rules").standardized.path)
      for _ in 0..<6 {
        candidates.append(folder.appendingPathComponent("Rules").path)
        folder = folder.deletingLastPathComponent()
      }
    }
    candidates.append(FileManager.default.currentDirectoryPath + "/Rules")
    return candidates.first(where: isRulesFolder)
  }

  static func isRulesFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
      && FileManager.default.fileExists(atPath: path + "/" + marker)
  }
}
