import Foundation

/// Expands the paths given on the command line into the files to check.
public enum InputFiles {
  /// Extensions picked up when walking a folder; a file named explicitly is tried whatever
  /// its extension.
  public static let planExtensions: Set<String> = ["md", "markdown", "docx"]

  /// Files in the order given; folders walked recursively, sorted, hidden entries skipped,
  /// symbolic-link loops not followed twice. Each says whether it was found by walking a
  /// folder (exclusions apply to those; a file named explicitly is always checked).
  ///
  /// Nothing that looks like a plan is dropped silently: a folder named like a plan file
  /// (`x.docx/`) given on the command line, and a plan-named symbolic link that loops or
  /// points nowhere found in a folder, are kept so reading them reports why they cannot be read.
  public static func expandMarkingWalked(_ paths: [String]) -> [(path: String, walked: Bool)] {
    var result: [(path: String, walked: Bool)] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue, !isPlanName(path) else {
        result.append((path, false))
        continue
      }
      var visited: Set<String> = []
      var found: [String] = []
      walk(path, manager: manager, visited: &visited, into: &found)
      result += found.map { ($0, true) }
    }
    return result
  }

  private static func walk(_ folder: String, manager: FileManager, visited: inout Set<String>, into result: inout [String]) {
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted, let entries = try? manager.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries.sorted() where !entry.hasPrefix(".") {
      let path = folder.hasSuffix("/") ? folder + entry : folder + "/" + entry
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        let isLink = (try? manager.destinationOfSymbolicLink(atPath: path)) != nil
        if isLink && isPlanName(entry) { result.append(path) }
        continue
      }
      if isDirectory.boolValue {
        walk(path, manager: manager, visited: &visited, into: &result)
      } else if isPlanName(entry) {
        result.append(path)
      }
    }
  }

  private static func isPlanName(_ path: String) -> Bool {
    planExtensions.contains((path as NSString).pathExtension.lowercased())
  }
}
