import Foundation

/// Expands the paths given on the command line into the files to check.
public enum InputFiles {
  /// Extensions picked up when walking a folder; a file named explicitly is tried whatever
  /// its extension. A legacy `.doc` is picked up too, so it is reported (`legacy-doc`) rather
  /// than silently dropped.
  public static let planExtensions: Set<String> = ["md", "markdown", "docx", "doc"]

  /// One input: its path, whether it was found by walking a folder, and the argument it
  /// came from.
  public struct Input: Sendable, Hashable {
    public let path: String
    public let walked: Bool
    public let argument: String
  }

  /// Files in the order given; folders walked recursively, sorted, hidden entries, Word lock
  /// files (`~$ke-hoach.docx`) and editor backups (`ke-hoach.md~`, `.bak`, `#…#`) skipped,
  /// symbolic-link loops not followed twice. A file reached twice (overlapping arguments,
  /// `a/` and `a/x.md`) is listed once, where it first appears.
  ///
  /// Nothing that looks like a plan is dropped silently: a folder named like a plan file
  /// (`x.docx/`) given on the command line, and a plan-named symbolic link that loops or
  /// points nowhere found in a folder, are kept so reading them reports why they cannot be read.
  public static func expand(_ paths: [String]) -> [Input] {
    var result: [Input] = []
    var seen: Set<String> = []
    let manager = FileManager.default
    func add(_ path: String, walked: Bool, argument: String) {
      if seen.insert(identity(path)).inserted { result.append(Input(path: path, walked: walked, argument: argument)) }
    }
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue, !isPlanName(path) else {
        add(path, walked: false, argument: path)
        continue
      }
      var visited: Set<String> = []
      var found: [String] = []
      walk(path, manager: manager, visited: &visited, into: &found)
      for file in found { add(file, walked: true, argument: path) }
    }
    return result
  }

  /// `expand` as (path, walked) pairs.
  public static func expandMarkingWalked(_ paths: [String]) -> [(path: String, walked: Bool)] {
    expand(paths).map { ($0.path, $0.walked) }
  }

  /// The same file whatever the spelling: absolute, `.` and `..` resolved, links followed.
  static func identity(_ path: String) -> String {
    URL(fileURLWithPath: ProjectConfiguration.absolute(path)).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Whether `path` is a folder that is walked (not one named like a plan file).
  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue && !isPlanName(path)
  }

  /// Names that are not plans even with a plan's extension: Word's lock file (`~$…`), editor
  /// backups (`…~`, `….bak`, `#…#`) and hidden files.
  static func isSkipped(_ name: String) -> Bool {
    name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") || name.lowercased().hasSuffix(".bak")
      || (name.hasPrefix("#") && name.hasSuffix("#"))
  }

  private static func walk(_ folder: String, manager: FileManager, visited: inout Set<String>, into result: inout [String]) {
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted, let entries = try? manager.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries.sorted() where !isSkipped(entry) {
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
