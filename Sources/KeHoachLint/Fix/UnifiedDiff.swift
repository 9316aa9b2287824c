/// A unified diff (`diff -u`) between two versions of a file with the same number of lines:
/// what a fix changes, for a person (or `git apply`/`patch`) to review before taking it.
public enum UnifiedDiff {
  /// `--- a/PATH`, `+++ b/PATH`, then hunks with `context` lines around each change; empty
  /// when nothing differs.
  public static func render(path: String, result: TextFixer.Result, context: Int = 3) -> String {
    let old = result.oldLines
    let new = result.newLines
    let changed = old.indices.filter { $0 < new.count && old[$0] != new[$0] }
    guard !changed.isEmpty else { return "" }
    var hunks: [[Int]] = []
    for index in changed {
      if let last = hunks.last?.last, index - last <= 2 * context {
        hunks[hunks.count - 1].append(index)
      } else {
        hunks.append([index])
      }
    }
    var output = "--- a/\(path)\n+++ b/\(path)\n"
    let lastLine = old.count - 1
    for hunk in hunks {
      guard let first = hunk.first, let last = hunk.last else { continue }
      let start = max(0, first - context)
      let end = min(lastLine, last + context)
      let count = end - start + 1
      output += "@@ -\(start + 1),\(count) +\(start + 1),\(count) @@\n"
      var index = start
      while index <= end {
        if hunk.contains(index) {
          // A block of consecutive changed lines: all removals, then all additions.
          var blockEnd = index
          while blockEnd + 1 <= end, hunk.contains(blockEnd + 1) { blockEnd += 1 }
          for line in index...blockEnd { output += "-" + old[line] + "\n" + noNewlineMark(line, lastLine, result) }
          for line in index...blockEnd { output += "+" + new[line] + "\n" + noNewlineMark(line, lastLine, result) }
          index = blockEnd + 1
        } else {
          output += " " + old[index] + "\n" + noNewlineMark(index, lastLine, result)
          index += 1
        }
      }
    }
    return output
  }

  private static func noNewlineMark(_ line: Int, _ lastLine: Int, _ result: TextFixer.Result) -> String {
    line == lastLine && !result.endsWithNewline ? "\\ No newline at end of file\n" : ""
  }
}
