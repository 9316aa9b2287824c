/// Applies safe fixes to a text file (Markdown): each replacement only where the file still
/// holds the text the finding saw, none over another.
public struct TextFixer: Sendable {
  /// The fixed text, and what was applied and left out.
  public struct Result: Sendable {
    /// The original lines (without their `\n`) and the fixed ones: fixes never add or remove
    /// a line.
    public let oldLines: [String]
    public let newLines: [String]
    /// Whether the text ends with a line break (kept as it was).
    public let endsWithNewline: Bool
    public let applied: [TextReplacement]
    public let skipped: [(replacement: TextReplacement, reason: Messages.Fix.SkipReason)]

    /// The fixed text.
    public var text: String { newLines.joined(separator: "\n") + (endsWithNewline ? "\n" : "") }
  }

  public init() {}

  /// `replacements` applied to `text` in document order.
  public func apply(_ replacements: [TextReplacement], to text: String) -> Result {
    // "\r\n" is one Character in Swift: split on the byte, keeping "\r" with its line.
    var lines = Self.splitLines(text)
    let endsWithNewline = text.utf8.last == UInt8(ascii: "\n")
    if endsWithNewline { lines.removeLast() }
    let oldLines = lines
    var accepted: [TextReplacement] = []
    var skipped: [(TextReplacement, Messages.Fix.SkipReason)] = []
    let ordered = replacements.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    for replacement in ordered {
      guard let line = replacement.line, let column = replacement.column, replacement.endLine == line,
        let endColumn = replacement.endColumn, lines.indices.contains(line - 1), column >= 1, endColumn >= column,
        !replacement.newText.contains(where: \.isNewline)
      else {
        skipped.append((replacement, .textDiffers))
        continue
      }
      if accepted.contains(replacement) { continue }
      if accepted.contains(where: { $0.overlaps(replacement) }) {
        skipped.append((replacement, .overlaps))
        continue
      }
      let characters = Array(lines[line - 1])
      guard endColumn - 1 <= characters.count, String(characters[(column - 1)..<(endColumn - 1)]) == replacement.oldText else {
        skipped.append((replacement, .textDiffers))
        continue
      }
      accepted.append(replacement)
    }
    // From the end of each line, so earlier columns stay valid.
    for replacement in accepted.reversed() {
      guard let line = replacement.line, let column = replacement.column, let endColumn = replacement.endColumn else { continue }
      var characters = Array(lines[line - 1])
      characters.replaceSubrange((column - 1)..<(endColumn - 1), with: Array(replacement.newText))
      lines[line - 1] = String(characters)
    }
    return Result(oldLines: oldLines, newLines: lines, endsWithNewline: endsWithNewline, applied: accepted, skipped: skipped)
  }

  /// Lines split at each `\n` byte (a `\r` before it stays on its line).
  static func splitLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current: [UInt8] = []
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        lines.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      } else {
        current.append(byte)
      }
    }
    lines.append(String(decoding: current, as: UTF8.self))
    return lines
  }
}
